import DPIAModel

/// Public task or legal obligation without the statutory article that assigns it, or with only the
/// AVG itself or a generic mandate (ZTM LAW-02/03).
public struct PublicTaskWithoutStatutoryArticleRule: Rule {
    public static let description = RuleDescription(
        id: "public_task_without_statutory_article",
        title: LocalizedText(nl: "Publieke taak of wettelijke plicht zonder wetsartikel",
                             en: "Public task or legal obligation without a statutory article"),
        explanation: LocalizedText(
            nl: """
            De grondslagen publieke taak en wettelijke verplichting (art. 6 lid 1 onder c en e AVG) \
            vragen een basis in de nationale wet (art. 6 lid 3 AVG): het artikel dat de taak of plicht \
            toekent, zoals Participatiewet art. 7. Art. 6 AVG zelf of een algemeen mandaat is die basis \
            niet (scriptie Zoetermeer, LAW-02/03). De regel meldt zo'n doel zonder `law`, of met alleen \
            verwijzingen naar de AVG of UAVG.
            """,
            en: """
            The bases public task and legal obligation (art. 6(1)(c) and (e) GDPR) need a basis in \
            national law (art. 6(3) GDPR): the article that assigns the task or obligation, such as \
            Participatiewet art. 7. Art. 6 GDPR itself or a generic mandate is not such a basis \
            (Zoetermeer thesis, LAW-02/03). The rule reports such a purpose without `law`, or with only \
            references to the GDPR or its implementing act.
            """),
        legalReference: "art. 6 lid 3 AVG",
        likelihood: .medium, impact: .high,
        suggestedMeasure: LocalizedText(
            nl: "Noem in `law` het wetsartikel dat de taak of plicht toekent (bijvoorbeeld Participatiewet art. 7 lid 1).",
            en: "Name in `law` the statutory article that assigns the task or obligation (for example Participatiewet art. 7(1))."),
        triggeringExamples: [
            RuleExample("""
                purposes:
                  - id: matching
                    description: Werkzoekenden begeleiden naar werk.
                    basis: public-task
                    law: [AVG art. 6 lid 1 onder e]
                    data: [naam, contactgegevens, werkervaring]
                """),
            RuleExample("""
                purposes:
                  - id: matching
                    description: Werkzoekenden begeleiden naar werk.
                    basis: legal-obligation
                    data: [naam, contactgegevens, werkervaring]
                """),
        ],
        nonTriggeringExamples: [RuleExample("")])

    public init() {}

    public func validate(_ context: AnalysisContext) -> [Violation] {
        context.activity.purposes.compactMap { purpose -> Violation? in
            guard purpose.basis == .publicTask || purpose.basis == .legalObligation else { return nil }
            let specific = purpose.law.filter { !isBlank($0) && !Self.isGeneric($0) }
            guard specific.isEmpty else { return nil }
            let named = purpose.law.filter { !isBlank($0) }
            let why = named.isEmpty
                ? LocalizedText(nl: "noemt geen wetsartikel", en: "names no statutory article")
                : LocalizedText(nl: "noemt alleen \(named.joinedList(.nl)), niet de wet die de taak toekent",
                                en: "names only \(named.joinedList(.en)), not the law that assigns the task")
            return Violation("purposes/\(purpose.id)/law", LocalizedText(
                nl: "Doel '\(purpose.id)' steunt op \(purpose.basis == .publicTask ? "een publieke taak" : "een wettelijke verplichting") maar \(why.nl).",
                en: "Purpose '\(purpose.id)' rests on \(purpose.basis == .publicTask ? "a public task" : "a legal obligation") but \(why.en)."))
        }
    }

    /// References to the AVG/GDPR or UAVG themselves, which assign no task.
    static func isGeneric(_ law: String) -> Bool {
        let words = law.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        return words.contains { ["avg", "gdpr", "uavg", "algemene", "verordening"].contains($0) }
            && !words.contains { ["participatiewet", "suwi", "wmo", "jeugdwet", "gemeentewet", "archiefwet"].contains($0) }
    }
}
