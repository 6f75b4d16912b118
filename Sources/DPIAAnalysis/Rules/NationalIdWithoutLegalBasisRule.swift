import DPIAModel

/// BSN processed without a law that prescribes its use (UAVG art. 46); HW explicitly does not use it.
public struct NationalIdWithoutLegalBasisRule: Rule {
    public static let description = RuleDescription(
        id: "national_id_without_legal_basis",
        title: LocalizedText(nl: "BSN zonder wettelijke grondslag", en: "National id (BSN) without a legal basis"),
        explanation: LocalizedText(
            nl: """
                Het burgerservicenummer mag alleen worden gebruikt als een wet dat voorschrijft (UAVG art. \
                46, art. 87 AVG). UAVG art. 46 is die beperking zelf, geen grondslag. De regel meldt elk \
                gegeven van soort `national-id` dat een doel gebruikt zonder in `national_id_basis` (of \
                `special_basis`) een bepaling uit de catalogus te noemen die het BSN voorschrijft voor de \
                verwerkingsverantwoordelijke (zoals Wabb art. 10 voor overheidsorganen).
                """,
            en: """
                The citizen service number (BSN) may only be used where a law prescribes it (UAVG art. 46, \
                art. 87 GDPR). UAVG art. 46 is that restriction itself, not a basis. The rule reports every \
                item of kind `national-id` that a purpose uses without naming in `national_id_basis` (or \
                `special_basis`) a provision of the catalogue that prescribes the BSN for the controller \
                (such as Wabb art. 10 for public bodies).
                """),
        legalReference: "art. 87 AVG; UAVG art. 46",
        likelihood: .high, impact: .medium,
        suggestedMeasure: LocalizedText(
            nl: "Noem in `national_id_basis` de wet die het gebruik van het BSN voorschrijft, of gebruik een eigen klantnummer.",
            en: "Name in `national_id_basis` the law that prescribes use of the BSN, or use an own client number."),
        triggeringExamples: [
            RuleExample(Self.bsn, at: ["data/naam"]),
            // The restriction itself is no basis (a keyword matcher sees a filled-in field).
            RuleExample(
                Self.bsn + """

                    purposes+:
                      - id: matching
                        national_id_basis: [UAVG art. 46]
                    """, at: ["data/naam"]),
        ],
        nonTriggeringExamples: [
            RuleExample(""),
            RuleExample(
                Self.bsn + """

                    purposes+:
                      - id: matching
                        national_id_basis: [wabb-10]
                    """),
        ])

    private static let bsn = """
        data+:
          - id: naam
            name: BSN
            kind: national-id
        """

    public init() {}

    public func validate(_ context: AnalysisContext) -> [Violation] {
        SpecialDataException.violations(
            in: context, where: { $0 == .nationalID }, need: .nationalID,
            what: LocalizedText(nl: "nationaal identificatienummer", en: "national identification number"),
            exception: LocalizedText(nl: "de wet die het gebruik voorschrijft", en: "the law that prescribes its use"))
    }
}
