import DPIAModel

/// A legal reference (`grounds`, `law`, a basis, a competence) that names no provision of the catalogue:
/// it satisfies no legal condition, so the spec should name the provision (with a did-you-mean).
public struct GroundNotAProvisionRule: Rule {
    public static let description = RuleDescription(
        id: "ground_not_a_provision",
        title: LocalizedText(
            nl: "Noem de bepaling: verwijzing niet gevonden in de catalogus",
            en: "Name the provision: reference not found in the catalogue"),
        explanation: LocalizedText(
            nl: """
                De analyser beslist wettelijke voorwaarden alleen op bepalingen uit de catalogus (`dpia \
                provisions`): wet, artikel, lid en letter moeten samen precies één bepaling aanwijzen, of de \
                spec noemt haar id (`pw-65-1-c`). Een verwijzing die niets aanwijst ("art. 65 onder c" zonder \
                wet, "Participatiewet art. 7 lid 1 laatste zin", een omschrijving) telt voor geen enkele \
                voorwaarde. De regel meldt elke zo'n verwijzing in `grounds`, `law`, `special_basis`, \
                `special_category_basis`, `criminal_data_basis`, `national_id_basis` en \
                `recipient_competence.provision`, met de dichtstbijzijnde bepalingen. Ontbreekt de bepaling in \
                de catalogus, voeg haar dan toe met `--provisions`.
                """,
            en: """
                The analyser decides legal conditions only on provisions of the catalogue (`dpia provisions`): \
                law, article, lid and letter together must name exactly one provision, or the spec gives its \
                id (`pw-65-1-c`). A reference that names nothing ("art. 65 onder c" without a law, \
                "Participatiewet art. 7 lid 1 laatste zin", a description) counts for no condition. The rule \
                reports every such reference in `grounds`, `law`, `special_basis`, `special_category_basis`, \
                `criminal_data_basis`, `national_id_basis` and `recipient_competence.provision`, with the \
                nearest provisions. When the catalogue lacks the provision, add it with `--provisions`.
                """),
        legalReference: "art. 6 lid 3 AVG; art. 5 lid 2 AVG (verantwoordingsplicht)",
        likelihood: .low, impact: .low,
        suggestedMeasure: LocalizedText(
            nl:
                "Schrijf de verwijzing als wet, artikel, lid en letter (\"Participatiewet art. 65 lid 1 onder c\") of als id uit `dpia provisions`.",
            en:
                "Write the reference as law, article, lid and letter (\"Participatiewet art. 65 lid 1 onder c\") or as an id from `dpia provisions`."
        ),
        triggeringExamples: [
            RuleExample(
                """
                flows:
                  - id: profielen-naar-bureau
                    from: gemeente-a
                    to: bureau-x
                    data: [werkervaring]
                    purpose: matching
                    pseudonymised: true
                    grounds: [art. 65 onder c]
                """, at: ["flows/profielen-naar-bureau/grounds/0"]),
            RuleExample(
                """
                purposes+:
                  - id: matching
                    law: [Participatiewet art. 7 lid 1 laatste zin]
                """, at: ["purposes/matching/law/0"]),
        ],
        nonTriggeringExamples: [
            RuleExample(""),
            RuleExample(
                """
                flows:
                  - id: profielen-naar-bureau
                    from: gemeente-a
                    to: bureau-x
                    data: [werkervaring]
                    purpose: matching
                    pseudonymised: true
                    grounds: ["art. 65, eerste lid, onderdeel c, Participatiewet"]
                """),
        ])

    public init() {}

    public func validate(_ context: AnalysisContext) -> [Violation] {
        var violations: [Violation] = []
        LegalReference.visit(context.activity) { list, id, key, index, text in
            let unresolved = context.resolution(text).unresolved
            guard !unresolved.isEmpty, !text.allSatisfy(\.isWhitespace) else { return }
            let parts = unresolved.map { "'\($0.text)'" }
            let suggestions = unresolved.flatMap { citation in
                citation.suggestions.isEmpty ? nearest(citation.text, in: context) : citation.suggestions
            }
            let cited = suggestions.prefix(3).map { "\(context.catalogue.cite($0)) (`\($0.id)`)" }
            let hint =
                suggestions.isEmpty
                ? LocalizedText(nl: ".", en: ".")
                : LocalizedText(
                    nl: "; bedoelt u " + cited.joinedList(.nl, conjunction: "of") + "?",
                    en: "; did you mean " + cited.joinedList(.en, conjunction: "or") + "?")
            violations.append(
                Violation(
                    LegalReference.path(list, id, key, index),
                    LocalizedText(
                        nl:
                            "De \(key.role.nl) \(parts.joinedList(.nl)) wijst geen bepaling uit de catalogus aan en telt daarom voor geen enkele wettelijke voorwaarde\(hint.nl)",
                        en:
                            "The \(key.role.en) \(parts.joinedList(.en)) names no provision of the catalogue and so counts for no legal condition\(hint.en)"
                    )))
        }
        return violations
    }

    /// The provision whose citation is closest to the text, for a reference that could not be read at all.
    private func nearest(_ text: String, in context: AnalysisContext) -> [Provision] {
        let byCitation = Dictionary(context.catalogue.provisions.map { (context.catalogue.cite($0), $0) }, uniquingKeysWith: { a, _ in a })
        return Suggestion.closest(to: text, in: byCitation.keys.sorted()).flatMap { byCitation[$0] }.map { [$0] } ?? []
    }
}
