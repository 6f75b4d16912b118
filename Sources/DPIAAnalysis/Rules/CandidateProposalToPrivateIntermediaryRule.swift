import DPIAModel

/// UWV or a municipality proposes candidates for vacancies held by a private intermediary: no legal
/// power at all, whatever the consent (VUM 3.1, 4.4: the red cells of the cross table).
public struct CandidateProposalToPrivateIntermediaryRule: Rule {
    public static let description = RuleDescription(
        id: "candidate_proposal_to_private_intermediary",
        title: LocalizedText(
            nl: "Kandidaten aandragen voor vacatures van een private bemiddelaar",
            en: "Proposing candidates for a private intermediary's vacancies"),
        explanation: LocalizedText(
            nl: """
                UWV en gemeenten mogen in hun werkgeversdienstverlening kandidaten aandragen voor vacatures \
                van werkgevers, maar die bevoegdheid strekt zich niet uit tot vacatures die werkgevers bij \
                een private arbeidsbemiddelaar hebben uitgezet. Ook met toestemming van de werkzoekende \
                ontbreekt de handelingsbevoegdheid (VUM-handreiking §3.1 en §4.4, rood in de kruistabel). De \
                regel meldt elke flow met `kind: candidate-proposal` van UWV of een gemeente aan een private \
                arbeidsbemiddelaar, ongeacht `consent`.
                """,
            en: """
                UWV and municipalities may propose candidates for employers' vacancies, but that power does not \
                extend to vacancies employers placed with a private intermediary. Even with the job seeker's \
                consent there is no legal power (VUM guide §3.1 and §4.4, red in the cross table). The rule \
                reports every flow with `kind: candidate-proposal` from UWV or a municipality to a private \
                intermediary, whatever its `consent`.
                """),
        legalReference: "Participatiewet art. 7 lid 1; Wet SUWI art. 30a; Participatiewet art. 65; Wet SUWI art. 74",
        likelihood: .high, impact: .high,
        suggestedMeasure: LocalizedText(
            nl:
                "Stop met aandragen voor vacatures van private bemiddelaars; laat de werkgever de vacature bij UWV of de gemeente melden, of laat de private bemiddelaar zelf zoeken in gepseudonimiseerde profielen.",
            en:
                "Stop proposing candidates for private intermediaries' vacancies; have the employer post the vacancy with UWV or the municipality, or let the intermediary search pseudonymised profiles itself."
        ),
        triggeringExamples: [
            RuleExample(
                """
                flows:
                  - id: kandidaten-voor-bureau
                    from: gemeente-a
                    to: bureau-x
                    kind: candidate-proposal
                    data: [werkervaring]
                    purpose: matching
                    pseudonymised: true
                    consent: written-no-objection
                """, at: ["flows/kandidaten-voor-bureau/kind"])
        ],
        nonTriggeringExamples: [
            RuleExample(
                """
                flows:
                  - id: kandidaten-voor-werkgever
                    from: gemeente-a
                    to: werkgevers-a
                    kind: candidate-proposal
                    data: [werkervaring]
                    purpose: matching
                    pseudonymised: true
                """)
        ])

    public init() {}

    public func validate(_ context: AnalysisContext) -> [Violation] {
        (context.activity.flows ?? []).compactMap { flow -> Violation? in
            guard flow.kind == .candidateProposal, context.isPublicEmploymentService(flow.from),
                context.type(ofParty: flow.to) == .privateIntermediary
            else { return nil }
            return Violation(
                "flows/\(flow.id)/kind",
                LocalizedText(
                    nl:
                        "\(context.name(ofParty: flow.from)) draagt kandidaten aan voor vacatures van private bemiddelaar \(context.name(ofParty: flow.to)); daarvoor bestaat geen bevoegdheid, ook niet met toestemming van de werkzoekende.",
                    en:
                        "\(context.name(ofParty: flow.from)) proposes candidates for vacancies of private intermediary \(context.name(ofParty: flow.to)); there is no legal power for that, not even with the job seeker's consent."
                ))
        }
    }
}
