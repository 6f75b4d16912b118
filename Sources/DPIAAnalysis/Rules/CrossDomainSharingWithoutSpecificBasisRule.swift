import DPIAModel

/// Sharing across domains (Wmo, Jeugd, Participatie, Schuldhulp) inside one municipality, or between
/// municipalities outside the Participatiewet, without a specific statutory provision (ZTM DX-01, IM-01).
public struct CrossDomainSharingWithoutSpecificBasisRule: Rule {
    public static let description = RuleDescription(
        id: "cross_domain_sharing_without_specific_basis",
        title: LocalizedText(nl: "Delen over domeinen of gemeenten heen zonder specifieke wettelijke grondslag",
                             en: "Sharing across domains or municipalities without a specific statutory basis"),
        explanation: LocalizedText(
            nl: """
            Binnen één gemeente zijn Wmo, Jeugd, Participatie en Schuldhulp aparte taken met eigen \
            wetten; een algemene taak draagt het delen tussen die domeinen niet, alleen een specifieke \
            bepaling (zoals Wmo 2015 art. 5.1.1 lid 4). Tussen gemeenten biedt buiten de Participatiewet \
            en de Wet SUWI evenmin een algemene grondslag (scriptie Zoetermeer, DX-01 en IM-01). De regel \
            meldt een flow tussen onderdelen van dezelfde organisatie met verschillende `domain`, of \
            tussen twee gemeenten voor een doel dat niet op de Participatiewet of de Wet SUWI steunt, \
            zolang `grounds` leeg is.
            """,
            en: """
            Within one municipality, Wmo, youth care, Participatie and debt relief are separate tasks \
            under separate laws; a general task does not carry sharing between those domains, only a \
            specific provision (such as Wmo 2015 art. 5.1.1(4)). Between municipalities, outside the \
            Participatiewet and the SUWI act there is no general basis either (Zoetermeer thesis, DX-01 \
            and IM-01). The rule reports a flow between parts of the same organisation with different \
            `domain`, or between two municipalities for a purpose not based on the Participatiewet or the \
            SUWI act, while `grounds` is empty.
            """),
        legalReference: "art. 6 lid 3 AVG; art. 5 lid 1 onder b AVG; Wmo 2015 art. 5.1.1 lid 4",
        likelihood: .medium, impact: .high,
        suggestedMeasure: LocalizedText(
            nl: "Noem de specifieke wettelijke bepaling die dit delen draagt in `grounds`, of deel niet en vraag de betrokkene om de gegevens zelf aan te leveren.",
            en: "Name the specific statutory provision that carries this sharing in `grounds`, or do not share and ask the person to supply the data."),
        triggeringExamples: [RuleExample("""
            flows:
              - id: naar-schuldhulp
                from: gemeente-a
                to: team-schuldhulp
                data: [naam, contactgegevens]
                purpose: matching
            """)],
        nonTriggeringExamples: [RuleExample("""
            flows:
              - id: naar-schuldhulp
                from: gemeente-a
                to: team-schuldhulp
                data: [naam, contactgegevens]
                purpose: matching
                grounds: [Wet gemeentelijke schuldhulpverlening art. 7]
            """)])

    public init() {}

    public func validate(_ context: AnalysisContext) -> [Violation] {
        (context.activity.flows ?? []).compactMap { flow -> Violation? in
            guard flow.grounds.allSatisfy({ isBlank($0) }), flow.from != flow.to else { return nil }
            let fromRoot = context.rootOrganisation(ofParty: flow.from), toRoot = context.rootOrganisation(ofParty: flow.to)
            let from = context.name(ofParty: flow.from), to = context.name(ofParty: flow.to)
            if fromRoot == toRoot {
                guard let a = context.parties[flow.from]?.domain, let b = context.parties[flow.to]?.domain,
                      a.lowercased() != b.lowercased() else { return nil }
                return Violation("flows/\(flow.id)", LocalizedText(
                    nl: "Gegevensstroom '\(flow.id)' deelt gegevens binnen dezelfde organisatie van domein \(a) (\(from)) naar domein \(b) (\(to)) zonder specifieke wettelijke grondslag in `grounds`.",
                    en: "Flow '\(flow.id)' shares data within one organisation from domain \(a) (\(from)) to domain \(b) (\(to)) without a specific statutory basis in `grounds`."))
            }
            guard context.parties[fromRoot]?.type == .municipality, context.parties[toRoot]?.type == .municipality,
                  !context.isReintegration(flow.purpose) else { return nil }
            return Violation("flows/\(flow.id)", LocalizedText(
                nl: "Gegevensstroom '\(flow.id)' deelt gegevens tussen gemeenten (\(from) naar \(to)) voor een doel buiten de Participatiewet en de Wet SUWI, zonder specifieke wettelijke grondslag in `grounds`.",
                en: "Flow '\(flow.id)' shares data between municipalities (\(from) to \(to)) for a purpose outside the Participatiewet and the SUWI act, without a specific statutory basis in `grounds`."))
        }
    }
}
