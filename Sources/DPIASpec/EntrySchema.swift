import DPIAModel

/// The keys one kind of mapping in a spec accepts: the top level, an entry of a list, or a section.
///
/// The single place that lists the keys of format v1 (shared/spec/format-v1.md and
/// docs/format-extensions.md); unknown keys are errors with a suggestion taken from `keys`.
struct EntrySchema: Sendable {
    /// How messages name the mapping: "a party", "the top level", "'techniques'".
    let noun: String
    /// Every accepted key, in the order the format documents them.
    let keys: [String]
    /// Keys that must be present.
    let required: [String]
    /// Old spellings still accepted with a deprecation warning, mapped to the current key.
    let deprecated: [String: String]
    let keySet: Set<String>

    /// "in a party", "at the top level".
    var place: String { noun == "the top level" ? "at the top level" : "in \(noun)" }

    /// The noun without its article, to name an entry by id: "party 'x'", "data category 'x'".
    var entryNoun: String {
        for article in ["a ", "an "] where noun.hasPrefix(article) { return String(noun.dropFirst(article.count)) }
        return noun
    }

    /// ``noun`` in Dutch: "een partij", "het hoogste niveau", "'techniques'".
    var dutchNoun: String {
        switch noun {
        case "the top level": "het hoogste niveau"
        case "a party": "een partij"
        case "a subject category": "een categorie betrokkenen"
        case "a data category": "een gegevenscategorie"
        case "a purpose": "een doel"
        case "a purpose's 'consent'": "de 'consent' van een doel"
        case "a role": "een rol"
        case "a role's 'sees'": "de 'sees' van een rol"
        case "a flow": "een gegevensstroom"
        case "a retention rule": "een bewaarregel"
        case "a location": "een locatie"
        case "a transfer": "een doorgifte"
        case "a risk": "een risico"
        case "a measure": "een maatregel"
        case "a reference": "een verwijzing"
        case "an interest": "een belang"
        default: noun
        }
    }

    /// ``place`` in Dutch: "in een partij", "op het hoogste niveau".
    var dutchPlace: String { noun == "the top level" ? "op het hoogste niveau" : "in \(dutchNoun)" }

    /// ``entryNoun`` in Dutch: "partij 'x'", "gegevenscategorie 'x'".
    var dutchEntryNoun: String {
        for article in ["een ", "de "] where dutchNoun.hasPrefix(article) { return String(dutchNoun.dropFirst(article.count)) }
        return dutchNoun
    }

    init(_ noun: String, keys: [String], required: [String] = [], deprecated: [String: String] = [:]) {
        self.noun = noun; self.keys = keys; self.required = required; self.deprecated = deprecated
        self.keySet = Set(keys)
    }
}

extension EntrySchema {
    static let activity = EntrySchema(
        "the top level",
        keys: [
            "spec", "id", "title", "version", "status", "language", "controller", "contacts", "summary",
            "parties", "subjects", "data", "purposes", "techniques", "roles", "flows", "retention", "locations",
            "transfers", "security", "transparency", "rights", "governance", "risks", "measures", "interests",
            "subject_views", "policies", "renamed_from", "references", "updated", "document",
        ], required: ["spec", "id", "title", "controller", "parties", "subjects", "data", "purposes"])

    static let contacts = EntrySchema("'contacts'", keys: ["owner", "dpo", "representative"])

    static let party = EntrySchema(
        "a party",
        keys: [
            "id", "name", "type", "role", "region", "affiliated", "agreement", "location", "certifications",
            "description", "contact", "part_of", "domain", "renamed_from", "processor_agreement",
        ], required: ["id", "name", "type", "role"])

    static let subject = EntrySchema(
        "a subject category",
        keys: [
            "id", "name", "of", "vulnerable", "minors", "count", "description", "child_interests", "renamed_from",
        ], required: ["id", "name"])

    static let data = EntrySchema(
        "a data category",
        keys: [
            "id", "name", "kind", "subjects", "source", "visible_to_subject", "description", "fields", "renamed_from",
        ], required: ["id", "name", "kind"])

    static let purpose = EntrySchema(
        "a purpose",
        keys: [
            "id", "name", "description", "basis", "law", "special_basis", "data", "necessity", "proportionality",
            "subsidiarity", "further_processing_of", "compatibility", "domain", "consent", "renamed_from",
            "special_category_basis", "criminal_data_basis", "national_id_basis",
        ], required: ["id"])

    static let consent = EntrySchema(
        "a purpose's 'consent'",
        keys: [
            "informed", "specific", "withdrawable", "recorded", "safeguard_only", "refusal_has_consequences",
            "asker_decides_on_services",
        ])

    static let techniques = EntrySchema(
        "'techniques'", keys: Techniques.flags.map(\.key) + ["large_scale"],
        deprecated: ["behavior_influencing": "behaviour_influencing"])

    static let role = EntrySchema(
        "a role",
        keys: [
            "id", "name", "description", "party", "sees", "edits", "authentication", "purposes", "users", "external",
            "renamed_from", "no_objection",
        ], required: ["id", "party", "sees"])

    static let sees = EntrySchema(
        "a role's 'sees'", keys: ["data", "subjects", "scope", "condition", "pseudonymised"],
        required: ["data", "subjects"], deprecated: ["pseudonymized": "pseudonymised"])

    static let flow = EntrySchema(
        "a flow",
        keys: [
            "id", "from", "to", "data", "purpose", "pseudonymised", "grounds", "consent", "channel", "kind",
            "recipient_competent", "description", "frequency", "renamed_from", "recipient_competence", "no_objection",
            "on_behalf_of",
        ], required: ["id", "from", "to", "data"], deprecated: ["pseudonymized": "pseudonymised"])

    static let retention = EntrySchema(
        "a retention rule",
        keys: [
            "id", "data", "period", "starts", "source", "deletion", "purpose", "criterion", "supervisor", "renamed_from",
            "ends_with",
        ], required: ["data", "period"])

    static let location = EntrySchema(
        "a location", keys: ["party", "country", "description"],
        required: ["party", "country"])

    static let transfer = EntrySchema(
        "a transfer", keys: ["to", "country", "mechanism", "data"],
        required: ["to", "country"])

    static let security = EntrySchema("'security'", keys: ["measures", "description", "other"])

    static let transparency = EntrySchema(
        "'transparency'",
        keys: [
            "privacy_statement", "separate_from_terms", "informs_about", "subject_can_see", "description", "url",
        ])

    static let rights = EntrySchema("'rights'", keys: SubjectRight.allCases.map(\.rawValue))

    static let governance = EntrySchema(
        "'governance'",
        keys: [
            "change_process_includes_privacy_review", "source_system_link", "dpo_advice", "adopted_by", "adopted_on",
            "next_review", "dpo_advice_on",
        ])

    static let document = EntrySchema("'document'", keys: ["author", "history"])

    static let documentVersion = EntrySchema(
        "a version of 'document.history'", keys: ["version", "date", "author", "changes"],
        required: ["version"])

    static let risk = EntrySchema(
        "a risk",
        keys: [
            "id", "description", "likelihood", "impact", "origin", "source", "renamed_from",
        ], required: ["id", "description", "likelihood", "impact"])

    static let measure = EntrySchema(
        "a measure",
        keys: [
            "id", "addresses", "decision", "description", "owner", "due", "status", "residual", "type", "evidence",
            "renamed_from",
        ], required: ["id", "addresses", "decision"])

    static let reference = EntrySchema("a reference", keys: ["id", "title", "url"], required: ["id", "title"])

    static let interest = EntrySchema("an interest", keys: ["party", "description"], required: ["party", "description"])
}
