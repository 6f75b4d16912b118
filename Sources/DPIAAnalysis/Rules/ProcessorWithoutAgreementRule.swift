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
                `role: processor` of `sub-processor` waarvan `processor_agreement` niet `status: signed` is: \
                een overeenkomst in voorbereiding of geen overeenkomst (kans hoog), of alleen een omschrijving \
                in `agreement` (formaat v1) waaruit niet blijkt dat zij getekend is (kans laag).
                """,
            en: """
                A processor or sub-processor processes only on instructions and under a contract that covers \
                confidentiality, security, sub-processors and return of data, among others (art. 28(3) GDPR; \
                for municipalities the VNG standard processor agreement). The rule reports every party with \
                `role: processor` or `sub-processor` whose `processor_agreement` is not `status: signed`: an \
                agreement in preparation or none (likelihood high), or only a description in `agreement` \
                (format v1) that does not show it was signed (likelihood low).
                """),
        legalReference: "art. 28 lid 3 en lid 4 AVG",
        likelihood: .medium, impact: .medium,
        suggestedMeasure: LocalizedText(
            nl:
                "Sluit een verwerkersovereenkomst (VNG Standaard verwerkersovereenkomst gemeenten) en leg vast dat zij getekend is en op welke datum.",
            en:
                "Conclude a processor agreement (VNG standard processor agreement for municipalities) and record that it was signed, and on which date."
        ),
        triggeringExamples: [
            RuleExample("", removing: Self.agreement, at: ["parties/leverancier"]),
            // "Nog niet gesloten" is text in a field, not a signed agreement.
            RuleExample(Self.supplier("agreement: Nog niet gesloten"), removing: Self.agreement, at: ["parties/leverancier/agreement"]),
            RuleExample(
                Self.supplier("processor_agreement: { status: in-preparation }"),
                at: ["parties/leverancier/processor_agreement"]),
        ],
        nonTriggeringExamples: [
            RuleExample(""),
            RuleExample(Self.supplier("processor_agreement: { status: signed, date: 2024-01-15 }")),
        ])

    /// The base spec's signed agreement with the platform's supplier.
    private static let agreement = ["parties/leverancier/processor_agreement"]

    /// The platform's supplier of the base spec with `field` changed or added.
    private static func supplier(_ field: String) -> String {
        """
        parties+:
          - id: leverancier
            \(field)
        """
    }

    public init() {}

    public func validate(_ context: AnalysisContext) -> [Violation] {
        context.activity.parties.compactMap { party -> Violation? in
            guard party.role.isProcessor else { return nil }
            let what = party.role == .subProcessor ? ("sub-verwerker", "sub-processor") : ("verwerker", "processor")
            switch party.processorAgreement?.status {
            case .signed?:
                return nil
            case .inPreparation?:
                return Violation(
                    "parties/\(party.id)/processor_agreement",
                    LocalizedText(
                        nl: "\(party.name) is \(what.0), maar de verwerkersovereenkomst is nog in voorbereiding.",
                        en: "\(party.name) is a \(what.1), but the processor agreement is still in preparation."),
                    likelihood: .high)
            case AgreementStatus.none?:
                return Violation(
                    "parties/\(party.id)/processor_agreement",
                    LocalizedText(
                        nl: "\(party.name) is \(what.0), en er is geen verwerkersovereenkomst.",
                        en: "\(party.name) is a \(what.1), and there is no processor agreement."), likelihood: .high)
            case nil:
                guard isBlank(party.agreement) else {
                    return Violation(
                        "parties/\(party.id)/agreement",
                        LocalizedText(
                            nl:
                                "\(party.name) is \(what.0); `agreement` beschrijft een overeenkomst, maar niet of zij getekend is en wanneer (leg dat vast in `processor_agreement`).",
                            en:
                                "\(party.name) is a \(what.1); `agreement` describes an agreement, but not whether and when it was signed (record that in `processor_agreement`)."
                        ),
                        likelihood: .low)
                }
                return Violation(
                    "parties/\(party.id)",
                    LocalizedText(
                        nl: "\(party.name) is \(what.0) maar er is geen verwerkersovereenkomst vastgelegd (`processor_agreement`).",
                        en: "\(party.name) is a \(what.1) but no processor agreement is recorded (`processor_agreement`)."))
            }
        }
    }
}
