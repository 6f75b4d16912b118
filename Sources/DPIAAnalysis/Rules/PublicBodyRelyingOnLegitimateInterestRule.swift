import DPIAModel

/// A public body relying on legitimate interest for its public task (recital 47; STAP, ZTM).
public struct PublicBodyRelyingOnLegitimateInterestRule: Rule {
    public static let description = RuleDescription(
        id: "public_body_relies_on_legitimate_interest",
        title: LocalizedText(
            nl: "Overheid beroept zich op gerechtvaardigd belang",
            en: "Public body relies on legitimate interest"),
        explanation: LocalizedText(
            nl: """
                Art. 6 lid 1 onder f AVG (gerechtvaardigd belang) geldt niet voor verwerkingen door \
                overheidsinstanties bij de uitvoering van hun taken (slot van art. 6 lid 1 en overweging 47). \
                De regel meldt een doel met `basis: legitimate-interest` als de verwerkingsverantwoordelijke \
                een gemeente, UWV of ander overheidsorgaan is.
                """,
            en: """
                Art. 6(1)(f) GDPR (legitimate interest) does not apply to processing by public authorities in \
                the performance of their tasks (last sentence of art. 6(1) and recital 47). The rule reports a \
                purpose with `basis: legitimate-interest` when the controller is a municipality, UWV or other \
                public body.
                """),
        legalReference: "art. 6 lid 1 (slot) AVG; overweging 47 AVG",
        likelihood: .medium, impact: .high,
        suggestedMeasure: LocalizedText(
            nl: "Baseer het doel op de publieke taak of wettelijke verplichting met het wetsartikel dat de taak toekent.",
            en: "Base the purpose on the public task or legal obligation with the article that assigns the task."),
        triggeringExamples: [
            RuleExample(
                """
                purposes+:
                  - id: matching
                    basis: legitimate-interest
                """, removing: ["purposes/matching/law"], at: ["purposes/matching/basis"])
        ],
        nonTriggeringExamples: [RuleExample("")])

    public init() {}

    public func validate(_ context: AnalysisContext) -> [Violation] {
        guard context.controllerIsPublic else { return [] }
        return context.activity.purposes.compactMap { purpose -> Violation? in
            guard purpose.basis == .legitimateInterest else { return nil }
            return Violation(
                "purposes/\(purpose.id)/basis",
                LocalizedText(
                    nl:
                        "Doel \(context.label(purpose: purpose).nl) steunt op gerechtvaardigd belang, maar \(context.name(ofParty: context.activity.controller)) is een overheidsorgaan dat zijn taak uitvoert.",
                    en:
                        "Purpose \(context.label(purpose: purpose).en) rests on legitimate interest, but \(context.name(ofParty: context.activity.controller)) is a public body performing its task."
                ))
        }
    }
}
