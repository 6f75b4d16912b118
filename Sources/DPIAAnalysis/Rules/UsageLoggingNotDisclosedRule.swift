import DPIAModel

/// Usage logging (who viewed what, searches, IP address) not disclosed to data subjects (HW).
public struct UsageLoggingNotDisclosedRule: Rule {
    public static let description = RuleDescription(
        id: "usage_logging_not_disclosed",
        title: LocalizedText(
            nl: "Gebruikslogging niet gemeld aan betrokkenen",
            en: "Usage logging not disclosed to data subjects"),
        explanation: LocalizedText(
            nl: """
                Het systeem legt vast wie wanneer wat bekeek of wijzigde, welke zoekopdrachten werden gedaan \
                en soms het IP-adres. Ook dat zijn persoonsgegevens, van gebruikers en betrokkenen, en zij \
                horen dat te weten. De regel meldt gegevens van soort `usage` of de maatregel \
                `access-logging` als `informs_about` geen `usage-logging` bevat.
                """,
            en: """
                The system records who viewed or changed what and when, which searches were run and \
                sometimes the IP address. That is personal data too, of users and data subjects, and they \
                should know. The rule reports data of kind `usage` or the measure `access-logging` when \
                `informs_about` lacks `usage-logging`.
                """),
        legalReference: "art. 13 lid 1 onder c AVG; art. 12 AVG",
        likelihood: .medium, impact: .medium,
        suggestedMeasure: LocalizedText(
            nl: "Vermeld de gebruikslogging (wat, waarom, hoe lang) in de privacyverklaring op de relevante websites.",
            en: "Mention the usage logging (what, why, how long) in the privacy statement on the relevant websites."),
        triggeringExamples: [
            RuleExample(
                """
                transparency:
                  privacy_statement: true
                  separate_from_terms: true
                  informs_about: [controller, purposes, legal-basis, recipients, visibility, retention, rights]
                """, at: ["transparency/informs_about"])
        ],
        nonTriggeringExamples: [RuleExample("")])

    public init() {}

    public func validate(_ context: AnalysisContext) -> [Violation] {
        guard !context.informs(about: .usageLogging) else { return [] }
        let usage = context.activity.data.filter { $0.kind == .usage }.map(\.name)
        let logging = context.activity.security?.measures.contains(.accessLogging) ?? false
        guard !usage.isEmpty || logging else { return [] }
        let what =
            usage.isEmpty
            ? LocalizedText(nl: "toegangslogging", en: "access logging")
            : usage.localizedList
        return [
            Violation(
                "transparency/informs_about",
                LocalizedText(
                    nl: "Het systeem legt gebruik vast (\(what.nl)), maar de privacyverklaring vermeldt dat niet (`usage-logging`).",
                    en: "The system records usage (\(what.en)), but the privacy statement does not say so (`usage-logging`)."))
        ]
    }
}
