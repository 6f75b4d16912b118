import DPIAModel

/// A disclosure whose grounds are tasks or duties of the recipient, not of the party that discloses:
/// a school's disclosure is not covered by the municipality's Participatiewet task (STAP step 1).
public struct DisclosureWithoutDisclosersGroundRule: Rule {
    public static let description = RuleDescription(
        id: "disclosure_without_disclosers_ground",
        title: LocalizedText(
            nl: "Verstrekking zonder grond van de verstrekkende partij",
            en: "Disclosure without a ground of the disclosing party"),
        explanation: LocalizedText(
            nl: """
                Elke partij die gegevens verstrekt, heeft daarvoor zelf een grond nodig (stappenplan, stap 1): \
                de taak van de ontvanger dekt het verstrekken niet. Een school die leerlinggegevens aan de \
                gemeente geeft, kan niet steunen op de Participatiewet-taak van de gemeente. De regel meldt een \
                stroom tussen twee organisaties waarvan de `grounds` alleen bepalingen uit de catalogus noemen \
                die een taak of plicht van een ander soort partij zijn dan de verstrekker (voor een verwerker: \
                de verwerkingsverantwoordelijke), zonder toestemming of schriftelijke verklaring van geen bezwaar.
                """,
            en: """
                Every party that discloses data needs a ground of its own (step plan, step 1): the recipient's \
                task does not cover the disclosure. A school giving pupils' data to the municipality cannot rely \
                on the municipality's Participatiewet task. The rule reports a flow between two organisations \
                whose `grounds` name only provisions of the catalogue that are a task or duty of another kind \
                of party than the discloser (for a processor: the controller), without consent or written \
                no-objection statement.
                """),
        legalReference: "art. 6 lid 1 en lid 3 AVG; art. 5 lid 1 onder a AVG",
        likelihood: .high, impact: .medium,
        suggestedMeasure: LocalizedText(
            nl:
                "Noem in `grounds` de bepaling die de verstrekkende partij zelf de taak of plicht geeft, of laat de betrokkene de gegevens zelf aanleveren.",
            en:
                "Name in `grounds` the provision that gives the disclosing party itself the task or duty, or let the person supply the data."
        ),
        triggeringExamples: [
            RuleExample(
                Self.parties + """
                    flows:
                      - id: school-naar-gemeente
                        from: school
                        to: gemeente-a
                        data: [naam, werkervaring]
                        purpose: matching
                        grounds: [Participatiewet art. 7 lid 1 onder a]
                    """, at: ["flows/school-naar-gemeente/grounds"])
        ],
        nonTriggeringExamples: [
            RuleExample(
                Self.parties + """
                    flows:
                      - id: school-naar-gemeente
                        from: school
                        to: gemeente-a
                        data: [naam, werkervaring]
                        purpose: matching
                        grounds: [Participatiewet art. 7 lid 1 onder a]
                        no_objection: { form: written, informed: true }
                    """),
            RuleExample(
                """
                flows:
                  - id: naar-gemeente-b
                    from: gemeente-a
                    to: gemeente-b
                    data: [naam, werkervaring]
                    purpose: matching
                    grounds: [Participatiewet art. 67 lid 1 onder c]
                    recipient_competence: { provision: pw-7-1-a }
                """),
        ])

    /// A school added to the base spec's parties.
    private static let parties = """
        parties+:
          - id: school
            name: ROC
            type: education
            role: source

        """

    public init() {}

    public func validate(_ context: AnalysisContext) -> [Violation] {
        (context.activity.flows ?? []).compactMap { flow -> Violation? in
            let discloser = context.discloser(of: flow)
            guard context.rootOrganisation(ofParty: discloser) != context.rootOrganisation(ofParty: flow.to),
                !context.isProcessor(flow.to), !context.hasWrittenNoObjection(flow),
                flow.consent != .consent
            else { return nil }
            let grounds = context.provisions(flow.grounds).filter {
                [.task, .disclosureDuty, .exchangeDuty, .crossDomain].contains($0.effect)
            }
            let type = context.organisationType(of: discloser)
            guard !grounds.isEmpty, !grounds.contains(where: { $0.applies(to: type) }) else { return nil }
            let cited = grounds.map { context.catalogue.cite($0) }
            let holders = grounds.holders
            return Violation(
                "flows/\(flow.id)/grounds",
                LocalizedText(
                    nl:
                        "Gegevensstroom \(context.label(flow: flow).nl): \(context.name(ofParty: discloser)) verstrekt op grond van \(cited.joinedList(.nl)), een taak of plicht van \(holders.nl), niet van de verstrekker zelf.",
                    en:
                        "Flow \(context.label(flow: flow).en): \(context.name(ofParty: discloser)) discloses on \(cited.joinedList(.en)), a task or duty of \(holders.en), not of the discloser itself."
                ))
        }
    }
}
