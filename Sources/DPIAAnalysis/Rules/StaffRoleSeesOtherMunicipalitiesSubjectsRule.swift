import DPIAModel

/// A staff role of one municipality (account manager, WSP) sees clients of other municipalities (HW).
public struct StaffRoleSeesOtherMunicipalitiesSubjectsRule: Rule {
    public static let description = RuleDescription(
        id: "staff_role_sees_other_municipalities_subjects",
        title: LocalizedText(
            nl: "Medewerkersrol ziet cliënten van andere gemeenten",
            en: "Staff role sees clients of other municipalities"),
        explanation: LocalizedText(
            nl: """
                Medewerkers van een gemeente of UWV (accountmanager, werkcoach, WSP) hebben een wettelijke \
                taak voor hun eigen cliënten. Ziet hun rol ook herleidbare gegevens van cliënten van andere \
                gemeenten, dan reikt de toegang verder dan de taak (need-to-know) en verder dan wat die \
                cliënten mogen verwachten. De regel kijkt in de wie-ziet-wie-berekening naar interne rollen \
                van een overheidspartij met populaties van een andere eigenaar (`of`). Zonder `condition` is \
                de kans hoog.
                """,
            en: """
                Staff of a municipality or UWV (account manager, job coach, employer service point) have a \
                statutory task for their own clients. When their role also sees identifiable data of other \
                municipalities' clients, access reaches beyond the task (need-to-know) and beyond what those \
                clients may expect. The rule reads the who-sees-whom computation for internal roles of a \
                public party that see populations of another owner (`of`). Without a `condition` the \
                likelihood is high.
                """),
        legalReference: "art. 5 lid 1 onder b en c AVG; art. 32 AVG; Participatiewet art. 7",
        likelihood: .medium, impact: .medium,
        suggestedMeasure: LocalizedText(
            nl:
                "Beperk de rol tot de eigen cliënten (`scope: own`), of leg vast op welke grondslag en onder welke voorwaarde medewerkers cliënten van andere gemeenten zien, en informeer die cliënten.",
            en:
                "Limit the role to its own clients (`scope: own`), or record on which legal basis and condition staff see other municipalities' clients, and inform those clients."
        ),
        triggeringExamples: [
            RuleExample(
                """
                roles+:
                  - id: werkcoach
                    sees: { data: [naam, contactgegevens, werkervaring], subjects: all, scope: all }
                """, at: ["roles/werkcoach"])
        ],
        nonTriggeringExamples: [
            RuleExample(
                """
                roles+:
                  - id: werkcoach
                    sees: { data: [naam, contactgegevens, werkervaring], subjects: all, scope: own }
                """)
        ])

    public init() {}

    public func validate(_ context: AnalysisContext) -> [Violation] {
        OtherPopulationAccess.violations(in: context, external: false) { role, populations, owners in
            LocalizedText(
                nl:
                    "Medewerkersrol \(context.label(role: role).nl) van \(context.name(ofParty: role.party)) ziet herleidbare gegevens van \(populations.nl), cliënten van \(owners.nl).",
                en:
                    "Staff role \(context.label(role: role).en) of \(context.name(ofParty: role.party)) sees identifiable data of \(populations.en), clients of \(owners.en)."
            )
        }
    }
}
