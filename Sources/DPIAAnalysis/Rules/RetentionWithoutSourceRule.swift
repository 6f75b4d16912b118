import DPIAModel

/// A retention period without its source (law, selectielijst category, motivated choice).
public struct RetentionWithoutSourceRule: Rule {
    public static let description = RuleDescription(
        id: "retention_without_source",
        title: LocalizedText(nl: "Bewaartermijn zonder bron", en: "Retention period without a source"),
        explanation: LocalizedText(
            nl: """
                Een bewaartermijn moet te verantwoorden zijn: een wet, een categorie van de selectielijst \
                (VNG Selectielijst gemeenten) of een gemotiveerde keuze. De regel meldt elke \
                `retention`-regel zonder `source`.
                """,
            en: """
                A retention period must be justified: a law, a category of the selection list (VNG \
                Selectielijst gemeenten) or a motivated choice. The rule reports every `retention` rule \
                without `source`.
                """),
        legalReference: "art. 5 lid 2 AVG (verantwoordingsplicht); Archiefwet 1995 art. 5",
        likelihood: .low, impact: .medium,
        suggestedMeasure: LocalizedText(
            nl: "Noem in `source` de wet, de selectielijstcategorie of de motivering van de termijn.",
            en: "Name in `source` the law, the selection-list category or the reasoning behind the period."),
        triggeringExamples: [
            RuleExample(
                """
                retention:
                  - data: [naam, contactgegevens, werkervaring]
                    period: P10Y
                    deletion: automated
                """, at: ["retention/contactgegevens+naam+werkervaring"])
        ],
        nonTriggeringExamples: [RuleExample("")])

    public init() {}

    public func validate(_ context: AnalysisContext) -> [Violation] {
        (context.activity.retention ?? []).compactMap { rule -> Violation? in
            guard isBlank(rule.source) else { return nil }
            return Violation(
                "retention/\(rule.key)",
                LocalizedText(
                    nl: "Bewaartermijn \(context.label(retention: rule).nl) noemt geen bron (wet, selectielijst of gemotiveerde keuze).",
                    en: "Retention \(context.label(retention: rule).en) names no source (law, selection list or motivated choice)."))
        }
    }
}
