import DPIAModel

/// Further processing (management reports, satisfaction surveys) without a compatibility assessment
/// (HW; art. 6 lid 4 AVG).
public struct FurtherProcessingWithoutCompatibilityRule: Rule {
    public static let description = RuleDescription(
        id: "further_processing_without_compatibility",
        title: LocalizedText(
            nl: "Verdere verwerking zonder verenigbaarheidstoets",
            en: "Further processing without a compatibility assessment"),
        explanation: LocalizedText(
            nl: """
                Gegevens die voor het ene doel zijn verzameld, mogen voor een ander doel (rapportages, \
                klanttevredenheidsonderzoek) alleen verder worden verwerkt als dat verenigbaar is: verband \
                tussen de doelen, context, aard van de gegevens, gevolgen en waarborgen (art. 6 lid 4 AVG). \
                De regel meldt een doel met `further_processing_of` zonder `compatibility`.
                """,
            en: """
                Data collected for one purpose may be processed for another (reports, satisfaction surveys) \
                only when that is compatible: link between the purposes, context, nature of the data, \
                consequences and safeguards (art. 6(4) GDPR). The rule reports a purpose with \
                `further_processing_of` and no `compatibility`.
                """),
        legalReference: "art. 5 lid 1 onder b en art. 6 lid 4 AVG",
        likelihood: .medium, impact: .medium,
        suggestedMeasure: LocalizedText(
            nl:
                "Toets de verenigbaarheid aan de criteria van art. 6 lid 4 AVG en leg de uitkomst vast in `compatibility`; werk waar mogelijk met geaggregeerde of gepseudonimiseerde gegevens.",
            en:
                "Assess compatibility against art. 6(4) GDPR and record the outcome in `compatibility`; use aggregated or pseudonymised data where possible."
        ),
        triggeringExamples: [
            RuleExample(
                """
                purposes+:
                  - id: tevredenheid
                    description: Klanttevredenheidsonderzoek.
                    further_processing_of: matching
                    basis: public-task
                    law: [Participatiewet art. 7 lid 1]
                    data: [contactgegevens]
                """, at: ["purposes/tevredenheid/further_processing_of"])
        ],
        nonTriggeringExamples: [
            RuleExample(
                """
                purposes+:
                  - id: tevredenheid
                    description: Klanttevredenheidsonderzoek.
                    further_processing_of: matching
                    compatibility: "Verenigbaar: zelfde dienstverlening, alleen contactgegevens, deelname vrijwillig."
                    basis: public-task
                    law: [Participatiewet art. 7 lid 1]
                    data: [contactgegevens]
                """)
        ])

    public init() {}

    public func validate(_ context: AnalysisContext) -> [Violation] {
        context.activity.purposes.compactMap { purpose -> Violation? in
            guard let original = purpose.furtherProcessingOf, isBlank(purpose.compatibility) else { return nil }
            return Violation(
                "purposes/\(purpose.id)/further_processing_of",
                LocalizedText(
                    nl:
                        "Doel \(context.label(purpose: purpose).nl) verwerkt gegevens van doel \(context.label(purpose: original).nl) verder zonder vastgelegde verenigbaarheidstoets (`compatibility`).",
                    en:
                        "Purpose \(context.label(purpose: purpose).en) further processes data of purpose \(context.label(purpose: original).en) without a recorded compatibility assessment (`compatibility`)."
                ))
        }
    }
}
