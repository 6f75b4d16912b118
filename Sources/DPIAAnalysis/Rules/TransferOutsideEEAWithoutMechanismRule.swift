import DPIAModel

/// Storage or transfer outside the EEA without a transfer mechanism (art. 44–49 AVG).
public struct TransferOutsideEEAWithoutMechanismRule: Rule {
    public static let description = RuleDescription(
        id: "transfer_outside_eea_without_mechanism",
        title: LocalizedText(nl: "Doorgifte buiten de EER zonder waarborg", en: "Transfer outside the EEA without a safeguard"),
        explanation: LocalizedText(
            nl: """
                Gegevens mogen alleen naar een land buiten de Europese Economische Ruimte met een \
                adequaatheidsbesluit, passende waarborgen (standaardcontractbepalingen, bindende \
                bedrijfsvoorschriften) of een uitzondering van art. 49 AVG. De regel meldt een `transfers`- \
                regel buiten de EER zonder `mechanism` (of met `none`), en een `locations`-regel buiten de EER \
                waarvoor geen doorgifte is beschreven.
                """,
            en: """
                Data may go to a country outside the European Economic Area only with an adequacy decision, \
                appropriate safeguards (standard contractual clauses, binding corporate rules) or an art. 49 \
                derogation. The rule reports a `transfers` entry outside the EEA without `mechanism` (or with \
                `none`), and a `locations` entry outside the EEA for which no transfer is described.
                """),
        legalReference: "art. 44–49 AVG",
        likelihood: .high, impact: .high,
        suggestedMeasure: LocalizedText(
            nl:
                "Sla de gegevens op in de EER, of leg de doorgifte vast met adequaatheidsbesluit of standaardcontractbepalingen plus een transfer impact assessment.",
            en:
                "Store the data in the EEA, or record the transfer with an adequacy decision or standard contractual clauses plus a transfer impact assessment."
        ),
        triggeringExamples: [
            RuleExample(
                """
                locations:
                  - party: leverancier
                    country: US
                """, at: ["locations/leverancier"])
        ],
        nonTriggeringExamples: [
            RuleExample(
                """
                locations:
                  - party: leverancier
                    country: US
                transfers:
                  - to: leverancier
                    country: US
                    mechanism: scc
                """)
        ])

    public init() {}

    public func validate(_ context: AnalysisContext) -> [Violation] {
        var violations: [Violation] = []
        var covered: Set<String> = []
        for transfer in context.activity.transfers ?? [] where !EEA.contains(transfer.country) {
            let mechanism = transfer.mechanism ?? TransferMechanism.none
            guard mechanism == .none else { covered.insert("\(transfer.to)|\(transfer.country.uppercased())"); continue }
            violations.append(
                Violation(
                    "transfers/\(transfer.to)",
                    LocalizedText(
                        nl:
                            "Gegevens gaan naar \(context.name(ofParty: transfer.to)) in \(transfer.country), buiten de EER, zonder doorgiftemechanisme.",
                        en:
                            "Data goes to \(context.name(ofParty: transfer.to)) in \(transfer.country), outside the EEA, without a transfer mechanism."
                    )))
            covered.insert("\(transfer.to)|\(transfer.country.uppercased())")
        }
        for location in context.activity.locations ?? [] where !EEA.contains(location.country) {
            guard !covered.contains("\(location.party)|\(location.country.uppercased())") else { continue }
            violations.append(
                Violation(
                    "locations/\(location.party)",
                    LocalizedText(
                        nl:
                            "\(context.name(ofParty: location.party)) verwerkt gegevens in \(location.country), buiten de EER, maar er is geen doorgifte met waarborg beschreven (`transfers`).",
                        en:
                            "\(context.name(ofParty: location.party)) processes data in \(location.country), outside the EEA, but no transfer with a safeguard is described (`transfers`)."
                    )))
        }
        return violations
    }
}
