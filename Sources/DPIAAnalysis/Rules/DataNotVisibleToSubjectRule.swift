import DPIAModel

/// Data recorded about subjects that they cannot see themselves (HW: BBL and target-group register
/// flags not visible to the candidate).
public struct DataNotVisibleToSubjectRule: Rule {
    public static let description = RuleDescription(
        id: "data_not_visible_to_subject",
        title: LocalizedText(
            nl: "Gegevens niet zichtbaar voor de betrokkene",
            en: "Data not visible to the data subject"),
        explanation: LocalizedText(
            nl: """
                Wat over iemand wordt vastgelegd en aan anderen getoond, hoort hij zelf te kunnen zien en te \
                laten corrigeren. Onzichtbare kenmerken (zoals een registratie in het doelgroepregister) \
                kunnen zijn kansen beïnvloeden zonder dat hij het weet. De regel meldt elk gegeven met \
                `visible_to_subject: false`.
                """,
            en: """
                What is recorded about someone and shown to others, they should be able to see and have \
                corrected. Invisible markers (such as a target-group registration) can affect their chances \
                without their knowing. The rule reports every item with `visible_to_subject: false`.
                """),
        legalReference: "art. 5 lid 1 onder a AVG; art. 13–15 AVG",
        likelihood: .medium, impact: .medium,
        suggestedMeasure: LocalizedText(
            nl: "Maak de gegevens zichtbaar voor de betrokkene en noem ze in de privacyverklaring.",
            en: "Make the data visible to the data subject and name it in the privacy statement."),
        triggeringExamples: [
            RuleExample(
                """
                data+:
                  - id: werkervaring
                    name: BBL-traject ja/nee
                    kind: education
                    visible_to_subject: false
                """, at: ["data/werkervaring/visible_to_subject"])
        ],
        nonTriggeringExamples: [RuleExample("")])

    public init() {}

    public func validate(_ context: AnalysisContext) -> [Violation] {
        context.activity.data.compactMap { item -> Violation? in
            guard item.visibleToSubject == false else { return nil }
            return Violation(
                "data/\(item.id)/visible_to_subject",
                LocalizedText(
                    nl: "\(item.name) wordt vastgelegd maar is niet zichtbaar voor de betrokkene zelf.",
                    en: "\(item.name) is recorded but not visible to the data subject."))
        }
    }
}
