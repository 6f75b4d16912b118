import DPIAModel

/// Which fields of each section of a processing activity the diff compares, under their spec keys.
///
/// Fields that refer to other entries read their ids through the renames, so a renamed entry shows
/// once, as renamed, and not again in every entry that refers to it.
enum ProcessingRules {
    static let general = RecordRules<ProcessingActivity>(.general, fields: [
        FieldRule("title", plain: { .string($0.title) }),
        FieldRule("status", plain: { .word($0.status) }),
        FieldRule("language", plain: { .word($0.language) }),
        FieldRule("controller", { .id($1(.parties, $0.controller)) }),
        FieldRule("summary", plain: { .markdown($0.summary) }),
        FieldRule("contacts/owner", plain: { .string($0.contacts?.owner) }),
        FieldRule("contacts/dpo", plain: { .string($0.contacts?.dpo) }),
        FieldRule("contacts/representative", plain: { .string($0.contacts?.representative) }),
        FieldRule("subject_views", plain: { .markdown($0.subjectViews) }),
        FieldRule("policies", plain: { .items($0.policies) }),
    ])

    static let parties = EntryRules<Party>(.parties, key: { $1(.parties, $0.id) }, renamedFrom: \.renamedFrom,
                                           label: \.name, fields: [
        FieldRule("name", plain: { .string($0.name) }),
        FieldRule("type", plain: { .word($0.type) }),
        FieldRule("role", plain: { .word($0.role) }),
        FieldRule("region", plain: { .string($0.region) }),
        FieldRule("affiliated", { .items($1(.parties, $0.affiliated)) }),
        FieldRule("agreement", plain: { .string($0.agreement) }),
        FieldRule("location", plain: { .string($0.location) }),
        FieldRule("certifications", plain: { .items($0.certifications) }),
        FieldRule("description", plain: { .markdown($0.description) }),
        FieldRule("contact", plain: { .string($0.contact) }),
        FieldRule("part_of", { .id($1.optional(.parties, $0.partOf)) }),
        FieldRule("domain", plain: { .string($0.domain) }),
    ])

    static let subjects = EntryRules<SubjectCategory>(.subjects, key: { $1(.subjects, $0.id) },
                                                      renamedFrom: \.renamedFrom, label: \.name, fields: [
        FieldRule("name", plain: { .string($0.name) }),
        FieldRule("of", { .items($1(.parties, $0.of)) }),
        FieldRule("vulnerable", plain: { .bool($0.vulnerable) }),
        FieldRule("minors", plain: { .bool($0.minors) }),
        FieldRule("count", plain: { .int($0.count) }),
        FieldRule("description", plain: { .markdown($0.description) }),
        FieldRule("child_interests", plain: { .markdown($0.childInterests) }),
    ])

    static let data = EntryRules<DataItem>(.data, key: { $1(.data, $0.id) }, renamedFrom: \.renamedFrom,
                                           label: \.name, fields: [
        FieldRule("name", plain: { .string($0.name) }),
        FieldRule("kind", plain: { .word($0.kind) }),
        FieldRule("subjects", { .items($1(.subjects, $0.subjects)) }),
        FieldRule("source", plain: { .word($0.source) }),
        FieldRule("visible_to_subject", plain: { .bool($0.visibleToSubject) }),
        FieldRule("description", plain: { .markdown($0.description) }),
        FieldRule("fields", plain: { .items($0.fields) }),
    ])

    static let purposes = EntryRules<Purpose>(.purposes, key: { $1(.purposes, $0.id) }, renamedFrom: \.renamedFrom,
                                              label: { $0.name }, fields: [
        FieldRule("name", plain: { .string($0.name) }),
        FieldRule("description", plain: { .markdown($0.description) }),
        FieldRule("basis", plain: { .word($0.basis) }),
        FieldRule("law", plain: { .items($0.law) }),
        FieldRule("special_basis", plain: { .string($0.specialBasis) }),
        FieldRule("data", { .items($1(.data, $0.data)) }),
        FieldRule("necessity", plain: { .markdown($0.necessity) }),
        FieldRule("proportionality", plain: { .markdown($0.proportionality) }),
        FieldRule("subsidiarity", plain: { .markdown($0.subsidiarity) }),
        FieldRule("further_processing_of", { .id($1.optional(.purposes, $0.furtherProcessingOf)) }),
        FieldRule("compatibility", plain: { .markdown($0.compatibility) }),
        FieldRule("domain", plain: { .string($0.domain) }),
        FieldRule("consent/informed", plain: { .bool($0.consent?.informed) }),
        FieldRule("consent/specific", plain: { .bool($0.consent?.specific) }),
        FieldRule("consent/withdrawable", plain: { .bool($0.consent?.withdrawable) }),
        FieldRule("consent/recorded", plain: { .bool($0.consent?.recorded) }),
        FieldRule("consent/safeguard_only", plain: { .bool($0.consent?.safeguardOnly) }),
    ])

    static let roles = EntryRules<Role>(.roles, key: { $1(.roles, $0.id) }, renamedFrom: \.renamedFrom,
                                        label: { $0.name }, fields: [
        FieldRule("name", plain: { .string($0.name) }),
        FieldRule("description", plain: { .markdown($0.description) }),
        FieldRule("party", { .id($1(.parties, $0.party)) }),
        FieldRule("sees/data", { selection($0.sees.data, .data, $1) }),
        FieldRule("sees/subjects", { selection($0.sees.subjects, .subjects, $1) }),
        FieldRule("sees/scope", plain: { .word($0.sees.scope) }),
        FieldRule("sees/condition", plain: { .markdown($0.sees.condition) }),
        FieldRule("sees/pseudonymised", plain: { .bool($0.sees.pseudonymised) }),
        FieldRule("edits", { role, renames in role.edits.map { selection($0, .data, renames) } }),
        FieldRule("authentication", plain: { .word($0.authentication) }),
        FieldRule("purposes", { .items($1(.purposes, $0.purposes)) }),
        FieldRule("users", plain: { .int($0.users) }),
        FieldRule("external", plain: { .bool($0.external) }),
    ])

    static let flows = EntryRules<Flow>(.flows, key: { $1(.flows, $0.id) }, renamedFrom: \.renamedFrom, fields: [
        FieldRule("from", { .id($1(.parties, $0.from)) }),
        FieldRule("to", { .id($1(.parties, $0.to)) }),
        FieldRule("kind", plain: { .word($0.kind) }),
        FieldRule("data", { .items($1(.data, $0.data)) }),
        FieldRule("purpose", { .id($1.optional(.purposes, $0.purpose)) }),
        FieldRule("pseudonymised", plain: { .bool($0.pseudonymised) }),
        FieldRule("grounds", plain: { .items($0.grounds) }),
        FieldRule("consent", plain: { .word($0.consent) }),
        FieldRule("channel", plain: { .word($0.channel) }),
        FieldRule("recipient_competent", plain: { .bool($0.recipientCompetent) }),
        FieldRule("description", plain: { .markdown($0.description) }),
        FieldRule("frequency", plain: { .string($0.frequency) }),
    ])

    static let retention = EntryRules<RetentionRule>(.retention, key: { rule, renames in
        rule.id.map { renames(.retention, $0) } ?? renames(.data, rule.data).sorted().joined(separator: "+")
    }, renamedFrom: \.renamedFrom, fields: [
        FieldRule("data", { .items($1(.data, $0.data)) }),
        FieldRule("period", plain: { .symbol(period($0.period)) }),
        FieldRule("starts", plain: { .string($0.starts) }),
        FieldRule("source", plain: { .string($0.source) }),
        FieldRule("deletion", plain: { .word($0.deletion) }),
        FieldRule("purpose", { .id($1.optional(.purposes, $0.purpose)) }),
        FieldRule("criterion", plain: { .markdown($0.criterion) }),
        FieldRule("supervisor", plain: { .markdown($0.supervisor) }),
    ])

    static let locations = EntryRules<Location>(.locations, key: { $1(.parties, $0.party) }, fields: [
        FieldRule("country", plain: { .string($0.country) }),
        FieldRule("description", plain: { .markdown($0.description) }),
    ])

    static let transfers = EntryRules<Transfer>(.transfers, key: { $1(.parties, $0.to) }, fields: [
        FieldRule("country", plain: { .string($0.country) }),
        FieldRule("mechanism", plain: { .word($0.mechanism) }),
        FieldRule("data", { .items($1(.data, $0.data)) }),
    ])

    static let security = RecordRules<Security>(.security, fields: [
        FieldRule("measures", plain: { .items($0.measures.map(\.rawValue)) }),
        FieldRule("other", plain: { .items($0.other) }),
        FieldRule("description", plain: { .markdown($0.description) }),
    ])

    static let transparency = RecordRules<Transparency>(.transparency, fields: [
        FieldRule("privacy_statement", plain: { .bool($0.privacyStatement) }),
        FieldRule("separate_from_terms", plain: { .bool($0.separateFromTerms) }),
        FieldRule("informs_about", plain: { .items($0.informsAbout.map(\.rawValue)) }),
        FieldRule("subject_can_see", { record, renames in record.subjectCanSee.map { selection($0, .data, renames) } }),
        FieldRule("description", plain: { .markdown($0.description) }),
        FieldRule("url", plain: { .string($0.url) }),
    ])

    static let rights = RecordRules<Rights>(.rights, fields: SubjectRight.allCases.map { right in
        FieldRule(right.rawValue, plain: { .markdown($0[right]) })
    })

    /// An absent `techniques:` section means every technique is false, so it is compared as such.
    static let techniques = RecordRules<Techniques>(.techniques, fields: Techniques.flags.map { flag in
        nonisolated(unsafe) let path = flag.path  // key paths are immutable
        return FieldRule(flag.key, plain: { .bool($0[keyPath: path]) })
    } + [FieldRule("large_scale", plain: { .bool($0.largeScale) })])

    static let governance = RecordRules<Governance>(.governance, fields: [
        FieldRule("change_process_includes_privacy_review", plain: { .bool($0.changeProcessIncludesPrivacyReview) }),
        FieldRule("source_system_link", plain: { .bool($0.sourceSystemLink) }),
        FieldRule("dpo_advice", plain: { .markdown($0.dpoAdvice) }),
        FieldRule("adopted_by", plain: { .string($0.adoptedBy) }),
        FieldRule("adopted_on", plain: { .string($0.adoptedOn?.description) }),
        FieldRule("next_review", plain: { .string($0.nextReview?.description) }),
    ])

    static let interests = EntryRules<Interest>(.interests, key: { $1(.parties, $0.party) }, fields: [
        FieldRule("description", plain: { .markdown($0.description) }),
    ])

    static let risks = EntryRules<DeclaredRisk>(.risks, key: { $1(.risks, $0.id) }, renamedFrom: \.renamedFrom,
                                                fields: [
        FieldRule("description", plain: { .markdown($0.description) }),
        FieldRule("likelihood", plain: { .word($0.likelihood) }),
        FieldRule("impact", plain: { .word($0.impact) }),
        FieldRule("origin", plain: { .markdown($0.origin) }),
        FieldRule("source", plain: { .string($0.source) }),
    ])

    static let measures = EntryRules<Measure>(.measures, key: { $1(.measures, $0.id) }, renamedFrom: \.renamedFrom,
                                              fields: [
        FieldRule("addresses", { .items($1(.risks, $0.addresses)) }),
        FieldRule("decision", plain: { .word($0.decision) }),
        FieldRule("owner", plain: { .string($0.owner) }),
        FieldRule("due", plain: { .string($0.due?.description) }),
        FieldRule("status", plain: { .word($0.status) }),
        FieldRule("residual", plain: { .word($0.residual) }),
        FieldRule("type", plain: { .word($0.type) }),
        FieldRule("description", plain: { .markdown($0.description) }),
        FieldRule("evidence", plain: { .string($0.evidence) }),
    ])

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
}
