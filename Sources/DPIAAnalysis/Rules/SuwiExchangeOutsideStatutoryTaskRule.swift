import DPIAModel

/// A flow between UWV and a municipality rests on Wet SUWI art. 62 only for the statutory task of
/// supporting arbeidsinschakeling, and the receiving party must be competent for the person (VUM 4.1).
public struct SuwiExchangeOutsideStatutoryTaskRule: Rule {
    public static let description = RuleDescription(
        id: "suwi_exchange_outside_statutory_task",
        title: LocalizedText(
            nl: "Uitwisseling UWV–gemeente buiten de wettelijke taak of bevoegdheid",
            en: "UWV–municipality exchange outside the statutory task or competence"),
        explanation: LocalizedText(
            nl: """
            Art. 62 Wet SUWI verplicht UWV en gemeenten elkaar de gegevens te verstrekken die nodig zijn \
            voor hun taak. Dat draagt de uitwisseling alleen zolang de gegevens worden gebruikt voor \
            ondersteuning bij arbeidsinschakeling, en alleen als de ontvanger bevoegd is dienstverlening \
            te bieden aan deze personen (VUM §4.1). De regel meldt een flow tussen UWV en een gemeente \
            waarvan het doel geen re-integratiedoel is (Participatiewet of Wet SUWI), of waarbij \
            `recipient_competent` niet `true` is.
            """,
            en: """
            Art. 62 of the SUWI act obliges UWV and municipalities to supply each other the data needed \
            for their task. That carries the exchange only while the data is used to support \
            arbeidsinschakeling, and only when the recipient is competent to serve these persons (VUM \
            §4.1). The rule reports a flow between UWV and a municipality whose purpose is not a \
            re-integration purpose (Participatiewet or SUWI act), or whose `recipient_competent` is not \
            `true`.
            """),
        legalReference: "Wet SUWI art. 62; Participatiewet art. 7; art. 6 lid 1 onder c en e AVG",
        likelihood: .medium, impact: .medium,
        suggestedMeasure: LocalizedText(
            nl: "Beperk de uitwisseling tot de re-integratietaak en stel vast (en leg vast met `recipient_competent: true`) dat de ontvanger bevoegd is voor deze personen.",
            en: "Limit the exchange to the re-integration task and establish (and record with `recipient_competent: true`) that the recipient is competent for these persons."),
        triggeringExamples: [RuleExample("""
            flows:
              - id: naar-uwv
                from: gemeente-a
                to: uwv
                data: [naam, werkervaring]
                purpose: matching
            """)],
        nonTriggeringExamples: [RuleExample("""
            flows:
              - id: naar-uwv
                from: gemeente-a
                to: uwv
                data: [naam, werkervaring]
                purpose: matching
                recipient_competent: true
            """)])

    public init() {}

    public func validate(_ context: AnalysisContext) -> [Violation] {
        (context.activity.flows ?? []).compactMap { flow -> Violation? in
            let types = [flow.from, flow.to].map { context.parties[context.rootOrganisation(ofParty: $0)]?.type }
            guard types.contains(.uwv), types.contains(.municipality) else { return nil }
            let competent = flow.recipientCompetent
            let task = context.isReintegration(flow.purpose)
            guard competent != true || !task else { return nil }
            var problems: [LocalizedText] = []
            if !task {
                problems.append(LocalizedText(nl: "het doel is geen ondersteuning bij arbeidsinschakeling",
                                              en: "the purpose is not support with arbeidsinschakeling"))
            }
            if competent == false {
                problems.append(LocalizedText(nl: "de ontvanger is niet bevoegd voor deze personen",
                                              en: "the recipient is not competent for these persons"))
            } else if competent == nil {
                problems.append(LocalizedText(nl: "niet vastgelegd is dat de ontvanger bevoegd is voor deze personen",
                                              en: "it is not recorded that the recipient is competent for these persons"))
            }
            return Violation("flows/\(flow.id)", LocalizedText(
                nl: "Gegevensstroom '\(flow.id)' van \(context.name(ofParty: flow.from)) naar \(context.name(ofParty: flow.to)) steunt niet op art. 62 Wet SUWI: \(problems.map(\.nl).joinedList(.nl)).",
                en: "Flow '\(flow.id)' from \(context.name(ofParty: flow.from)) to \(context.name(ofParty: flow.to)) is not covered by art. 62 SUWI act: \(problems.map(\.en).joinedList(.en))."),
                likelihood: competent == false || !task ? .high : nil)
        }
    }
}
