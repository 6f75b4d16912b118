import DPIAModel

/// The fields of each section of a processing activity the diff compares, under their spec keys,
/// with what each means for the risk of the processing (``FieldKind``) and how its values are said.
///
/// Fields that refer to other entries read their ids through the renames, so a renamed entry shows
/// once, as renamed, and not again in every entry that refers to it.
enum FieldDescriptions {
    static let general = RecordDescription<ProcessingActivity>(
        .general,
        fields: [
            .init("title", plain: { .string($0.title) }),
            .word("status", read: { $0.status }),
            .init("language", plain: { .word($0.language) }),
            .init("controller", refers: .parties, { .id($1(.parties, $0.controller)) }),
            .init("summary", plain: { .markdown($0.summary) }),
            .init("contacts/owner", .safeguard, plain: { .string($0.contacts?.owner) }),
            .init("contacts/dpo", .safeguard, plain: { .string($0.contacts?.dpo) }),
            .init("contacts/representative", .safeguard, plain: { .string($0.contacts?.representative) }),
            .init("subject_views", .safeguard, plain: { .markdown($0.subjectViews) }),
            .init("policies", .safeguard, plain: { .items($0.policies) }),
            .init("references", plain: { .items($0.references?.map { "\($0.id): \($0.title)" }) }),
            .init("updated", plain: { .string($0.updated?.description) }),
            .init("document/author", plain: { .string($0.document?.author) }),
            .init("document/history", plain: { .items($0.document?.history.map(\.said)) }),
        ])

    static let parties = EntryDescription<Party>(
        .parties, key: { $1(.parties, $0.id) }, renamedFrom: \.renamedFrom,
        label: \.name, existence: .exposure,
        fields: [
            .init("name", plain: { .string($0.name) }),
            .word("type", read: { $0.type }),
            .word("role", read: { $0.role }),
            .init("region", plain: { .string($0.region) }),
            .init("affiliated", .exposure, refers: .parties, { .items($1(.parties, $0.affiliated)) }),
            .init("agreement", .safeguard, plain: { .string($0.agreement) }),
            .init("processor_agreement", .safeguard, plain: { .string($0.processorAgreement.map(said)) }),
            .init("location", plain: { .string($0.location) }),
            .init("certifications", .safeguard, plain: { .items($0.certifications) }),
            .init("description", plain: { .markdown($0.description) }),
            .init("contact", plain: { .string($0.contact) }),
            .init("part_of", refers: .parties, { .id($1.optional(.parties, $0.partOf)) }),
            .init("domain", plain: { .string($0.domain) }),
        ])

    static let subjects = EntryDescription<SubjectCategory>(
        .subjects, key: { $1(.subjects, $0.id) },
        renamedFrom: \.renamedFrom, label: \.name,
        existence: .exposure,
        fields: [
            .init("name", plain: { .string($0.name) }),
            .init("of", .exposure, refers: .parties, { .items($1(.parties, $0.of)) }),
            .init("vulnerable", .exposure, plain: { .bool($0.vulnerable) }),
            .init("minors", .exposure, plain: { .bool($0.minors) }),
            .init("count", .exposure, plain: { .int($0.count) }),
            .init("description", plain: { .markdown($0.description) }),
            .init("child_interests", .safeguard, plain: { .markdown($0.childInterests) }),
        ])

    static let data = EntryDescription<DataItem>(
        .data, key: { $1(.data, $0.id) }, renamedFrom: \.renamedFrom,
        label: \.name, existence: .exposure,
        fields: [
            .init("name", plain: { .string($0.name) }),
            .word("kind", .dataKind, read: { $0.kind }),
            .init("subjects", .exposure, refers: .subjects, { .items($1(.subjects, $0.subjects)) }),
            .word("source", read: { $0.source }),
            .init("visible_to_subject", .safeguard, plain: { .bool($0.visibleToSubject) }),
            .init("description", plain: { .markdown($0.description) }),
            .init("fields", .exposure, plain: { .items($0.fields) }),
        ])

    static let purposes = EntryDescription<Purpose>(
        .purposes, key: { $1(.purposes, $0.id) },
        renamedFrom: \.renamedFrom, label: { $0.name },
        existence: .exposure,
        fields: [
            .init("name", plain: { .string($0.name) }),
            .init("description", plain: { .markdown($0.description) }),
            .word("basis", read: { $0.basis }),
            .init("law", .safeguard, plain: { .items($0.law) }),
            .init("special_basis", .safeguard, plain: { .string($0.specialBasis) }),
            .init("special_category_basis", .safeguard, plain: { .items($0.specialCategoryBasis) }),
            .init("criminal_data_basis", .safeguard, plain: { .items($0.criminalDataBasis) }),
            .init("national_id_basis", .safeguard, plain: { .items($0.nationalIDBasis) }),
            .init("data", .exposure, refers: .data, { .items($1(.data, $0.data)) }),
            .init("necessity", .safeguard, plain: { .markdown($0.necessity) }),
            .init("proportionality", .safeguard, plain: { .markdown($0.proportionality) }),
            .init("subsidiarity", .safeguard, plain: { .markdown($0.subsidiarity) }),
            .init(
                "further_processing_of", .exposure, refers: .purposes,
                { .id($1.optional(.purposes, $0.furtherProcessingOf)) }),
            .init("compatibility", .safeguard, plain: { .markdown($0.compatibility) }),
            .init("domain", plain: { .string($0.domain) }),
            .init("consent/informed", .safeguard, plain: { .bool($0.consent?.informed) }),
            .init("consent/specific", .safeguard, plain: { .bool($0.consent?.specific) }),
            .init("consent/withdrawable", .safeguard, plain: { .bool($0.consent?.withdrawable) }),
            .init("consent/recorded", .safeguard, plain: { .bool($0.consent?.recorded) }),
            .init("consent/safeguard_only", .safeguard, plain: { .bool($0.consent?.safeguardOnly) }),
            .init("consent/refusal_has_consequences", plain: { .bool($0.consent?.refusalHasConsequences) }),
            .init("consent/asker_decides_on_services", plain: { .bool($0.consent?.askerDecidesOnServices) }),
        ])

    static let roles = EntryDescription<Role>(
        .roles, key: { $1(.roles, $0.id) }, renamedFrom: \.renamedFrom,
        label: { $0.name }, existence: .exposure,
        fields: [
            .init("name", plain: { .string($0.name) }),
            .init("description", plain: { .markdown($0.description) }),
            .init("party", refers: .parties, { .id($1(.parties, $0.party)) }),
            .init("sees/data", .exposure, refers: .data, { selection($0.sees.data, .data, $1) }),
            .init("sees/subjects", .exposure, refers: .subjects, { selection($0.sees.subjects, .subjects, $1) }),
            .word("sees/scope", .ordered([AccessScope.own, .all]), read: { $0.sees.scope }),
            .init("sees/condition", .safeguard, plain: { .markdown($0.sees.condition) }),
            .init("sees/pseudonymised", .safeguard, plain: { .bool($0.sees.pseudonymised) }),
            .init("edits", .exposure, refers: .data, { role, renames in role.edits.map { selection($0, .data, renames) } }),
            .word("authentication", .ordered([Authentication.twoFactor, .sso, .password]), read: { $0.authentication }),
            .init("purposes", .exposure, refers: .purposes, { .items($1(.purposes, $0.purposes)) }),
            .init("users", .exposure, plain: { .int($0.users) }),
            .init("external", .exposure, plain: { .bool($0.external) }),
            .init("no_objection", .safeguard, plain: { .string($0.noObjection.map(said)) }),
        ])

    static let flows = EntryDescription<Flow>(
        .flows, key: { $1(.flows, $0.id) }, renamedFrom: \.renamedFrom,
        existence: .exposure,
        fields: [
            .init("from", refers: .parties, { .id($1(.parties, $0.from)) }),
            .init("to", refers: .parties, { .id($1(.parties, $0.to)) }),
            .word("kind", read: { $0.kind }),
            .init("data", .exposure, refers: .data, { .items($1(.data, $0.data)) }),
            .init("purpose", refers: .purposes, { .id($1.optional(.purposes, $0.purpose)) }),
            .init("pseudonymised", .safeguard, plain: { .bool($0.pseudonymised) }),
            .init("grounds", .safeguard, plain: { .items($0.grounds) }),
            .word("consent", .ordered([FlowConsent.consent, .writtenNoObjection, .none]), read: { $0.consent }),
            .word("channel", read: { $0.channel }),
            .init("recipient_competent", .safeguard, plain: { .bool($0.recipientCompetent) }),
            .init("recipient_competence", .safeguard, plain: { .string($0.competence.map(said)) }),
            .init("no_objection", .safeguard, plain: { .string($0.noObjection.map(said)) }),
            .init("on_behalf_of", refers: .parties, { .id($1.optional(.parties, $0.onBehalfOf)) }),
            .init("description", plain: { .markdown($0.description) }),
            .init("frequency", plain: { .string($0.frequency) }),
        ])

    static let retention = EntryDescription<RetentionRule>(
        .retention,
        key: { rule, renames in
            rule.id.map { renames(.retention, $0) } ?? renames(.data, rule.data).sorted().joined(separator: "+")
        }, renamedFrom: \.renamedFrom, existence: .safeguard,
        fields: [
            .init("data", refers: .data, { .items($1(.data, $0.data)) }),
            .init(
                "period", .retention,
                spelling: { raw, words in
                    raw == "as-long-as-needed"
                        ? words.period(.asLongAsNeeded)
                        : ISODuration(parsing: raw).map { words.period(.duration($0)) } ?? raw
                }, plain: { .symbol(period($0.period)) }),
            .init("starts", plain: { .string($0.starts) }),
            .init("source", .safeguard, plain: { .string($0.source) }),
            .word("deletion", .ordered([DeletionMode.automated, .manual, .none]), read: { $0.deletion }),
            .init("purpose", refers: .purposes, { .id($1.optional(.purposes, $0.purpose)) }),
            .init("criterion", .safeguard, plain: { .markdown($0.criterion) }),
            .init("supervisor", .safeguard, plain: { .markdown($0.supervisor) }),
            .word("ends_with", .safeguard, read: { $0.endsWith }),
        ])

    static let locations = EntryDescription<Location>(
        .locations, key: { $1(.parties, $0.party) },
        existence: .exposure,
        fields: [
            .init("country", plain: { .string($0.country) }),
            .init("description", plain: { .markdown($0.description) }),
        ])

    static let transfers = EntryDescription<Transfer>(
        .transfers, key: { $1(.parties, $0.to) },
        existence: .exposure,
        fields: [
            .init("country", plain: { .string($0.country) }),
            .word("mechanism", .ordered([TransferMechanism.adequacy, .bcr, .scc, .derogation, .none]), read: { $0.mechanism }),
            .init("data", .exposure, refers: .data, { .items($1(.data, $0.data)) }),
        ])

    static let security = RecordDescription<Security>(
        .security,
        fields: [
            .words("measures", .safeguard, read: { $0.measures }),
            .init("other", .safeguard, plain: { .items($0.other) }),
            .init("description", plain: { .markdown($0.description) }),
        ])

    static let transparency = RecordDescription<Transparency>(
        .transparency,
        fields: [
            .init("privacy_statement", .safeguard, plain: { .bool($0.privacyStatement) }),
            .init("separate_from_terms", .safeguard, plain: { .bool($0.separateFromTerms) }),
            .words("informs_about", .safeguard, read: { $0.informsAbout }),
            .init(
                "subject_can_see", .safeguard, refers: .data,
                { record, renames in record.subjectCanSee.map { selection($0, .data, renames) } }),
            .init("description", plain: { .markdown($0.description) }),
            .init("url", .safeguard, plain: { .string($0.url) }),
        ])

    static let rights = RecordDescription<Rights>(
        .rights,
        fields: SubjectRight.allCases.map { right in
            FieldDescription<Rights>(right.rawValue, .safeguard, plain: { .markdown($0[right]) })
        })

    /// An absent `techniques:` section means every technique is false, so it is compared as such.
    static let techniques = RecordDescription<Techniques>(
        .techniques,
        fields: Techniques.flags.map { flag in
            nonisolated(unsafe) let path = flag.path   // key paths are immutable
            return FieldDescription<Techniques>(flag.key, .exposure, plain: { .bool($0[keyPath: path]) })
        } + [FieldDescription<Techniques>("large_scale", .exposure, plain: { .bool($0.largeScale) })])

    static let governance = RecordDescription<Governance>(
        .governance,
        fields: [
            .init(
                "change_process_includes_privacy_review", .safeguard,
                plain: { .bool($0.changeProcessIncludesPrivacyReview) }),
            .init("source_system_link", plain: { .bool($0.sourceSystemLink) }),
            .init("dpo_advice", .safeguard, plain: { .markdown($0.dpoAdvice) }),
            .init("adopted_by", plain: { .string($0.adoptedBy) }),
            .init("adopted_on", plain: { .string($0.adoptedOn?.description) }),
            .init("next_review", .deadline, plain: { .string($0.nextReview?.description) }),
            .init("dpo_advice_on", plain: { .string($0.dpoAdviceOn?.description) }),
        ])

    static let interests = EntryDescription<Interest>(
        .interests, key: { $1(.parties, $0.party) },
        existence: .descriptive,
        fields: [
            .init("description", plain: { .markdown($0.description) })
        ])

    static let risks = EntryDescription<DeclaredRisk>(
        .risks, key: { $1(.risks, $0.id) }, renamedFrom: \.renamedFrom,
        existence: .descriptive,
        fields: [
            .init("description", plain: { .markdown($0.description) }),
            .word("likelihood", .ordered([Level.low, .medium, .high]), read: { $0.likelihood }),
            .word("impact", .ordered([Level.low, .medium, .high]), read: { $0.impact }),
            .init("origin", plain: { .markdown($0.origin) }),
            .init("source", plain: { .string($0.source) }),
        ])

    static let measures = EntryDescription<Measure>(
        .measures, key: { $1(.measures, $0.id) },
        renamedFrom: \.renamedFrom, existence: .safeguard,
        fields: [
            .init("addresses", .safeguard, refers: .risks, { .items($1(.risks, $0.addresses)) }),
            .word("decision", .ordered([Decision.avoid, .mitigate, .transfer, .accept]), read: { $0.decision }),
            .init("owner", .safeguard, plain: { .string($0.owner) }),
            .init("due", .deadline, plain: { .string($0.due?.description) }),
            .word("status", .ordered([MeasureStatus.done, .inProgress, .planned, .dropped]), read: { $0.status }),
            .word("residual", .ordered([Level.low, .medium, .high]), read: { $0.residual }),
            .word("type", read: { $0.type }),
            .init("description", plain: { .markdown($0.description) }),
            .init("evidence", .safeguard, plain: { .string($0.evidence) }),
        ])

    /// What each field of each section means, by spec key: for the page, which says values by name
    /// and in words.
    static let meanings: [DiffSection: [String: FieldMeaning]] = {
        func table<Entry>(_ fields: [FieldDescription<Entry>]) -> [String: FieldMeaning] {
            Dictionary(fields.map { ($0.key, $0.meaning) }, uniquingKeysWith: { first, _ in first })
        }
        return [
            .general: table(general.fields), .parties: table(parties.fields), .subjects: table(subjects.fields),
            .data: table(data.fields), .purposes: table(purposes.fields), .roles: table(roles.fields),
            .visibility: table(VisibilityCell.entryDescription.fields), .flows: table(flows.fields),
            .retention: table(retention.fields), .locations: table(locations.fields),
            .transfers: table(transfers.fields), .security: table(security.fields),
            .transparency: table(transparency.fields), .rights: table(rights.fields),
            .techniques: table(techniques.fields), .governance: table(governance.fields),
            .interests: table(interests.fields), .risks: table(risks.fields), .measures: table(measures.fields),
        ]
    }()

    /// What field `key` of `section` means; nil for a key the diff does not compare.
    static func meaning(of key: String, in section: DiffSection) -> FieldMeaning? { meanings[section]?[key] }

    /// `all`, or the selected ids read through the renames.
    private static func selection(_ selection: Selection, _ section: DiffSection, _ renames: Renames) -> DiffValue {
        switch selection {
        case .all: .all
        case .only(let ids): .list(renames(section, ids))
        }
    }

    /// The spec spelling of a retention period.
    private static func period(_ period: RetentionPeriod) -> String {
        switch period {
        case .duration(let duration): duration.description
        case .asLongAsNeeded: "as-long-as-needed"
        }
    }

    // MARK: - Typed legal facts said in one line

    private static func said(_ agreement: ProcessorAgreement) -> String {
        [agreement.status?.rawValue, agreement.date?.description, agreement.name].compactMap { $0 }.joined(separator: ", ")
    }

    private static func said(_ objection: NoObjection) -> String {
        [objection.form?.rawValue, objection.informed.map { $0 ? "informed" : "not informed" }]
            .compactMap { $0 }.joined(separator: ", ")
    }

    private static func said(_ competence: Competence) -> String {
        [competence.provision, competence.decision].compactMap { $0 }.joined(separator: ", ")
    }
}

extension DocumentVersion {
    /// One version as one line of a diff: "0.3 (2025-03-01, J. de Vries): what changed".
    var said: String {
        let when = [date?.description, author].compactMap { $0 }.joined(separator: ", ")
        return version + (when.isEmpty ? "" : " (\(when))") + (changes.map { ": " + $0 } ?? "")
    }
}
