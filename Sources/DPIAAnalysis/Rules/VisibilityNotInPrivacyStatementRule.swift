import DPIAModel

/// The privacy statement does not say which parties in which municipalities can see the data (HW measure).
public struct VisibilityNotInPrivacyStatementRule: Rule {
    public static let description = RuleDescription(
        id: "visibility_not_in_privacy_statement",
        title: LocalizedText(nl: "Privacyverklaring zegt niet wie de gegevens kan zien",
                             en: "Privacy statement does not say who can see the data"),
        explanation: LocalizedText(
            nl: """
            Als partijen buiten de eigen organisatie (werkgevers, andere gemeenten, bemiddelaars) \
            gegevens kunnen zien, moet de betrokkene weten welke partijen in welke gemeenten dat zijn. De \
            regel leest de wie-ziet-wie-berekening: ziet een partij buiten de organisatie van de \
            verwerkingsverantwoordelijke (geen verwerker) gegevens, of ziet een rol betrokkenen van \
            andere verantwoordelijken, dan moet `informs_about` `visibility` bevatten.
            """,
            en: """
            When parties outside the own organisation (employers, other municipalities, intermediaries) \
            can see data, data subjects must know which parties in which municipalities those are. The \
            rule reads the who-sees-whom computation: when a party outside the controller's organisation \
            (not a processor) sees data, or a role sees other controllers' data subjects, `informs_about` \
            must contain `visibility`.
            """),
        legalReference: "art. 13 lid 1 onder e en art. 14 lid 1 onder e AVG",
        likelihood: .medium, impact: .medium,
        suggestedMeasure: LocalizedText(
            nl: "Neem in de privacyverklaring duidelijk op welke partijen in welke deelnemende gemeenten toegang hebben tot welke gegevens.",
            en: "State clearly in the privacy statement which parties in which participating municipalities have access to which data."),
        triggeringExamples: [RuleExample("""
            transparency:
              privacy_statement: true
              separate_from_terms: true
              informs_about: [controller, purposes, legal-basis, recipients, retention, rights, usage-logging]
            """)],
        nonTriggeringExamples: [RuleExample("""
            transparency:
              privacy_statement: true
              separate_from_terms: true
              informs_about: [controller, purposes, legal-basis, recipients, retention, rights, usage-logging]
            roles:
              - id: werkcoach
                party: gemeente-a
                purposes: [matching]
                sees: { data: [naam, contactgegevens, werkervaring], subjects: [werkzoekenden-a], scope: own }
                authentication: 2fa
            """)])

    public init() {}

    public func validate(_ context: AnalysisContext) -> [Violation] {
        guard !context.informs(about: .visibility) else { return [] }
        let own = context.ownOrganisations(ofParty: context.activity.controller)
        var outsiders: [String] = []
        for row in context.visibility.rows where !row.access.isEmpty {
            let outside = !own.contains(context.rootOrganisation(ofParty: row.party)) && !context.isProcessor(row.party)
            guard outside || row.access.contains(where: { $0.relation == .other }) else { continue }
            let name = context.name(ofParty: row.party)
            if !outsiders.contains(name) { outsiders.append(name) }
        }
        guard !outsiders.isEmpty else { return [] }
        return [Violation("transparency/informs_about", LocalizedText(
            nl: "Gegevens zijn zichtbaar voor \(outsiders.joinedList(.nl)), maar de privacyverklaring zegt niet welke partijen de gegevens kunnen zien (`visibility`).",
            en: "Data is visible to \(outsiders.joinedList(.en)), but the privacy statement does not say which parties can see it (`visibility`)."))]
    }
}
