import DPIAModel

/// A role sees all data, or more data than the purposes it serves use (HW need-to-know; ZTM NEC-04).
public struct RoleSeesMoreThanNeededRule: Rule {
    public static let description = RuleDescription(
        id: "role_sees_more_than_needed",
        title: LocalizedText(nl: "Rol ziet meer gegevens dan nodig", en: "Role sees more data than needed"),
        explanation: LocalizedText(
            nl: """
                Toegang volgt het need-to-know-beginsel: een rol ziet alleen de gegevens die de doelen die \
                zij dient (`purposes`) gebruiken. De regel meldt een rol die gegevens ziet die geen van haar \
                doelen gebruikt, en een rol met `data: all` zonder doelen (tenzij het enige doel van de \
                activiteit alle gegevens gebruikt): inzage in het hele dossier waar \
                een gerichte vraag zou volstaan.
                """,
            en: """
                Access follows need-to-know: a role sees only the data the purposes it serves (`purposes`) \
                use. The rule reports a role that sees data none of its purposes uses, and a role with \
                `data: all` without purposes (unless the activity's only purpose uses all data): access to the whole file where a targeted question would do.
                """),
        legalReference: "art. 5 lid 1 onder c AVG (dataminimalisatie); art. 25 lid 2 AVG",
        likelihood: .medium, impact: .medium,
        suggestedMeasure: LocalizedText(
            nl: "Beperk `sees.data` van de rol tot de gegevens die haar doelen nodig hebben, en noem die doelen in `purposes`.",
            en: "Limit the role's `sees.data` to the data its purposes need, and name those purposes in `purposes`."),
        triggeringExamples: [
            RuleExample(
                """
                purposes+:
                  - id: matching
                    data: [naam, contactgegevens]
                  - id: rapportage
                    description: Werkervaring tellen voor de rapportage.
                    basis: public-task
                    law: [Participatiewet art. 7 lid 1]
                    data: [werkervaring]
                roles+:
                  - id: werkcoach
                    sees: { data: all, subjects: [werkzoekenden-a], scope: own }
                """,
                removing: ["roles/werkcoach/purposes", "roles/werkgever"], at: ["roles/werkcoach/sees/data"]),
            RuleExample(Self.matchingWithoutWorkExperience, removing: ["roles/werkgever"], at: ["roles/werkcoach/sees/data"]),
        ],
        nonTriggeringExamples: [
            // `data: all` where the activity's only purpose uses all data: nothing more is seen than needed.
            RuleExample(Self.seesAll, removing: ["roles/werkcoach/purposes"]),
            RuleExample(Self.seesAll),
        ])

    /// The base spec's purpose without the work experience the coach sees.
    private static let matchingWithoutWorkExperience = """
        purposes+:
          - id: matching
            data: [naam, contactgegevens]
        """

    /// The coach of the base spec sees all data.
    private static let seesAll = """
        roles+:
          - id: werkcoach
            sees: { data: all, subjects: [werkzoekenden-a], scope: own }
        """

    public init() {}

    public func validate(_ context: AnalysisContext) -> [Violation] {
        context.visibility.rows.compactMap { row -> Violation? in
            guard row.kind == .role, let role = context.roles[row.role] else { return nil }
            var seen: [String] = []
            var seenSet: Set<String> = []   // membership in constant time: rows can be large
            for access in row.access { for id in access.data where seenSet.insert(id).inserted { seen.append(id) } }
            let path = "roles/\(role.id)/sees/data"
            guard let needed = context.dataNeeded(by: role) else {
                guard role.sees.data == .all, !seen.isEmpty else { return nil }
                if context.activity.purposes.count == 1,
                    Set(context.activity.purposes[0].data).isSuperset(of: seen)
                {
                    return nil
                }
                return Violation(
                    path,
                    LocalizedText(
                        nl:
                            "Rol \(context.label(role: role).nl) ziet alle gegevens (`data: all`) zonder dat de rol doelen noemt die dat nodig maken.",
                        en: "Role \(context.label(role: role).en) sees all data (`data: all`) without naming purposes that need it."))
            }
            let extra = seen.filter { !needed.contains($0) }.map(context.name(ofData:))
            guard !extra.isEmpty else { return nil }
            return Violation(
                path,
                LocalizedText(
                    nl: "Rol \(context.label(role: role).nl) ziet gegevens die geen van haar doelen gebruikt: \(extra.joinedList(.nl)).",
                    en: "Role \(context.label(role: role).en) sees data that none of its purposes uses: \(extra.joinedList(.en))."))
        }
    }
}
