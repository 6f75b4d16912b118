import DPIAModel

/// Special-category data (health, e.g. "belastbaarheid") without an art. 9 exception and its
/// national-law basis (HW; STAP: medical data may not be shared, a medical statement may).
public struct SpecialCategoryWithoutExceptionRule: Rule {
    public static let description = RuleDescription(
        id: "special_category_without_exception",
        title: LocalizedText(nl: "Bijzondere persoonsgegevens zonder uitzondering",
                             en: "Special-category data without an exception"),
        explanation: LocalizedText(
            nl: """
            Gegevens over gezondheid (ook belastbaarheid of een arbeidsbeperking), etniciteit, religie, \
            politieke opvattingen, vakbondslidmaatschap, seksleven, genetische en biometrische gegevens \
            mogen alleen worden verwerkt met een uitzondering van art. 9 lid 2 AVG en de nationale \
            grondslag daarvoor (UAVG art. 22–30; voor re-integratie UAVG art. 30 lid 1 onder b). De regel \
            meldt elk gegeven van zo'n soort dat een doel zonder `special_basis` gebruikt.
            """,
            en: """
            Data about health (including physical capacity or a work disability), ethnicity, religion, \
            political opinions, trade-union membership, sex life, genetic and biometric data may only be \
            processed under an exception of art. 9(2) GDPR and its national basis (UAVG art. 22–30; for \
            re-integration UAVG art. 30(1)(b)). The rule reports every item of such a kind that a purpose \
            uses without `special_basis`.
            """),
        legalReference: "art. 9 AVG; UAVG art. 22–30",
        likelihood: .high, impact: .high,
        suggestedMeasure: LocalizedText(
            nl: "Noem per doel de uitzondering en nationale grondslag in `special_basis`, of verwerk het gegeven niet (vraag bijvoorbeeld een verklaring over geschiktheid in plaats van medische gegevens).",
            en: "Name the exception and national basis per purpose in `special_basis`, or do not process the data (ask, for example, a statement of suitability instead of medical data)."),
        triggeringExamples: [RuleExample("""
            data:
              - id: naam
                name: Naam
                kind: identification
                subjects: [werkzoekenden-a]
              - id: contactgegevens
                name: E-mailadres
                kind: contact
                subjects: [werkzoekenden-a]
              - id: werkervaring
                name: Fysieke belastbaarheid
                kind: health
                subjects: [werkzoekenden-a]
            """)],
        nonTriggeringExamples: [RuleExample("""
            data:
              - id: naam
                name: Naam
                kind: identification
                subjects: [werkzoekenden-a]
              - id: contactgegevens
                name: E-mailadres
                kind: contact
                subjects: [werkzoekenden-a]
              - id: werkervaring
                name: Fysieke belastbaarheid
                kind: health
                subjects: [werkzoekenden-a]
            purposes:
              - id: matching
                description: Werkzoekenden begeleiden naar werk.
                basis: public-task
                law: [Participatiewet art. 7 lid 1]
                special_basis: UAVG art. 30 lid 1 onder b
                data: [naam, contactgegevens, werkervaring]
            security:
              measures: [encryption-in-transit, encryption-at-rest, 2fa, role-based-access, access-logging]
            """)])

    public init() {}

    public func validate(_ context: AnalysisContext) -> [Violation] {
        SpecialDataException.violations(
            in: context, where: \.isSpecialCategory,
            what: LocalizedText(nl: "bijzonder persoonsgegeven", en: "special category"),
            exception: LocalizedText(nl: "een uitzondering van art. 9 AVG met nationale grondslag",
                                     en: "an art. 9 GDPR exception with its national basis"))
    }
}
