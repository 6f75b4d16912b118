import DPIAModel

/// No privacy statement (the first half of HW's "privacy statement" risk).
public struct PrivacyStatementMissingRule: Rule {
    public static let description = RuleDescription(
        id: "privacy_statement_missing",
        title: LocalizedText(nl: "Geen privacyverklaring", en: "No privacy statement"),
        explanation: LocalizedText(
            nl: """
                Betrokkenen hebben recht op informatie over wie hun gegevens verwerkt, waarvoor, op welke \
                grondslag, met wie gedeeld, hoe lang, en welke rechten zij hebben (art. 13–14 AVG). De regel \
                meldt een spec zonder `transparency` of met `privacy_statement` anders dan `true`.
                """,
            en: """
                Data subjects have the right to know who processes their data, why, on which basis, with \
                whom it is shared, how long, and which rights they have (art. 13–14 GDPR). The rule reports a \
                spec without `transparency` or with `privacy_statement` other than `true`.
                """),
        legalReference: "art. 12–14 AVG",
        likelihood: .medium, impact: .medium,
        suggestedMeasure: LocalizedText(
            nl:
                "Stel een privacyverklaring op met de informatie van art. 13 en 14 AVG en maak haar vindbaar waar gegevens worden verzameld.",
            en: "Write a privacy statement with the information of art. 13 and 14 GDPR and make it easy to find where data is collected."),
        triggeringExamples: [RuleExample("", removing: ["transparency"], at: ["transparency/privacy_statement"])],
        nonTriggeringExamples: [RuleExample("")])

    public init() {}

    public func validate(_ context: AnalysisContext) -> [Violation] {
        guard context.activity.transparency?.privacyStatement != true else { return [] }
        let absent = context.activity.transparency?.privacyStatement == nil
        return [
            Violation(
                "transparency/privacy_statement",
                LocalizedText(
                    nl: absent ? "Niet vastgelegd is dat er een privacyverklaring is." : "Er is geen privacyverklaring.",
                    en: absent ? "It is not recorded that there is a privacy statement." : "There is no privacy statement."))
        ]
    }
}
