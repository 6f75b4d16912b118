import DPIAModel

/// A retention period whose deletion is manual or absent — "vernietiging na afloop van de
/// bewaartermijn is nog niet geautomatiseerd" (HW).
public struct RetentionDeletionNotAutomatedRule: Rule {
    public static let description = RuleDescription(
        id: "retention_deletion_not_automated",
        title: LocalizedText(
            nl: "Vernietiging na de bewaartermijn niet geautomatiseerd",
            en: "Deletion after the retention period not automated"),
        explanation: LocalizedText(
            nl: """
                Een bewaartermijn beschermt alleen als de gegevens na afloop ook echt verdwijnen. Handmatige \
                vernietiging wordt vergeten of uitgesteld; zonder vernietigingsproces blijven gegevens \
                staan. De regel meldt elke `retention`-regel met `deletion: manual`, `deletion: none` of \
                zonder `deletion`.
                """,
            en: """
                A retention period protects only when the data really disappears afterwards. Manual deletion \
                gets forgotten or postponed; without a deletion process data stays. The rule reports every \
                `retention` rule with `deletion: manual`, `deletion: none` or no `deletion`.
                """),
        legalReference: "art. 5 lid 1 onder e AVG; art. 25 AVG",
        likelihood: .medium, impact: .medium,
        suggestedMeasure: LocalizedText(
            nl: "Automatiseer signalering en vernietiging na afloop van de bewaartermijn, en wijs aan wie toeziet op de vernietiging.",
            en: "Automate signalling and deletion when the retention period ends, and name who supervises deletion."),
        triggeringExamples: [
            RuleExample(
                """
                retention:
                  - data: [naam, contactgegevens, werkervaring]
                    period: P10Y
                    source: VNG Selectielijst gemeenten 2020, categorie 12.1.1
                    deletion: manual
                """, at: ["retention/contactgegevens+naam+werkervaring/deletion"])
        ],
        nonTriggeringExamples: [RuleExample("")])

    public init() {}

    public func validate(_ context: AnalysisContext) -> [Violation] {
        (context.activity.retention ?? []).compactMap { rule -> Violation? in
            let how: LocalizedText
            switch rule.deletion {
            case .automated: return nil
            case .manual: how = LocalizedText(nl: "gebeurt handmatig", en: "is manual")
            case .none?: how = LocalizedText(nl: "gebeurt niet", en: "does not happen")
            case nil: how = LocalizedText(nl: "is niet vastgelegd", en: "is not recorded")
            }
            let names = rule.data.map(context.name(ofData:))
            return Violation(
                "retention/\(rule.key)/deletion",
                LocalizedText(
                    nl: "Vernietiging na de bewaartermijn van \(names.joinedList(.nl)) \(how.nl).",
                    en: "Deletion after the retention period of \(names.joinedList(.en)) \(how.en)."))
        }
    }
}
