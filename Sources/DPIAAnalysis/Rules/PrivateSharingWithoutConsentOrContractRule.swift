import DPIAModel

/// Private parties among themselves need consent or a contract: no statutory ground applies (VUM 4.3).
public struct PrivateSharingWithoutConsentOrContractRule: Rule {
    public static let description = RuleDescription(
        id: "private_sharing_without_consent_or_contract",
        title: LocalizedText(
            nl: "Delen tussen private partijen zonder toestemming of overeenkomst",
            en: "Sharing between private parties without consent or contract"),
        explanation: LocalizedText(
            nl: """
                Tussen private partijen (bemiddelaars, werkgevers) geldt geen aanvullende wet: er is geen \
                publieke taak of wettelijke plicht om op te steunen. Delen kan dan alleen met toestemming \
                van de werkzoekende of op grond van een overeenkomst met hem (VUM §4.3). De regel meldt een \
                flow tussen twee private partijen (geen verwerkers) zonder `consent` en met een doel dat \
                niet op toestemming of overeenkomst berust.
                """,
            en: """
                Between private parties (intermediaries, employers) no additional law applies: there is no \
                public task or legal obligation to rely on. Sharing needs the job seeker's consent or a \
                contract with them (VUM §4.3). The rule reports a flow between two private parties (not \
                processors) without `consent` and with a purpose that does not rest on consent or contract.
                """),
        legalReference: "art. 6 lid 1 onder a en b AVG",
        likelihood: .medium, impact: .high,
        suggestedMeasure: LocalizedText(
            nl:
                "Vraag de werkzoekende vooraf geïnformeerde toestemming (of leg de uitwisseling vast in de overeenkomst met hem) en registreer die.",
            en: "Ask the job seeker's informed consent beforehand (or provide for the exchange in the contract with them) and record it."),
        triggeringExamples: [
            RuleExample(
                """
                flows:
                  - id: bureau-naar-werkgever
                    from: bureau-x
                    to: werkgevers-a
                    data: [werkervaring]
                    purpose: matching
                """, at: ["flows/bureau-naar-werkgever"])
        ],
        nonTriggeringExamples: [
            RuleExample(
                """
                flows:
                  - id: bureau-naar-werkgever
                    from: bureau-x
                    to: werkgevers-a
                    data: [werkervaring]
                    purpose: matching
                    consent: consent
                """)
        ])

    public init() {}

    public func validate(_ context: AnalysisContext) -> [Violation] {
        (context.activity.flows ?? []).compactMap { flow -> Violation? in
            guard let from = context.type(ofParty: flow.from), let to = context.type(ofParty: flow.to),
                from.isPrivate, to.isPrivate, !context.isProcessor(flow.from), !context.isProcessor(flow.to)
            else { return nil }
            guard flow.consent == nil || flow.consent == FlowConsent.none else { return nil }
            let basis = flow.purpose.flatMap { context.purposes[$0]?.basis }
            guard basis != .consent, basis != .contract else { return nil }
            return Violation(
                "flows/\(flow.id)",
                LocalizedText(
                    nl:
                        "Gegevensstroom \(context.label(flow: flow).nl) is een uitwisseling tussen private partijen zonder toestemming of overeenkomst met de betrokkene.",
                    en:
                        "Flow \(context.label(flow: flow).en) is an exchange between private parties without consent of or a contract with the data subject."
                ))
        }
    }
}
