import DPIAModel

/// Identifiable job-seeker data from UWV or a municipality to a private intermediary or employer without
/// one of the exceptions to secrecy (VUM 4.4; Participatiewet art. 65, Wet SUWI art. 74).
public struct IdentifiableDisclosureWithoutSecrecyExceptionRule: Rule {
    public static let description = RuleDescription(
        id: "identifiable_disclosure_without_secrecy_exception",
        title: LocalizedText(
            nl: "Herleidbare gegevens naar private partij zonder uitzondering op de geheimhouding",
            en: "Identifiable data to a private party without an exception to secrecy"),
        explanation: LocalizedText(
            nl: """
            Gemeenten en UWV mogen gegevens die zij voor de Participatiewet of de Wet SUWI verzamelen \
            alleen bekendmaken als een uitzondering op de geheimhouding geldt (Pw art. 65, SUWI art. 74): \
            (a) een wettelijk voorschrift verplicht tot bekendmaking, (b) de betrokkene heeft schriftelijk \
            verklaard geen bezwaar te hebben, of (c) de gegevens zijn niet herleidbaar. De regel meldt een \
            verstrekking van gegevens over cliënten (betrokkenen met meer dan alleen naam-, contact- of \
            gebruiksgegevens, dus niet medewerkers) van UWV of een gemeente aan een private bemiddelaar \
            of werkgever die niet gepseudonimiseerd is, geen `consent: written-no-objection` heeft en geen uitzondering onder a \
            of b in `grounds` noemt. Naar een werkgever met alleen toestemming in het platform is de kans \
            laag: leg die dan vast als schriftelijke verklaring van geen bezwaar.
            """,
            en: """
            Municipalities and UWV may disclose data collected for the Participatiewet or the SUWI act \
            only under an exception to secrecy (Pw art. 65, SUWI art. 74): (a) a statutory provision \
            requires it, (b) the person declared in writing to have no objection, or (c) the data cannot \
            be traced to a person. The rule reports a flow of clients' data (data subjects with more than \
            name, contact or usage data, so not staff) from UWV or a municipality to a private \
            intermediary or employer that is not pseudonymised, has no `consent: written-no-objection` and \
            names no exception a or b in `grounds`. To an employer with consent given in the platform the \
            likelihood is low: record it as a written no-objection statement.
            """),
        legalReference: "Participatiewet art. 65 lid 1; Wet SUWI art. 74 lid 2; art. 6 lid 1 AVG",
        likelihood: .high, impact: .high,
        suggestedMeasure: LocalizedText(
            nl: "Verstrek gepseudonimiseerde profielen (tweetrapsproces) en geef contactgegevens pas na selectie, of van de eigen werkcoach; of vraag een schriftelijke verklaring van geen bezwaar.",
            en: "Disclose pseudonymised profiles (two-stage process) and give contact details only after selection, or those of the job coach; or ask a written no-objection statement."),
        triggeringExamples: [RuleExample("""
            flows:
              - id: profielen-naar-bureau
                from: gemeente-a
                to: bureau-x
                data: [naam, werkervaring]
                purpose: matching
                consent: consent
            """)],
        nonTriggeringExamples: [
            RuleExample("""
                flows:
                  - id: profielen-naar-bureau
                    from: gemeente-a
                    to: bureau-x
                    data: [werkervaring]
                    purpose: matching
                    pseudonymised: true
                    grounds: [Participatiewet art. 65 lid 1 onder c]
                """),
            RuleExample("""
                flows:
                  - id: profielen-naar-bureau
                    from: gemeente-a
                    to: bureau-x
                    data: [naam, werkervaring]
                    purpose: matching
                    consent: written-no-objection
                """),
        ])

    public init() {}

    public func validate(_ context: AnalysisContext) -> [Violation] {
        (context.activity.flows ?? []).compactMap { flow -> Violation? in
            guard !flow.pseudonymised, context.isPublicEmploymentService(flow.from), !context.isProcessor(flow.to),
                  let recipient = context.type(ofParty: flow.to),
                  recipient == .privateIntermediary || recipient == .employer else { return nil }
            let aboutClients = flow.data.contains { id in (context.data[id]?.subjects ?? []).contains(where: context.clientSubjects.contains) }
            guard aboutClients else { return nil }
            let exceptions = SecrecyException.named(in: flow.grounds)
            guard flow.consent != .writtenNoObjection, !exceptions.contains(.statutoryDuty),
                  !exceptions.contains(.writtenNoObjection) else { return nil }
            let to = context.name(ofParty: flow.to), from = context.name(ofParty: flow.from)
            let consentOnly = flow.consent == .consent
            let message = LocalizedText(
                nl: "Verstrekking '\(flow.id)' geeft herleidbare gegevens van \(from) aan \(to) zonder uitzondering op de geheimhouding (niet gepseudonimiseerd, geen schriftelijke verklaring van geen bezwaar, geen wettelijk voorschrift)\(consentOnly ? "; toestemming alleen is geen schriftelijke verklaring" : "").",
                en: "Flow '\(flow.id)' gives identifiable data from \(from) to \(to) without an exception to secrecy (not pseudonymised, no written no-objection statement, no statutory duty)\(consentOnly ? "; consent alone is not a written statement" : "").")
            if recipient == .employer {
                return Violation("flows/\(flow.id)", message, likelihood: consentOnly ? .low : .medium, impact: .medium)
            }
            return Violation("flows/\(flow.id)", message)
        }
    }
}
