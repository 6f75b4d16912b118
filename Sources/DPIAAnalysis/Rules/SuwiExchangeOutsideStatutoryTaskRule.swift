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
                niet is vastgelegd waaruit de bevoegdheid van de ontvanger volgt: `recipient_competence` met de \
                bepaling die de ontvanger de taak geeft, of het collegebesluit (een voorziening, VUM §3.1). \
                Alleen `recipient_competent: true` (formaat v1) geeft een melding met lage kans.
                """,
            en: """
                Art. 62 of the SUWI act obliges UWV and municipalities to supply each other the data needed \
                for their task. That carries the exchange only while the data is used to support \
                arbeidsinschakeling, and only when the recipient is competent to serve these persons (VUM \
                §4.1). The rule reports a flow between UWV and a municipality whose purpose is not a \
                re-integration purpose (Participatiewet or SUWI act), or for which it is not recorded what makes \
                the recipient competent: `recipient_competence` with the provision that gives the recipient the \
                task, or the college decision (a voorziening, VUM §3.1). Only `recipient_competent: true` \
                (format v1) gives a finding with low likelihood.
                """),
        legalReference: "Wet SUWI art. 62; Participatiewet art. 7; art. 6 lid 1 onder c en e AVG",
        likelihood: .medium, impact: .medium,
        suggestedMeasure: LocalizedText(
            nl:
                "Beperk de uitwisseling tot de re-integratietaak en stel vast (leg vast in `recipient_competence`) waaruit de bevoegdheid van de ontvanger voor deze personen volgt.",
            en:
                "Limit the exchange to the re-integration task and establish (and record in `recipient_competence`) what makes the recipient competent for these persons."
        ),
        triggeringExamples: [
            RuleExample(
                """
                flows:
                  - id: naar-uwv
                    from: gemeente-a
                    to: uwv
                    data: [naam, werkervaring]
                    purpose: matching
                """, at: ["flows/naar-uwv"]),
            // The municipality's own task article does not make UWV competent.
            RuleExample(
                """
                flows:
                  - id: naar-uwv
                    from: gemeente-a
                    to: uwv
                    data: [naam, werkervaring]
                    purpose: matching
                    recipient_competence: { provision: Participatiewet art. 7 lid 1 onder a }
                """, at: ["flows/naar-uwv"]),
        ],
        nonTriggeringExamples: [
            RuleExample(
                """
                flows:
                  - id: naar-uwv
                    from: gemeente-a
                    to: uwv
                    data: [naam, werkervaring]
                    purpose: matching
                    grounds: [Wet SUWI art. 62]
                    recipient_competence: { provision: Wet SUWI art. 30a }
                """)
        ])

    public init() {}

    public func validate(_ context: AnalysisContext) -> [Violation] {
        (context.activity.flows ?? []).compactMap { flow -> Violation? in
            let types = [context.discloser(of: flow), flow.to].map(context.organisationType(of:))
            guard types.contains(.uwv), types.contains(.municipality) else { return nil }
            return Self.violation(flow, in: context, requireTask: true)
        }
    }

    /// The violation of a re-integration flow whose recipient is not shown to be competent (or, with
    /// `requireTask`, whose purpose is no re-integration purpose); shared with
    /// ``RecipientCompetenceNotEstablishedRule``.
    static func violation(_ flow: Flow, in context: AnalysisContext, requireTask: Bool) -> Violation? {
        let competence = context.competence(of: flow)
        let task = !requireTask || context.isReintegration(flow.purpose)
        var problems: [LocalizedText] = []
        if !task {
            problems.append(
                LocalizedText(
                    nl: "het doel is geen ondersteuning bij arbeidsinschakeling",
                    en: "the purpose is not support with arbeidsinschakeling"))
        }
        switch competence {
        case .established: break
        case .denied:
            problems.append(
                LocalizedText(
                    nl: "de ontvanger is niet bevoegd voor deze personen",
                    en: "the recipient is not competent for these persons"))
        case .asserted(let why):
            problems.append(why)
        case .unknown:
            problems.append(
                LocalizedText(
                    nl: "niet vastgelegd is waaruit de bevoegdheid van de ontvanger voor deze personen volgt (`recipient_competence`)",
                    en: "it is not recorded what makes the recipient competent for these persons (`recipient_competence`)"))
        }
        guard !problems.isEmpty else { return nil }
        let from = context.name(ofParty: context.discloser(of: flow)), to = context.name(ofParty: flow.to)
        let likelihood: Level? =
            competence == .denied || !task
            ? .high
            : {
                if case .asserted = competence { return .low }
                return nil
            }()
        return Violation(
            "flows/\(flow.id)",
            LocalizedText(
                nl: requireTask
                    ? "Gegevensstroom van \(from) naar \(to) steunt niet op art. 62 Wet SUWI: \(problems.map(\.nl).joinedList(.nl))."
                    : "Gegevensstroom van \(from) naar \(to) dient de re-integratie, maar \(problems.map(\.nl).joinedList(.nl)).",
                en: requireTask
                    ? "Flow from \(from) to \(to) is not covered by art. 62 SUWI act: \(problems.map(\.en).joinedList(.en))."
                    : "Flow from \(from) to \(to) serves re-integration, but \(problems.map(\.en).joinedList(.en))."),
            likelihood: likelihood)
    }
}
