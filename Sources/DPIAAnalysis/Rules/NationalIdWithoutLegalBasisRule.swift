import DPIAModel

/// BSN processed without a law that prescribes its use (UAVG art. 46); HW explicitly does not use it.
public struct NationalIdWithoutLegalBasisRule: Rule {
    public static let description = RuleDescription(
        id: "national_id_without_legal_basis",
        title: LocalizedText(nl: "BSN zonder wettelijke grondslag", en: "National id (BSN) without a legal basis"),
        explanation: LocalizedText(
            nl: """
            Het burgerservicenummer mag alleen worden gebruikt als een wet dat voorschrijft (UAVG art. \
            46, art. 87 AVG). De regel meldt elk gegeven van soort `national-id` dat een doel zonder \
            `special_basis` (de wet die het gebruik voorschrijft) gebruikt.
            """,
            en: """
            The citizen service number (BSN) may only be used where a law prescribes it (UAVG art. 46, \
            art. 87 GDPR). The rule reports every item of kind `national-id` that a purpose uses without \
            `special_basis` (the law that prescribes its use).
            """),
        legalReference: "art. 87 AVG; UAVG art. 46",
        likelihood: .high, impact: .medium,
        suggestedMeasure: LocalizedText(
            nl: "Noem in `special_basis` de wet die het gebruik van het BSN voorschrijft, of gebruik een eigen klantnummer.",
            en: "Name in `special_basis` the law that prescribes use of the BSN, or use an own client number."),
        triggeringExamples: [RuleExample("""
            data:
              - id: naam
                name: BSN
                kind: national-id
                subjects: [werkzoekenden-a]
              - id: contactgegevens
                name: E-mailadres
                kind: contact
                subjects: [werkzoekenden-a]
              - id: werkervaring
                name: Werkervaring
                kind: work
                subjects: [werkzoekenden-a]
            """)],
        nonTriggeringExamples: [RuleExample("")])

    public init() {}

    public func validate(_ context: AnalysisContext) -> [Violation] {
        SpecialDataException.violations(
            in: context, where: { $0 == .nationalID },
            what: LocalizedText(nl: "nationaal identificatienummer", en: "national identification number"),
            exception: LocalizedText(nl: "de wet die het gebruik voorschrijft", en: "the law that prescribes its use"))
    }
}
