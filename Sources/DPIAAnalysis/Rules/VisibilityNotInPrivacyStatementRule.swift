import DPIAModel

/// The privacy statement does not say which parties in which municipalities can see the data (HW measure).
public struct VisibilityNotInPrivacyStatementRule: Rule {
    public static let description = RuleDescription(
        id: "visibility_not_in_privacy_statement",
        title: LocalizedText(
            nl: "Privacyverklaring zegt niet wie de gegevens kan zien",
            en: "Privacy statement does not say who can see the data"),
        explanation: LocalizedText(
            nl: """
                Als partijen buiten de eigen organisatie (werkgevers, andere gemeenten, bemiddelaars) \
                gegevens kunnen zien, moet de betrokkene weten welke partijen in welke gemeenten dat zijn. De \
                regel leest de wie-ziet-wie-berekening: ziet een externe partij of een ander overheidsorgaan \
                (geen verwerker) gegevens van de eigen betrokkenen van de verwerkingsverantwoordelijke, dan \
                moet `informs_about` `visibility` bevatten.
                """,
            en: """
                When parties outside the own organisation (employers, other municipalities, intermediaries) \
                can see data, data subjects must know which parties in which municipalities those are. The \
                rule reads the who-sees-whom computation: when an external party or another public body (not a \
                processor) sees data of the controller's own data subjects, `informs_about` must contain \
                `visibility`.
                """),
        legalReference: "art. 13 lid 1 onder e en art. 14 lid 1 onder e AVG",
        likelihood: .medium, impact: .medium,
        suggestedMeasure: LocalizedText(
            nl:
                "Neem in de privacyverklaring duidelijk op welke partijen in welke deelnemende gemeenten toegang hebben tot welke gegevens.",
            en: "State clearly in the privacy statement which parties in which participating municipalities have access to which data."),
        triggeringExamples: [
            RuleExample(
                """
                transparency:
                  privacy_statement: true
                  separate_from_terms: true
                  informs_about: [controller, purposes, legal-basis, recipients, retention, rights, usage-logging]
                """, at: ["transparency/informs_about"])
        ],
        nonTriggeringExamples: [
            RuleExample(
                """
                transparency:
                  privacy_statement: true
                  separate_from_terms: true
                  informs_about: [controller, purposes, legal-basis, recipients, retention, rights, usage-logging]
                """, removing: ["roles/werkgever"])
        ])

    public init() {}

    public func validate(_ context: AnalysisContext) -> [Violation] {
        guard !context.informs(about: .visibility) else { return [] }
        let own = context.ownOrganisations(ofParty: context.activity.controller)
        var outsiders: [String] = []
        for row in context.visibility.rows {
            let outside =
                !own.contains(context.rootOrganisation(ofParty: row.party)) && !context.isProcessor(row.party)
                && (row.external || context.type(ofParty: row.party)?.isPublic == true)
            let seesOwnSubjects = row.access.contains { $0.owners.contains(where: own.contains) }
            guard outside, seesOwnSubjects else { continue }
            let name = context.name(ofParty: row.party)
            if !outsiders.contains(name) { outsiders.append(name) }
        }
        guard !outsiders.isEmpty else { return [] }
        return [
            Violation(
                "transparency/informs_about",
                LocalizedText(
                    nl:
                        "Gegevens zijn zichtbaar voor \(outsiders.joinedList(.nl)), maar de privacyverklaring zegt niet welke partijen de gegevens kunnen zien (`visibility`).",
                    en:
                        "Data is visible to \(outsiders.joinedList(.en)), but the privacy statement does not say which parties can see it (`visibility`)."
                ))
        ]
    }
}
