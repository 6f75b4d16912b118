import DPIAModel

/// Pseudonymised profiles that remain traceable through their content: identifying data, free text,
/// photos, messages, or work history naming employers (VUM "LET OP": the CEO example).
public struct PseudonymisedProfileTraceableRule: Rule {
    public static let description = RuleDescription(
        id: "pseudonymised_profile_traceable",
        title: LocalizedText(
            nl: "Gepseudonimiseerd profiel blijft herleidbaar",
            en: "Pseudonymised profile remains traceable"),
        explanation: LocalizedText(
            nl: """
                Gepseudonimiseerde profielen vallen alleen onder de uitzondering 'niet herleidbaar' (Pw art. \
                65 lid 1 onder c) als ze echt niet tot een persoon te herleiden zijn. Uit de context kan dat \
                toch: de werkervaring van een CEO met de naam van het bedrijf is makkelijk herleidbaar (VUM, \
                'LET OP'). De regel meldt een gepseudonimiseerde flow of rol die identificerende gegevens \
                (naam, contact, BSN), vrije tekst, foto of video, berichten, of werkervaring met namen van \
                werkgevers (`fields`) bevat. Identificerende gegevens maken de kans hoog.
                """,
            en: """
                Pseudonymised profiles fall under the 'not traceable' exception (Pw art. 65(1)(c)) only when \
                they truly cannot be traced to a person. Context can betray it: a CEO's work history with the \
                company's name is easy to trace (VUM, 'LET OP'). The rule reports a pseudonymised flow or role \
                that carries identifying data (name, contact, national id), free text, photo or video, \
                messages, or work history naming employers (`fields`). Identifying data makes the likelihood \
                high.
                """),
        legalReference: "art. 4 lid 5 AVG; Participatiewet art. 65 lid 1 onder c; Wet SUWI art. 74 lid 2 onder c",
        likelihood: .medium, impact: .high,
        suggestedMeasure: LocalizedText(
            nl:
                "Laat identificerende gegevens, vrije tekst, foto's en werkgeversnamen weg uit gepseudonimiseerde profielen, of generaliseer ze (sector, omvang); toets de herleidbaarheid in de DPIA.",
            en:
                "Leave identifying data, free text, photos and employer names out of pseudonymised profiles, or generalise them (sector, size); test traceability in the DPIA."
        ),
        triggeringExamples: [
            RuleExample(
                """
                flows:
                  - id: profielen-naar-bureau
                    from: gemeente-a
                    to: bureau-x
                    data: [naam, werkervaring]
                    purpose: matching
                    pseudonymised: true
                    grounds: [Participatiewet art. 65 lid 1 onder c]
                """, at: ["flows/profielen-naar-bureau/pseudonymised"]),
            RuleExample(
                """
                data+:
                  - id: werkervaring
                    fields: [Functie, Naam werkgever, Periode]
                """, at: ["roles/werkgever/sees/pseudonymised"]),
        ],
        nonTriggeringExamples: [
            RuleExample(
                """
                flows:
                  - id: profielen-naar-bureau
                    from: gemeente-a
                    to: bureau-x
                    data: [werkervaring]
                    purpose: matching
                    pseudonymised: true
                    grounds: [Participatiewet art. 65 lid 1 onder c]
                """)
        ])

    public init() {}

    public func validate(_ context: AnalysisContext) -> [Violation] {
        var violations: [Violation] = []
        for flow in context.activity.flows ?? [] where flow.pseudonymised {
            let populations = context.subjectIDs.compactMap { subject -> [String]? in
                let data = flow.data.filter { context.data($0, isAbout: subject) }
                return data.isEmpty ? nil : data
            }
            if let violation = check(
                populations, path: "flows/\(flow.id)/pseudonymised",
                what: LocalizedText(
                    nl: "Gepseudonimiseerde flow \(context.label(flow: flow).nl)",
                    en: "Pseudonymised flow \(context.label(flow: flow).en)"), context)
            {
                violations.append(violation)
            }
        }
        for row in context.visibility.rows where row.kind == .role {
            guard let role = context.roles[row.role], role.sees.pseudonymised else { continue }
            if let violation = check(
                row.access.map(\.data), path: "roles/\(role.id)/sees/pseudonymised",
                what: LocalizedText(
                    nl: "Gepseudonimiseerde inzage van rol \(context.label(role: role).nl)",
                    en: "Pseudonymised view of role \(context.label(role: role).en)"), context)
            {
                violations.append(violation)
            }
        }
        return violations
    }

    /// Checks the data of each population (subject category) the pseudonymised view covers: identifying
    /// data betrays a profile of the same persons; free text, media, messages and employer names betray
    /// it by their content. Identifying data of a population without profile data (for example the
    /// contact details of the municipality's adviser, the second stage of VUM) is no leak.
    private func check(_ populations: [[String]], path: String, what: LocalizedText, _ context: AnalysisContext) -> Violation? {
        var identifying: [String] = []
        var revealing: [String] = []
        for dataIDs in populations {
            let items = dataIDs.compactMap { context.data[$0] }
            let hasProfile = items.contains { !Self.identifyingKinds.contains($0.kind) }
            for item in items {
                if Self.identifyingKinds.contains(item.kind) {
                    if hasProfile, !identifying.contains(item.name) { identifying.append(item.name) }
                } else if Self.isRevealing(item), !revealing.contains(item.name) {
                    revealing.append(item.name)
                }
            }
        }
        let all = identifying + revealing
        guard !all.isEmpty else { return nil }
        return Violation(
            path,
            LocalizedText(
                nl: "\(what.nl) bevat gegevens die naar de persoon kunnen leiden: \(all.joinedList(.nl)).",
                en: "\(what.en) carries data that can lead to the person: \(all.joinedList(.en))."),
            likelihood: identifying.isEmpty ? nil : .high)
    }

    static let identifyingKinds: Set<DataKind> = [.identification, .contact, .nationalID]

    static func isRevealing(_ item: DataItem) -> Bool {
        switch item.kind {
        case .freeText, .media, .communication: true
        case .work: namesEmployers(item)
        default: false
        }
    }

    /// Work history whose fields name employers or companies.
    static func namesEmployers(_ item: DataItem) -> Bool {
        item.fields.contains { field in
            let words = field.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
            let names = words.contains { word in
                ["werkgever", "bedrijf", "organisatie", "employer", "company"].contains(where: word.hasPrefix)
            }
            let negated = words.contains { ["zonder", "geen", "without", "no"].contains($0) }
            return names && !negated
        }
    }
}
