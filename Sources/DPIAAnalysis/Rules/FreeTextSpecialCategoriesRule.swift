import DPIAModel

/// Free-text fields and document uploads where subjects or staff can enter special categories (HW:
/// "delen van gevoelige/bijzondere gegevens door vrije tekstvelden en uploaden documenten").
public struct FreeTextSpecialCategoriesRule: Rule {
    public static let description = RuleDescription(
        id: "free_text_special_categories",
        title: LocalizedText(
            nl: "Vrije tekst en uploads kunnen bijzondere gegevens bevatten",
            en: "Free text and uploads can carry special-category data"),
        explanation: LocalizedText(
            nl: """
                In een vrij tekstveld of een geüpload document (cv, brief) kan iedereen alles zetten: \
                gezondheid, religie, schulden, strafbladen. Die gegevens zijn dan buiten de afgewogen \
                gegevensset om zichtbaar voor wie het veld ziet. De regel meldt elk gegeven van soort \
                `free-text`.
                """,
            en: """
                In a free-text field or an uploaded document (CV, letter) anyone can write anything: health, \
                religion, debts, criminal records. That data then becomes visible to whoever sees the field, \
                outside the assessed data set. The rule reports every item of kind `free-text`.
                """),
        legalReference: "art. 5 lid 1 onder c AVG; art. 9 AVG; art. 25 AVG",
        likelihood: .medium, impact: .medium,
        suggestedMeasure: LocalizedText(
            nl:
                "Vervang vrije tekst door keuzelijsten waar het kan, waarschuw bij invoer geen gevoelige gegevens te delen, controleer steekproefsgewijs en neem het op in de privacyverklaring.",
            en:
                "Replace free text with pick lists where possible, warn at entry not to share sensitive data, check samples and mention it in the privacy statement."
        ),
        triggeringExamples: [
            RuleExample(
                """
                data+:
                  - id: werkervaring
                    name: Cv-upload en vrij tekstveld
                    kind: free-text
                """, at: ["data/werkervaring"])
        ],
        nonTriggeringExamples: [RuleExample("")])

    public init() {}

    public func validate(_ context: AnalysisContext) -> [Violation] {
        context.activity.data.compactMap { item -> Violation? in
            guard item.kind == .freeText else { return nil }
            return Violation(
                "data/\(item.id)",
                LocalizedText(
                    nl:
                        "In \(item.name) kunnen betrokkenen of medewerkers gevoelige of bijzondere gegevens kwijt die zo zichtbaar worden voor iedereen die het veld ziet.",
                    en:
                        "In \(item.name) data subjects or staff can put sensitive or special-category data, which then becomes visible to everyone who sees the field."
                ))
        }
    }
}
