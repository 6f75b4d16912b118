import DPIAModel

/// Criminal data without an art. 10 basis.
public struct CriminalDataWithoutBasisRule: Rule {
    public static let description = RuleDescription(
        id: "criminal_data_without_basis",
        title: LocalizedText(nl: "Strafrechtelijke gegevens zonder grondslag", en: "Criminal data without a basis"),
        explanation: LocalizedText(
            nl: """
                Persoonsgegevens van strafrechtelijke aard mogen alleen onder overheidstoezicht of met een \
                wettelijke grondslag worden verwerkt (art. 10 AVG, UAVG art. 31–33). De regel meldt elk \
                gegeven van soort `criminal` dat een doel zonder `special_basis` gebruikt.
                """,
            en: """
                Personal data relating to criminal convictions and offences may only be processed under \
                official authority or with a statutory basis (art. 10 GDPR, UAVG art. 31–33). The rule reports \
                every item of kind `criminal` that a purpose uses without `special_basis`.
                """),
        legalReference: "art. 10 AVG; UAVG art. 31–33",
        likelihood: .high, impact: .high,
        suggestedMeasure: LocalizedText(
            nl:
                "Noem de grondslag van art. 10 AVG en UAVG in `special_basis`, of verwerk geen strafrechtelijke gegevens (vraag bijvoorbeeld een VOG).",
            en:
                "Name the art. 10 GDPR and UAVG basis in `special_basis`, or process no criminal data (ask, for example, a certificate of conduct)."
        ),
        triggeringExamples: [
            RuleExample(
                """
                data+:
                  - id: werkervaring
                    name: Justitiële antecedenten
                    kind: criminal
                """, at: ["data/werkervaring"])
        ],
        nonTriggeringExamples: [RuleExample("")])

    public init() {}

    public func validate(_ context: AnalysisContext) -> [Violation] {
        SpecialDataException.violations(
            in: context, where: { $0 == .criminal }, need: .criminalData,
            what: LocalizedText(nl: "strafrechtelijk gegeven", en: "criminal data"),
            exception: LocalizedText(nl: "een grondslag van art. 10 AVG", en: "an art. 10 GDPR basis"))
    }
}
