import DPIAModel

/// A re-integration flow to a public party (from another public party or a private intermediary) whose
/// recipient is not shown to be competent for the person (VUM §3.1, §4.1).
public struct RecipientCompetenceNotEstablishedRule: Rule {
    public static let description = RuleDescription(
        id: "recipient_competence_not_established",
        title: LocalizedText(
            nl: "Bevoegdheid van de publieke ontvanger niet vastgesteld",
            en: "Competence of the public recipient not established"),
        explanation: LocalizedText(
            nl: """
                Een gemeente of UWV mag gegevens over een werkzoekende alleen ontvangen en gebruiken als zij \
                bevoegd is dienstverlening aan die persoon te bieden: hij hoort tot haar doelgroep (Pw art. 7 \
                lid 1, Wet SUWI art. 30a en 30b), of het college heeft een voorziening vastgesteld (VUM §3.1). \
                Dat geldt voor elke re-integratiestroom tussen publieke partijen, en voor stromen van private \
                bemiddelaars naar gemeenten of UWV. De regel meldt zo'n stroom (de stroom UWV–gemeente meldt \
                `suwi_exchange_outside_statutory_task`) waarvoor `recipient_competence` geen bepaling uit de \
                catalogus noemt die de ontvanger de taak geeft, en geen collegebesluit.
                """,
            en: """
                A municipality or UWV may receive and use a job seeker's data only when it is competent to \
                serve that person: they belong to its target group (Pw art. 7(1), SUWI act art. 30a and 30b), \
                or the college set a voorziening for them (VUM §3.1). That holds for every re-integration flow \
                between public parties and for flows from private intermediaries to municipalities or UWV. The \
                rule reports such a flow (the UWV–municipality flow is reported by \
                `suwi_exchange_outside_statutory_task`) for which `recipient_competence` names no provision of \
                the catalogue that gives the recipient the task, and no college decision.
                """),
        legalReference: "Participatiewet art. 7 lid 1; Wet SUWI art. 30a en 30b; art. 6 lid 1 onder e en lid 3 AVG",
        likelihood: .medium, impact: .medium,
        suggestedMeasure: LocalizedText(
            nl:
                "Stel vast waaruit de bevoegdheid van de ontvanger volgt en leg het vast: `recipient_competence: { provision: pw-7-1-a }` of `{ decision: Collegebesluit ... }`.",
            en:
                "Establish what makes the recipient competent and record it: `recipient_competence: { provision: pw-7-1-a }` or `{ decision: college decision ... }`."
        ),
        triggeringExamples: [
            RuleExample(
                """
                flows:
                  - id: bureau-naar-gemeente
                    from: bureau-x
                    to: gemeente-a
                    data: [naam, werkervaring]
                    purpose: matching
                    consent: consent
                """, at: ["flows/bureau-naar-gemeente"]),
            // v1 `recipient_competent: true` asserts, but names nothing a lawyer can check.
            RuleExample(
                """
                flows:
                  - id: naar-gemeente-b
                    from: gemeente-a
                    to: gemeente-b
                    data: [naam, werkervaring]
                    purpose: matching
                    grounds: [Participatiewet art. 67 lid 1 onder c]
                    recipient_competent: true
                """, at: ["flows/naar-gemeente-b"]),
        ],
        nonTriggeringExamples: [
            RuleExample(
                """
                flows:
                  - id: bureau-naar-gemeente
                    from: bureau-x
                    to: gemeente-a
                    data: [naam, werkervaring]
                    purpose: matching
                    consent: consent
                    recipient_competence: { decision: Collegebesluit voorziening pilot VUM 2024 }
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

    public init() {}

    public func validate(_ context: AnalysisContext) -> [Violation] {
        (context.activity.flows ?? []).compactMap { flow -> Violation? in
            let discloser = context.discloser(of: flow)
            guard let to = context.organisationType(of: flow.to), to.isPublic,
                let from = context.organisationType(of: discloser), from.isPublic || from == .privateIntermediary,
                // UWV–municipality: art. 62 Wet SUWI, reported by SuwiExchangeOutsideStatutoryTaskRule.
                !(from == .uwv && to == .municipality || from == .municipality && to == .uwv),
                !context.isProcessor(flow.to),
                context.rootOrganisation(ofParty: discloser) != context.rootOrganisation(ofParty: flow.to),
                context.isReintegration(flow.purpose)
            else { return nil }
            // Competence for a person: only flows with data about clients (job seekers), not employers' data.
            let aboutClients = flow.data.contains { (context.data[$0]?.subjects ?? []).contains(where: context.clientSubjects.contains) }
            guard aboutClients else { return nil }
            return SuwiExchangeOutsideStatutoryTaskRule.violation(flow, in: context, requireTask: false)
        }
    }
}
