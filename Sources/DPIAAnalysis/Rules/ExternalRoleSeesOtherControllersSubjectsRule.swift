import DPIAModel

/// An external role (employer, private intermediary) sees identifiable data subjects of controllers other
/// than the one(s) that admitted it (HW: "werkgevers zien standaard klanten van andere gemeenten").
public struct ExternalRoleSeesOtherControllersSubjectsRule: Rule {
    public static let description = RuleDescription(
        id: "external_role_sees_other_controllers_subjects",
        title: LocalizedText(
            nl: "Externe rol ziet betrokkenen van andere verwerkingsverantwoordelijken",
            en: "External role sees data subjects of other controllers"),
        explanation: LocalizedText(
            nl: """
                Een externe partij (werkgever, private bemiddelaar) is toegelaten door één of enkele \
                verwerkingsverantwoordelijken (`affiliated`). Ziet haar rol ook herleidbare gegevens van \
                betrokkenen van andere verwerkingsverantwoordelijken (bijvoorbeeld kandidaten van andere \
                gemeenten), dan zijn die gegevens verstrekt zonder dat hun eigen verantwoordelijke die \
                partij heeft beoordeeld of toegelaten. Dat botst met doelbinding en need-to-know. De regel \
                kijkt naar de wie-ziet-wie-berekening: populaties waarvan de eigenaar (`of`) niet de partij \
                zelf of een van haar `affiliated` verantwoordelijken is. Gepseudonimiseerde inzage telt \
                niet mee (zie pseudonymised_profile_traceable). Zonder `condition` is de kans hoog.
                """,
            en: """
                An external party (employer, private intermediary) is admitted by one or a few controllers \
                (`affiliated`). When its role also sees identifiable data of other controllers' data subjects \
                (for example candidates of other municipalities), that data is disclosed without the \
                responsible controller having assessed or admitted the party, against purpose limitation and \
                need-to-know. The rule reads the who-sees-whom computation: populations whose owner (`of`) is \
                neither the party nor one of its `affiliated` controllers. Pseudonymised views do not count \
                (see pseudonymised_profile_traceable). Without a `condition` the likelihood is high.
                """),
        legalReference: "art. 5 lid 1 onder b en c AVG; art. 25 AVG; Participatiewet art. 65",
        likelihood: .medium, impact: .medium,
        suggestedMeasure: LocalizedText(
            nl:
                "Beperk de inzage van de rol tot betrokkenen van de verantwoordelijke(n) die de partij hebben toegelaten (`scope: own`), of laat de andere verantwoordelijken de toegang uitdrukkelijk toestaan en leg dat vast.",
            en:
                "Limit the role to data subjects of the controller(s) that admitted the party (`scope: own`), or have the other controllers explicitly allow the access and record that."
        ),
        triggeringExamples: [
            RuleExample(
                """
                roles+:
                  - id: werkgever
                    sees: { data: [werkervaring], subjects: [werkzoekenden-a, werkzoekenden-b], scope: all }
                """, at: ["roles/werkgever"])
        ],
        nonTriggeringExamples: [
            RuleExample(
                """
                roles+:
                  - id: werkgever
                    sees: { data: [werkervaring], subjects: [werkzoekenden-a, werkzoekenden-b], scope: own }
                """)
        ])

    public init() {}

    public func validate(_ context: AnalysisContext) -> [Violation] {
        OtherPopulationAccess.violations(in: context, external: true) { role, populations, owners in
            LocalizedText(
                nl:
                    "Externe rol \(context.label(role: role).nl) van \(context.name(ofParty: role.party)) ziet herleidbare gegevens van \(populations.nl), betrokkenen van \(owners.nl): niet van de verantwoordelijke die deze partij heeft toegelaten.",
                en:
                    "External role \(context.label(role: role).en) of \(context.name(ofParty: role.party)) sees identifiable data of \(populations.en), data subjects of \(owners.en): not of the controller that admitted this party."
            )
        }
    }
}
