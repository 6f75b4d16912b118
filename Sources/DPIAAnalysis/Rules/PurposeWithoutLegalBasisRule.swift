import DPIAModel

/// A purpose without a legal basis (STAP step 1: without a ground, no sharing).
public struct PurposeWithoutLegalBasisRule: Rule {
    public static let description = RuleDescription(
        id: "purpose_without_legal_basis",
        title: LocalizedText(nl: "Doel zonder rechtsgrond", en: "Purpose without a legal basis"),
        explanation: LocalizedText(
            nl: """
                Elke verwerking steunt op een van de zes grondslagen van art. 6 lid 1 AVG. Zonder grondslag \
                mag er niets verwerkt of gedeeld worden (stappenplan onderwijs-zorg-arbeid, stap 1). De regel \
                meldt een doel zonder `basis`; een verenigbare verdere verwerking (`further_processing_of`) \
                steunt op de grondslag van het oorspronkelijke doel en valt hier niet onder.
                """,
            en: """
                Every processing rests on one of the six bases of art. 6(1) GDPR. Without a basis nothing may \
                be processed or shared (education-care-labour step plan, step 1). The rule reports a purpose \
                without `basis`; compatible further processing (`further_processing_of`) rests on the original \
                purpose's basis and is not reported here.
                """),
        legalReference: "art. 6 lid 1 AVG",
        likelihood: .high, impact: .high,
        suggestedMeasure: LocalizedText(
            nl: "Bepaal de grondslag (`basis`) van het doel met de wet die de taak of plicht toekent, of stop deze verwerking.",
            en: "Determine the purpose's basis (`basis`) with the law that assigns the task or obligation, or stop this processing."),
        triggeringExamples: [
            RuleExample("", removing: ["purposes/matching/basis", "purposes/matching/law"], at: ["purposes/matching"])
        ],
        nonTriggeringExamples: [RuleExample("")])

    public init() {}

    public func validate(_ context: AnalysisContext) -> [Violation] {
        context.activity.purposes.compactMap { purpose -> Violation? in
            guard purpose.basis == nil, purpose.furtherProcessingOf == nil else { return nil }
            return Violation(
                "purposes/\(purpose.id)",
                LocalizedText(
                    nl:
                        "Doel \(context.label(purpose: purpose).nl) noemt geen rechtsgrond (`basis`): zonder grondslag is de verwerking onrechtmatig.",
                    en:
                        "Purpose \(context.label(purpose: purpose).en) names no legal basis (`basis`): without one the processing is unlawful."
                ))
        }
    }
}
