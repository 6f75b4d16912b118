import DPIAModel

/// No retention period for a data category, or "as long as needed" without a criterion.
public struct RetentionPeriodMissingRule: Rule {
    public static let description = RuleDescription(
        id: "retention_period_missing",
        title: LocalizedText(nl: "Bewaartermijn ontbreekt of is open", en: "Retention period missing or open-ended"),
        explanation: LocalizedText(
            nl: """
            Persoonsgegevens mogen niet langer worden bewaard dan nodig (opslagbeperking). Per categorie \
            gegevens hoort een termijn, of bij 'zolang noodzakelijk' een toetsbaar criterium wanneer het \
            niet meer nodig is. De regel meldt elk gegeven dat geen `retention`-regel noemt, en elke \
            regel met `period: as-long-as-needed` zonder `criterion`.
            """,
            en: """
            Personal data may not be kept longer than needed (storage limitation). Each data category \
            needs a period, or with 'as long as needed' a testable criterion for when it is no longer \
            needed. The rule reports every data item that no `retention` rule names, and every rule with \
            `period: as-long-as-needed` and no `criterion`.
            """),
        legalReference: "art. 5 lid 1 onder e AVG; art. 30 lid 1 onder f AVG; Archiefwet 1995",
        likelihood: .medium, impact: .medium,
        suggestedMeasure: LocalizedText(
            nl: "Leg per categorie een bewaartermijn vast met bron (wet, selectielijst of gemotiveerde keuze), of een criterium voor 'zolang noodzakelijk'.",
            en: "Record a retention period per category with its source (law, selection list or motivated choice), or a criterion for 'as long as needed'."),
        triggeringExamples: [
            RuleExample("""
                retention:
                  - data: [naam, contactgegevens]
                    period: P10Y
                    source: VNG Selectielijst gemeenten 2020, categorie 12.1.1
                    deletion: automated
                """),
            RuleExample("""
                retention:
                  - data: [naam, contactgegevens, werkervaring]
                    period: as-long-as-needed
                    source: Gemotiveerde keuze
                    deletion: automated
                """),
        ],
        nonTriggeringExamples: [RuleExample("""
            retention:
              - data: [naam, contactgegevens, werkervaring]
                period: as-long-as-needed
                criterion: Tot de werkzoekende twee jaar aan het werk is of zich afmeldt.
                source: Gemotiveerde keuze
                deletion: automated
            """)])

    public init() {}

    public func validate(_ context: AnalysisContext) -> [Violation] {
        var violations = context.activity.data.compactMap { item -> Violation? in
            guard !context.retainedData.contains(item.id) else { return nil }
            return Violation("data/\(item.id)", LocalizedText(
                nl: "Voor \(item.name) is geen bewaartermijn vastgelegd.",
                en: "No retention period is recorded for \(item.name)."))
        }
        for rule in context.activity.retention ?? [] where rule.period == .asLongAsNeeded && isBlank(rule.criterion) {
            violations.append(Violation("retention/\(rule.key)/period", LocalizedText(
                nl: "Bewaartermijn '\(rule.key)' is 'zolang noodzakelijk' zonder criterium wanneer de gegevens niet meer nodig zijn.",
                en: "Retention '\(rule.key)' is 'as long as needed' without a criterion for when the data is no longer needed.")))
        }
        return violations
    }
}
