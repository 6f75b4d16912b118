import DPIAModel

/// Prior consultation of the AP (art. 36 AVG) when a high residual risk is accepted.
public struct PriorConsultationRequiredRule: PlanRule {
    public static let description = RuleDescription(
        id: "prior_consultation_required",
        title: LocalizedText(
            nl: "Voorafgaande raadpleging van de AP nodig",
            en: "Prior consultation of the AP required"),
        explanation: LocalizedText(
            nl: """
                Blijft na de maatregelen een hoog risico over en wordt dat geaccepteerd, dan moet de \
                verwerkingsverantwoordelijke de Autoriteit Persoonsgegevens raadplegen vóór de verwerking \
                begint (art. 36 AVG). De regel meldt elke maatregel met `decision: accept` voor een bevinding \
                of risico waarvan het restrisico hoog blijft: accepteren verlaagt een risico nooit, alleen \
                een beperkende maatregel met een lager `residual` doet dat.
                """,
            en: """
                When a high risk remains after the measures and is accepted, the controller must consult the \
                Dutch DPA (Autoriteit Persoonsgegevens) before processing starts (art. 36 GDPR). The rule \
                reports every measure with `decision: accept` for a finding or risk whose residual risk stays \
                high: accepting never lowers a risk, only a mitigating measure with a lower `residual` does.
                """),
        legalReference: "art. 36 lid 1 AVG",
        likelihood: .high, impact: .high,
        suggestedMeasure: LocalizedText(
            nl: "Neem aanvullende maatregelen tot het restrisico niet meer hoog is, of raadpleeg de AP vóór de start en leg dat vast.",
            en: "Take further measures until the residual risk is no longer high, or consult the AP before starting and record that."),
        triggeringExamples: [
            RuleExample(
                """
                data+:
                  - id: werkervaring
                    name: Fysieke belastbaarheid
                    kind: health
                measures:
                  - id: m-accepteren
                    addresses: [special_category_without_exception]
                    decision: accept
                """, at: ["measures/m-accepteren"])
        ],
        nonTriggeringExamples: [
            RuleExample(
                """
                data+:
                  - id: werkervaring
                    name: Fysieke belastbaarheid
                    kind: health
                measures:
                  - id: m-beperken
                    addresses: [special_category_without_exception]
                    decision: mitigate
                    residual: medium
                """)
        ])

    public init() {}

    public func validate(_ context: AnalysisContext, findings: [Finding]) -> [Violation] {
        var accepted: [String: [Finding]] = [:]   // measure id → accepted high findings
        let acceptingMeasures = Set((context.activity.measures ?? []).filter { $0.decision == .accept }.map(\.id))
        for finding in findings {
            guard let treatment = finding.treatment, treatment.residual == .high else { continue }
            for measure in treatment.measures where acceptingMeasures.contains(measure) {
                accepted[measure, default: []].append(finding)
            }
        }
        return (context.activity.measures ?? []).compactMap { measure -> Violation? in
            guard let risks = accepted[measure.id] else { return nil }
            // The risks by their titles, as the report names them, each title once: a rule's findings share
            // the rule's title, and a measure addressing the rule addresses all of them.
            let titles = risks.map(\.title).uniqued()
            let nl = titles.map { ElementName.quoted($0.nl).nl }.joinedList(.nl)
            let en = titles.map { ElementName.quoted($0.en).en }.joinedList(.en)
            let several = titles.count > 1
            return Violation(
                "measures/\(measure.id)",
                LocalizedText(
                    nl:
                        "Maatregel \(context.label(measure: measure).nl) accepteert \(several ? "hoge restrisico's" : "een hoog restrisico") (\(nl)): raadpleeg de Autoriteit Persoonsgegevens vóór de verwerking begint (art. 36 AVG).",
                    en:
                        "Measure \(context.label(measure: measure).en) accepts \(several ? "high residual risks" : "a high residual risk") (\(en)): consult the Dutch DPA before processing starts (art. 36 GDPR)."
                ))
        }
    }
}
