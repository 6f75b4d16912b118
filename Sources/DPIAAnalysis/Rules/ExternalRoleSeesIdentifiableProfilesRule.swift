import DPIAModel

/// An external role sees identifiable profiles where pseudonymised profiles would do (VUM two-stage
/// mechanism; MEMO: employers get pseudonymised data and contact via the municipality).
public struct ExternalRoleSeesIdentifiableProfilesRule: Rule {
    public static let description = RuleDescription(
        id: "external_role_sees_identifiable_profiles",
        title: LocalizedText(
            nl: "Externe rol ziet herleidbare profielen waar gepseudonimiseerde volstaan",
            en: "External role sees identifiable profiles where pseudonymised ones would do"),
        explanation: LocalizedText(
            nl: """
                Voor het selecteren van kandidaten heeft een werkgever of private bemiddelaar genoeg aan \
                gepseudonimiseerde profielen; naam en contactgegevens zijn pas nodig na de selectie, en \
                kunnen dan via de bemiddelaar van de gemeente lopen (het tweetrapsproces van VUM). De regel \
                meldt een externe rol die van dezelfde betrokkenen zowel profielgegevens (werk, opleiding, \
                profiel, beoordelingen, vrije tekst, bijzondere gegevens) als identificerende gegevens \
                (naam, contact, BSN, foto) ziet, zonder `pseudonymised: true`.
                """,
            en: """
                To select candidates, an employer or private intermediary only needs pseudonymised profiles; \
                name and contact details are needed after the selection and can then go through the \
                municipality's intermediary (the VUM two-stage process). The rule reports an external role \
                that sees both profile data (work, education, profile, assessments, free text, special \
                categories) and identifying data (name, contact, national id, photo) of the same data \
                subjects, without `pseudonymised: true`.
                """),
        legalReference: "art. 5 lid 1 onder c AVG; art. 25 AVG; Participatiewet art. 65 lid 1 onder c",
        likelihood: .medium, impact: .medium,
        suggestedMeasure: LocalizedText(
            nl:
                "Toon externe rollen eerst gepseudonimiseerde profielen; verstrek contactgegevens pas na selectie, of die van de eigen werkcoach.",
            en: "Show external roles pseudonymised profiles first; give contact details only after selection, or those of the job coach."),
        triggeringExamples: [
            RuleExample(
                """
                roles+:
                  - id: werkgever
                    sees: { data: [naam, werkervaring], subjects: [werkzoekenden-a], scope: own }
                """, at: ["roles/werkgever/sees/pseudonymised"])
        ],
        nonTriggeringExamples: [
            RuleExample(
                """
                roles+:
                  - id: werkgever
                    sees: { data: [naam, werkervaring], subjects: [werkzoekenden-a], scope: own, pseudonymised: true }
                """)
        ])

    static let identifying: Set<DataKind> = [.identification, .contact, .nationalID, .media]

    public init() {}

    public func validate(_ context: AnalysisContext) -> [Violation] {
        context.visibility.rows.compactMap { row -> Violation? in
            guard row.kind == .role, row.external, let role = context.roles[row.role] else { return nil }
            let exposed = row.access.filter { access in
                guard !access.pseudonymised else { return false }
                let kinds = access.data.compactMap(context.kind(of:))
                return kinds.contains(where: Self.identifying.contains) && kinds.contains(where: Self.isProfile)
            }
            guard !exposed.isEmpty else { return nil }
            let populations = exposed.map { context.name(ofSubject: $0.subject) }
            return Violation(
                "roles/\(role.id)/sees/pseudonymised",
                LocalizedText(
                    nl:
                        "Externe rol \(context.label(role: role).nl) ziet profielen van \(populations.joinedList(.nl)) samen met naam of contactgegevens: de profielen zijn niet gepseudonimiseerd.",
                    en:
                        "External role \(context.label(role: role).en) sees profiles of \(populations.joinedList(.en)) together with name or contact details: the profiles are not pseudonymised."
                ))
        }
    }

    static func isProfile(_ kind: DataKind) -> Bool {
        switch kind {
        case .profile, .work, .education, .assessment, .freeText, .financial: true
        default: kind.isSpecialCategory || kind == .criminal
        }
    }
}
