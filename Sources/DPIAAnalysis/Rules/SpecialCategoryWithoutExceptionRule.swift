import DPIAModel

/// Special-category data (health, e.g. "belastbaarheid") without an art. 9 exception and its
/// national-law basis (HW; STAP: medical data may not be shared, a medical statement may).
public struct SpecialCategoryWithoutExceptionRule: Rule {
    public static let description = RuleDescription(
        id: "special_category_without_exception",
        title: LocalizedText(
            nl: "Bijzondere persoonsgegevens zonder uitzondering",
            en: "Special-category data without an exception"),
        explanation: LocalizedText(
            nl: """
                Gegevens over gezondheid (ook belastbaarheid of een arbeidsbeperking), etniciteit, religie, \
                politieke opvattingen, vakbondslidmaatschap, seksleven, genetische en biometrische gegevens \
                mogen alleen worden verwerkt met een uitzondering van art. 9 lid 2 AVG en de nationale \
                grondslag daarvoor (UAVG art. 22–30; voor re-integratie door gemeenten en UWV UAVG art. 30 \
                lid 1 onder a). De regel meldt elk gegeven van zo'n soort dat een doel gebruikt zonder in \
                `special_category_basis` (of `special_basis`) een uitzondering uit de catalogus te noemen die \
                voor de verwerkingsverantwoordelijke geldt; een uitzondering van art. 9 lid 2 AVG die nationaal \
                recht vraagt telt alleen met die bepaling, en uitdrukkelijke toestemming niet als de betrokkene \
                afhankelijk is van wie haar vraagt.
                """,
            en: """
                Data about health (including physical capacity or a work disability), ethnicity, religion, \
                political opinions, trade-union membership, sex life, genetic and biometric data may only be \
                processed under an exception of art. 9(2) GDPR and its national basis (UAVG art. 22–30; for \
                re-integration by municipalities and UWV UAVG art. 30(1)(a)). The rule reports every item of \
                such a kind that a purpose uses without naming in `special_category_basis` (or \
                `special_basis`) an exception of the catalogue that holds for the controller; an art. 9(2) \
                exception that needs national law counts only with that provision, and explicit consent not \
                where the person depends on the one asking.
                """),
        legalReference: "art. 9 AVG; UAVG art. 22–30",
        likelihood: .high, impact: .high,
        suggestedMeasure: LocalizedText(
            nl:
                "Noem per doel de uitzondering en nationale grondslag in `special_basis`, of verwerk het gegeven niet (vraag bijvoorbeeld een verklaring over geschiktheid in plaats van medische gegevens).",
            en:
                "Name the exception and national basis per purpose in `special_basis`, or do not process the data (ask, for example, a statement of suitability instead of medical data)."
        ),
        triggeringExamples: [
            RuleExample(Self.health, at: ["data/werkervaring"]),
            // The schools' exception cited by a municipality: a filled-in field that is not an exception for it.
            RuleExample(Self.health + Self.purpose("special_basis: UAVG art. 30 lid 1 onder b"), at: ["data/werkervaring"]),
            // Art. 9(2)(g) needs a provision of national law next to it.
            RuleExample(Self.health + Self.purpose("special_category_basis: [art. 9 lid 2 onder g AVG]"), at: ["data/werkervaring"]),
        ],
        nonTriggeringExamples: [
            RuleExample(Self.health + Self.purpose("special_category_basis: [UAVG art. 30 lid 1 onder a]")),
            RuleExample(Self.health + Self.purpose("special_category_basis: [uavg-30-1-a]")),
        ])

    private static let health = """
        data+:
          - id: werkervaring
            name: Fysieke belastbaarheid
            kind: health
        """

    private static func purpose(_ basis: String) -> String {
        """

        purposes+:
          - id: matching
            \(basis)
        """
    }

    public init() {}

    public func validate(_ context: AnalysisContext) -> [Violation] {
        SpecialDataException.violations(
            in: context, where: \.isSpecialCategory, need: .specialCategory,
            what: LocalizedText(nl: "bijzonder persoonsgegeven", en: "special category"),
            exception: LocalizedText(
                nl: "een uitzondering van art. 9 AVG met nationale grondslag",
                en: "an art. 9 GDPR exception with its national basis"))
    }
}
