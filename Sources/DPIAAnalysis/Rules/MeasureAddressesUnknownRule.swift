import DPIAModel

/// A measure whose `addresses` names no known rule, finding or risk: probably a typo, and then the
/// finding it meant stays unaddressed.
public struct MeasureAddressesUnknownRule: PlanRule {
    public static let description = RuleDescription(
        id: "measure_addresses_unknown",
        title: LocalizedText(
            nl: "Maatregel verwijst naar onbekende regel, bevinding of risico",
            en: "Measure refers to an unknown rule, finding or risk"),
        explanation: LocalizedText(
            nl: """
                `addresses` van een maatregel noemt regel-id's (zie `dpia rules`), bevinding-id's \
                (`regel_id@pad`) of id's van risico's uit `risks:`. Een naam die niets van dat alles is, is \
                meestal een tikfout: de bedoelde bevinding blijft dan onbehandeld. De regel meldt zo'n naam, \
                met de dichtstbijzijnde bekende naam als suggestie.
                """,
            en: """
                A measure's `addresses` names rule ids (see `dpia rules`), finding ids (`rule_id@path`) or ids \
                of risks in `risks:`. A name that is none of those is usually a typo, and the finding it meant \
                stays unaddressed. The rule reports such a name, suggesting the closest known one.
                """),
        legalReference: "art. 35 lid 7 onder d AVG",
        likelihood: .medium, impact: .medium,
        suggestedMeasure: LocalizedText(
            nl: "Verbeter de naam in `addresses` (zie `dpia rules` voor de regel-id's).",
            en: "Correct the name in `addresses` (see `dpia rules` for the rule ids)."),
        triggeringExamples: [
            RuleExample(
                """
                measures:
                  - id: m-bewaartermijn
                    addresses: [retention_deletion_not_automatd]
                    decision: mitigate
                """, at: ["measures/m-bewaartermijn/addresses/retention_deletion_not_automatd"])
        ],
        nonTriggeringExamples: [
            RuleExample(
                """
                measures:
                  - id: m-bewaartermijn
                    addresses: [retention_deletion_not_automated]
                    decision: mitigate
                """)
        ])

    public init() {}

    public func validate(_ context: AnalysisContext, findings: [Finding]) -> [Violation] {
        var known = RuleRegistry.ids
        for finding in findings { known.insert(finding.id); known.insert(finding.ruleID) }
        for risk in context.activity.risks ?? [] { known.insert(risk.id) }
        var violations: [Violation] = []
        for measure in context.activity.measures ?? [] {
            for address in measure.addresses where !known.contains(address) {
                let candidates = RuleRegistry.ids.union((context.activity.risks ?? []).map(\.id)).union(findings.map(\.id))
                let suggestion = Suggestion.closest(to: address, in: candidates.sorted())
                violations.append(
                    Violation(
                        "measures/\(measure.id)/addresses/\(address)",
                        LocalizedText(
                            nl:
                                "Maatregel '\(measure.id)' verwijst naar '\(address)', geen bekende regel, bevinding of risico\(suggestion.map { "; bedoelt u '\($0)'?" } ?? ".")",
                            en:
                                "Measure '\(measure.id)' refers to '\(address)', which is no known rule, finding or risk\(suggestion.map { "; did you mean '\($0)'?" } ?? ".")"
                        )))
            }
        }
        return violations
    }
}
