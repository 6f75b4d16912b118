import DPIAModel

/// The change process for the applications has no privacy review (HW).
public struct ChangeProcessWithoutPrivacyReviewRule: Rule {
    public static let description = RuleDescription(
        id: "change_process_without_privacy_review",
        title: LocalizedText(nl: "Wijzigingsproces zonder privacytoets", en: "Change process without a privacy review"),
        explanation: LocalizedText(
            nl: """
                Nieuwe velden, koppelingen of functies veranderen de risico's. Zonder privacy officer en \
                informatiebeveiliger in het wijzigingsproces sluipen nieuwe verwerkingen erin zonder toets, \
                of de wijziging nu van een leverancier of van het eigen team komt. De regel meldt \
                `change_process_includes_privacy_review: false`; als het niet is vastgelegd, met kans laag.
                """,
            en: """
                New fields, links or functions change the risks. Without a privacy officer and information \
                security officer in the change process, new processing slips in unreviewed, whether the \
                change comes from a supplier or the own team. The rule reports \
                `change_process_includes_privacy_review: false`; when it is not recorded, with low likelihood.
                """),
        legalReference: "art. 25 lid 1 AVG; art. 35 lid 11 AVG",
        likelihood: .medium, impact: .medium,
        suggestedMeasure: LocalizedText(
            nl:
                "Leg het wijzigingsproces vast met de rol van privacy officer en informatiebeveiliger bij elke wijziging met gevolgen voor persoonsgegevens.",
            en:
                "Record the change process with the roles of privacy officer and information security officer for every change that affects personal data."
        ),
        triggeringExamples: [
            RuleExample(
                """
                governance:
                  change_process_includes_privacy_review: false
                  source_system_link: true
                """, at: ["governance/change_process_includes_privacy_review"])
        ],
        nonTriggeringExamples: [RuleExample("")])

    public init() {}

    public func validate(_ context: AnalysisContext) -> [Violation] {
        let value = context.activity.governance?.changeProcessIncludesPrivacyReview
        guard value != true else { return [] }
        return [
            Violation(
                "governance/change_process_includes_privacy_review",
                value == nil
                    ? LocalizedText(
                        nl: "Niet vastgelegd is of het wijzigingsproces van de applicaties een privacytoets bevat.",
                        en: "It is not recorded whether the change process of the applications includes a privacy review.")
                    : LocalizedText(
                        nl: "Het wijzigingsproces van de applicaties bevat geen privacytoets.",
                        en: "The change process of the applications includes no privacy review."),
                likelihood: value == nil ? .low : nil)
        ]
    }
}
