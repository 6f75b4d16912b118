import DPIAModel

/// Sharing across domains (Wmo, Jeugd, Participatie, Schuldhulp) inside one municipality, or between
/// municipalities outside the Participatiewet, without a specific statutory provision (ZTM DX-01, IM-01).
public struct CrossDomainSharingWithoutSpecificBasisRule: Rule {
    public static let description = RuleDescription(
        id: "cross_domain_sharing_without_specific_basis",
        title: LocalizedText(
            nl: "Delen over domeinen of gemeenten heen zonder specifieke wettelijke grondslag",
            en: "Sharing across domains or municipalities without a specific statutory basis"),
        explanation: LocalizedText(
            nl: """
                Binnen één gemeente zijn Wmo, Jeugd, Participatie en Schuldhulp aparte taken met eigen \
                wetten; een algemene taak draagt het delen tussen die domeinen niet, alleen een specifieke \
                bepaling (zoals Wmo 2015 art. 5.1.1 lid 4). Tussen gemeenten biedt buiten de Participatiewet \
                en de Wet SUWI evenmin een algemene grondslag (scriptie Zoetermeer, DX-01 en IM-01). De regel \
                meldt een flow tussen onderdelen van dezelfde organisatie met verschillende `domain`, of \
                tussen twee gemeenten voor een doel dat niet op de Participatiewet of de Wet SUWI steunt, \
                tenzij `grounds` een domeinoverstijgende bepaling uit de catalogus noemt in de goede richting \
                (Wmo 2015 art. 5.1.1 lid 4 laat de Wmo-consulent gegevens uit jeugd, participatie en \
                schuldhulp gebruiken, niet omgekeerd), of tussen gemeenten een verstrekkingsplicht. Ook \
                toegang via een gedeeld systeem telt: een medewerkersrol van het ene domein die gegevens ziet \
                die alleen doelen van andere domeinen gebruiken, zonder zo'n bepaling in de `law` van haar doelen.
                """,
            en: """
                Within one municipality, Wmo, youth care, Participatie and debt relief are separate tasks \
                under separate laws; a general task does not carry sharing between those domains, only a \
                specific provision (such as Wmo 2015 art. 5.1.1(4)). Between municipalities, outside the \
                Participatiewet and the SUWI act there is no general basis either (Zoetermeer thesis, DX-01 \
                and IM-01). The rule reports a flow between parts of the same organisation with different \
                `domain`, or between two municipalities for a purpose not based on the Participatiewet or the \
                SUWI act, unless `grounds` names a cross-domain provision of the catalogue in the right \
                direction (Wmo 2015 art. 5.1.1(4) lets the Wmo consultant use data of youth care, participation \
                and debt relief, not the reverse), or between municipalities a duty to disclose. Access through \
                a shared system counts too: a staff role of one domain that sees data only other domains' \
                purposes use, without such a provision in its purposes' `law`.
                """),
        legalReference: "art. 6 lid 3 AVG; art. 5 lid 1 onder b AVG; de bepaling van de betrokken domeinen (Wmo 2015 art. 5.1.1 lid 4)",
        likelihood: .medium, impact: .high,
        suggestedMeasure: LocalizedText(
            nl:
                "Noem de specifieke wettelijke bepaling die dit delen draagt in `grounds`, of deel niet en vraag de betrokkene om de gegevens zelf aan te leveren.",
            en:
                "Name the specific statutory provision that carries this sharing in `grounds`, or do not share and ask the person to supply the data."
        ),
        triggeringExamples: [
            RuleExample(
                """
                flows:
                  - id: naar-schuldhulp
                    from: gemeente-a
                    to: team-schuldhulp
                    data: [naam, contactgegevens]
                    purpose: matching
                """, at: ["flows/naar-schuldhulp"]),
            // The Wmo provision lets the Wmo use other domains' data, not the reverse.
            RuleExample(
                """
                flows:
                  - id: naar-schuldhulp
                    from: gemeente-a
                    to: team-schuldhulp
                    data: [naam, contactgegevens]
                    purpose: matching
                    grounds: [Wmo 2015 art. 5.1.1 lid 4]
                """, at: ["flows/naar-schuldhulp"]),
        ],
        nonTriggeringExamples: [
            RuleExample(
                """
                parties+:
                  - id: team-wmo
                    name: Wmo-team van gemeente A
                    type: municipality
                    role: recipient
                    part_of: gemeente-a
                    domain: wmo
                flows:
                  - id: naar-wmo
                    from: gemeente-a
                    to: team-wmo
                    data: [naam, contactgegevens]
                    purpose: matching
                    grounds: [Wmo 2015 art. 5.1.1 lid 4]
                """)
        ])

    public init() {}

    public func validate(_ context: AnalysisContext) -> [Violation] {
        flowViolations(context) + roleViolations(context)
    }

    private func flowViolations(_ context: AnalysisContext) -> [Violation] {
        (context.activity.flows ?? []).compactMap { flow -> Violation? in
            let discloser = context.discloser(of: flow)
            guard discloser != flow.to, !context.isProcessor(flow.to) else { return nil }
            let fromRoot = context.rootOrganisation(ofParty: discloser), toRoot = context.rootOrganisation(ofParty: flow.to)
            let from = context.name(ofParty: discloser), to = context.name(ofParty: flow.to)
            if fromRoot == toRoot {
                guard let a = context.parties[discloser]?.domain, let b = context.parties[flow.to]?.domain,
                    a.lowercased() != b.lowercased()
                else { return nil }
                let provisions = context.provisions(flow.grounds)
                guard let problem = Self.problem(from: [a], to: b, provisions: provisions, in: context) else { return nil }
                return Violation(
                    "flows/\(flow.id)",
                    LocalizedText(
                        nl:
                            "Gegevensstroom \(context.label(flow: flow).nl) deelt gegevens binnen dezelfde organisatie, van domein \(a) naar domein \(b): \(problem.nl).",
                        en:
                            "Flow \(context.label(flow: flow).en) shares data within one organisation, from domain \(a) to domain \(b): \(problem.en)."
                    ))
            }
            guard context.parties[fromRoot]?.type == .municipality, context.parties[toRoot]?.type == .municipality,
                !context.isReintegration(flow.purpose), context.disclosureDuties(of: flow).isEmpty
            else { return nil }
            return Violation(
                "flows/\(flow.id)",
                LocalizedText(
                    nl:
                        "Gegevensstroom \(context.label(flow: flow).nl) deelt gegevens tussen gemeenten voor een doel buiten de Participatiewet en de Wet SUWI, en `grounds` noemt geen bepaling die \(from) tot deze verstrekking verplicht.",
                    en:
                        "Flow \(context.label(flow: flow).en) shares data between municipalities for a purpose outside the Participatiewet and the SUWI act, and `grounds` names no provision that obliges \(from) to this disclosure."
                ))
        }
    }

    /// Access through a shared system: a staff role of one domain that sees data only other domains'
    /// purposes use, without a cross-domain provision in its purposes' `law`.
    private func roleViolations(_ context: AnalysisContext) -> [Violation] {
        let controllerRoot = context.rootOrganisation(ofParty: context.activity.controller)
        // Only when some party has a domain; the domains of each data id are worked out once.
        guard context.activity.parties.contains(where: { $0.domain != nil }) else { return [] }
        var domainsOfData: [String: Set<String>] = [:]
        return context.visibility.rows.compactMap { row -> Violation? in
            guard row.kind == .role, let role = context.roles[row.role], !context.isExternal(role),
                context.rootOrganisation(ofParty: role.party) == controllerRoot,
                let own = context.parties[role.party]?.domain?.lowercased()
            else { return nil }
            var foreign: [String] = [], domains: [String] = [], seen: Set<String> = []
            for access in row.access {
                for id in access.data where seen.insert(id).inserted {
                    let used =
                        domainsOfData[id]
                        ?? {
                            let domains = Set((context.purposesUsing[id] ?? []).compactMap { $0.domain?.lowercased() })
                            domainsOfData[id] = domains
                            return domains
                        }()
                    guard !used.isEmpty, !used.contains(own) else { continue }
                    foreign.append(context.name(ofData: id))
                    for domain in used.sorted() where !domains.contains(domain) { domains.append(domain) }
                }
            }
            guard !foreign.isEmpty else { return nil }
            let provisions = context.provisions(role.purposes.flatMap { context.purposes[$0]?.law ?? [] })
            guard let problem = Self.problem(from: domains, to: own, provisions: provisions, in: context) else { return nil }
            return Violation(
                "roles/\(role.id)/sees/data",
                LocalizedText(
                    nl:
                        "Rol \(context.label(role: role).nl) (domein \(own)) ziet via het gedeelde systeem gegevens van domein \(domains.joinedList(.nl)): \(foreign.joinedList(.nl)); \(problem.nl).",
                    en:
                        "Role \(context.label(role: role).en) (domain \(own)) sees through the shared system data of domain \(domains.joinedList(.en)): \(foreign.joinedList(.en)); \(problem.en)."
                ))
        }
    }

    /// Nil when a cross-domain provision lets `to` use data of every domain of `from`; otherwise why not,
    /// naming the provisions of the domains concerned.
    static func problem(from: [String], to: String, provisions: [Provision], in context: AnalysisContext) -> LocalizedText? {
        let crossDomain = provisions.filter { $0.effect == .crossDomain }
        let target = to.lowercased()
        let covering = crossDomain.filter { $0.toDomain?.lowercased() == target }
        let uncovered = from.filter { domain in
            !covering.contains { $0.fromDomains.map { $0.lowercased() }.contains(domain.lowercased()) }
        }
        if uncovered.isEmpty { return nil }
        if let wrong = crossDomain.first(where: { $0.toDomain?.lowercased() != target }) {
            let cited = context.catalogue.cite(wrong)
            return LocalizedText(
                nl:
                    "\(cited) laat domein \(wrong.toDomain ?? "") gegevens van \(wrong.fromDomains.joinedList(.nl)) gebruiken, niet omgekeerd; voor gebruik door \(to) noemt de catalogus geen bepaling",
                en:
                    "\(cited) lets domain \(wrong.toDomain ?? "") use data of \(wrong.fromDomains.joinedList(.en)), not the reverse; for use by \(to) the catalogue names no provision"
            )
        }
        // The cross-domain provisions of the catalogue towards this domain, if any, to name in the message.
        let available = context.catalogue.provisions.filter { $0.effect == .crossDomain && $0.toDomain?.lowercased() == target }
        let hint =
            available.isEmpty
            ? LocalizedText(
                nl: "de catalogus kent geen bepaling die domein \(to) gegevens van \(uncovered.joinedList(.nl)) laat gebruiken",
                en: "the catalogue has no provision that lets domain \(to) use data of \(uncovered.joinedList(.en))")
            : LocalizedText(
                nl: "noem \(available.map { context.catalogue.cite($0) }.joinedList(.nl, conjunction: "of")) als dat het gebruik draagt",
                en: "name \(available.map { context.catalogue.cite($0) }.joinedList(.en, conjunction: "or")) if it carries the use")
        return LocalizedText(
            nl: "er is geen specifieke wettelijke bepaling genoemd voor gegevens van \(uncovered.joinedList(.nl)); \(hint.nl)",
            en: "no specific statutory provision is named for data of \(uncovered.joinedList(.en)); \(hint.en)")
    }
}
