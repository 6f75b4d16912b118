import DPIAModel

/// Public task or legal obligation without the statutory article that assigns it, or with only the
/// AVG itself or a generic mandate (ZTM LAW-02/03).
public struct PublicTaskWithoutStatutoryArticleRule: Rule {
    public static let description = RuleDescription(
        id: "public_task_without_statutory_article",
        title: LocalizedText(
            nl: "Publieke taak of wettelijke plicht zonder wetsartikel",
            en: "Public task or legal obligation without a statutory article"),
        explanation: LocalizedText(
            nl: """
                De grondslagen publieke taak en wettelijke verplichting (art. 6 lid 1 onder c en e AVG) \
                vragen een basis in de nationale wet (art. 6 lid 3 AVG): het artikel dat de taak of plicht \
                toekent, zoals Participatiewet art. 7. Art. 6 AVG zelf of een algemeen mandaat is die basis \
                niet (scriptie Zoetermeer, LAW-02/03). De regel meldt zo'n doel waarvan `law` geen bepaling uit \
                de catalogus noemt die een taak of plicht toekent aan het soort partij van de \
                verwerkingsverantwoordelijke (een taak van UWV draagt geen doel van een gemeente).
                """,
            en: """
                The bases public task and legal obligation (art. 6(1)(c) and (e) GDPR) need a basis in \
                national law (art. 6(3) GDPR): the article that assigns the task or obligation, such as \
                Participatiewet art. 7. Art. 6 GDPR itself or a generic mandate is not such a basis \
                (Zoetermeer thesis, LAW-02/03). The rule reports such a purpose whose `law` names no provision \
                of the catalogue that assigns a task or obligation to the controller's kind of party (a task of \
                UWV carries no purpose of a municipality).
                """),
        legalReference: "art. 6 lid 3 AVG",
        likelihood: .medium, impact: .high,
        suggestedMeasure: LocalizedText(
            nl: "Noem in `law` het wetsartikel dat de taak of plicht toekent (bijvoorbeeld Participatiewet art. 7 lid 1).",
            en: "Name in `law` the statutory article that assigns the task or obligation (for example Participatiewet art. 7(1))."),
        triggeringExamples: [
            RuleExample(
                """
                purposes+:
                  - id: matching
                    law: [AVG art. 6 lid 1 onder e]
                """, at: ["purposes/matching/law"]),
            RuleExample(
                """
                purposes+:
                  - id: matching
                    basis: legal-obligation
                """, removing: ["purposes/matching/law"], at: ["purposes/matching/law"]),
            // UWV's task does not carry a municipality's purpose.
            RuleExample(
                """
                purposes+:
                  - id: matching
                    law: [Wet SUWI art. 30a]
                """, at: ["purposes/matching/law"]),
        ],
        nonTriggeringExamples: [RuleExample("")])

    public init() {}

    public func validate(_ context: AnalysisContext) -> [Violation] {
        let controllerType = context.organisationType(of: context.activity.controller)
        return context.activity.purposes.compactMap { purpose -> Violation? in
            guard purpose.basis == .publicTask || purpose.basis == .legalObligation else { return nil }
            let named = context.provisions(purpose.law)
            let assigning = named.filter { [.task, .disclosureDuty, .exchangeDuty, .crossDomain].contains($0.effect) }
            guard !assigning.contains(where: { $0.applies(to: controllerType) }) else { return nil }
            let written = purpose.law.filter { !isBlank($0) }
            let why: LocalizedText
            if !assigning.isEmpty {
                let cited = assigning.map { context.catalogue.cite($0) }
                let holders = assigning.holders
                why = LocalizedText(
                    nl: "noemt \(cited.joinedList(.nl)), een taak van \(holders.nl), niet van de verwerkingsverantwoordelijke",
                    en: "names \(cited.joinedList(.en)), a task of \(holders.en), not of the controller")
            } else if !named.isEmpty {
                let cited = named.map { "\(context.catalogue.cite($0)) (\($0.title))" }
                let citedEN = named.map { "\(context.catalogue.cite($0)) (\($0.titleEN))" }
                why = LocalizedText(
                    nl: "noemt alleen \(cited.joinedList(.nl)), geen wet die de taak toekent",
                    en: "names only \(citedEN.joinedList(.en)), not the law that assigns the task")
            } else if written.isEmpty {
                why = LocalizedText(nl: "noemt geen wetsartikel", en: "names no statutory article")
            } else {
                why = LocalizedText(
                    nl: "noemt \(written.map { "'\($0)'" }.joinedList(.nl)), dat geen bepaling uit de catalogus aanwijst",
                    en: "names \(written.map { "'\($0)'" }.joinedList(.en)), which names no provision of the catalogue")
            }
            return Violation(
                "purposes/\(purpose.id)/law",
                LocalizedText(
                    nl:
                        "Doel \(context.label(purpose: purpose).nl) steunt op \(purpose.basis == .publicTask ? "een publieke taak" : "een wettelijke verplichting") maar \(why.nl).",
                    en:
                        "Purpose \(context.label(purpose: purpose).en) rests on \(purpose.basis == .publicTask ? "a public task" : "a legal obligation") but \(why.en)."
                ))
        }
    }
}
