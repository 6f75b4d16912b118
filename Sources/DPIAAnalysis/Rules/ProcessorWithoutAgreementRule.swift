import DPIAModel

/// A processor or sub-processor without a processor agreement (art. 28; HW: VNG standard agreement).
public struct ProcessorWithoutAgreementRule: Rule {
    public static let description = RuleDescription(
        id: "processor_without_agreement",
        title: LocalizedText(nl: "Verwerker zonder verwerkersovereenkomst", en: "Processor without a processor agreement"),
        explanation: LocalizedText(
            nl: """
            Een verwerker of sub-verwerker verwerkt alleen op instructie en onder een overeenkomst die \
            onder meer geheimhouding, beveiliging, sub-verwerkers en teruggave regelt (art. 28 lid 3 \
            AVG; voor gemeenten de VNG Standaard verwerkersovereenkomst). De regel meldt elke partij met \
            `role: processor` of `sub-processor` zonder `agreement`.
            """,
            en: """
            A processor or sub-processor processes only on instructions and under a contract that covers \
            confidentiality, security, sub-processors and return of data, among others (art. 28(3) GDPR; \
            for municipalities the VNG standard processor agreement). The rule reports every party with \
            `role: processor` or `sub-processor` without `agreement`.
            """),
        legalReference: "art. 28 lid 3 en lid 4 AVG",
        likelihood: .medium, impact: .medium,
        suggestedMeasure: LocalizedText(
            nl: "Sluit een verwerkersovereenkomst (VNG Standaard verwerkersovereenkomst gemeenten) en noem haar in `agreement`.",
            en: "Conclude a processor agreement (VNG standard processor agreement for municipalities) and name it in `agreement`."),
        triggeringExamples: [RuleExample("""
            parties:
              - id: gemeente-a
                name: Gemeente A
                type: municipality
                role: controller
              - id: gemeente-b
                name: Gemeente B
                type: municipality
                role: recipient
              - id: werkgevers-a
                name: Werkgevers uitgenodigd door gemeente A
                type: employer
                role: recipient
                affiliated: [gemeente-a]
              - id: leverancier
                name: Leverancier van het platform
                type: supplier
                role: processor
                location: NL
            """)],
        nonTriggeringExamples: [RuleExample("")])

    public init() {}

    public func validate(_ context: AnalysisContext) -> [Violation] {
        context.activity.parties.compactMap { party -> Violation? in
            guard party.role.isProcessor, isBlank(party.agreement) else { return nil }
            return Violation("parties/\(party.id)", LocalizedText(
                nl: "\(party.name) is \(party.role == .subProcessor ? "sub-verwerker" : "verwerker") maar er is geen verwerkersovereenkomst vastgelegd (`agreement`).",
                en: "\(party.name) is a \(party.role == .subProcessor ? "sub-processor" : "processor") but no processor agreement is recorded (`agreement`)."))
        }
    }
}
