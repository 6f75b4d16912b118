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
                of werkgever die niet gepseudonimiseerd is, waarvoor in `grounds` geen bepaling uit de catalogus \
                staat die de verstrekker tot deze bekendmaking verplicht (uitzondering a; een taakartikel is dat \
                niet), en waarvoor geen schriftelijke, geïnformeerde verklaring van geen bezwaar is vastgelegd \
                (`no_objection: {form: written, informed: true}`, of `consent: written-no-objection`; een opt-out \
                of akkoord met voorwaarden is dat niet). Wat een verwerker namens de gemeente levert, is een \
                verstrekking van de gemeente. Naar een werkgever met alleen toestemming in het platform is de \
                kans laag; gaat het om kwetsbare betrokkenen, dan blijft de impact hoog.
                """,
            en: """
                Municipalities and UWV may disclose data collected for the Participatiewet or the SUWI act \
                only under an exception to secrecy (Pw art. 65, SUWI art. 74): (a) a statutory provision \
                requires it, (b) the person declared in writing to have no objection, or (c) the data cannot \
                be traced to a person. The rule reports a flow of clients' data (data subjects with more than \
                name, contact or usage data, so not staff) from UWV or a municipality to a private \
                intermediary or employer that is not pseudonymised, whose `grounds` name no provision of the \
                catalogue that obliges the discloser to this disclosure (exception a; a task article is not \
                one), and for which no written, informed no-objection statement is recorded (`no_objection: \
                {form: written, informed: true}`, or `consent: written-no-objection`; an opt-out or accepting \
                terms is not one). What a processor delivers for the municipality is the municipality's \
                disclosure. To an employer with consent given in the platform the likelihood is low; for \
                vulnerable data subjects the impact stays high.
                """),
        legalReference: "Participatiewet art. 65 lid 1; Wet SUWI art. 74 lid 2; art. 6 lid 1 AVG",
        likelihood: .high, impact: .high,
        suggestedMeasure: LocalizedText(
            nl:
                "Verstrek gepseudonimiseerde profielen (tweetrapsproces) en geef contactgegevens pas na selectie, of van de eigen werkcoach; of vraag een schriftelijke verklaring van geen bezwaar.",
            en:
                "Disclose pseudonymised profiles (two-stage process) and give contact details only after selection, or those of the job coach; or ask a written no-objection statement."
        ),
        triggeringExamples: [
            RuleExample(Self.profiles("consent: consent"), at: ["flows/profielen-naar-bureau"]),
            // A task article "onder a" is no statutory duty to disclose (exception a).
            RuleExample(Self.profiles("grounds: [Participatiewet art. 7 lid 1 onder a]"), at: ["flows/profielen-naar-bureau"]),
            // "Geen bezwaar" after an opt-out letter is not the written statement of exception b.
            RuleExample(
                Self.profiles(
                    "grounds: [Participatiewet art. 65 lid 1 onder b (geen bezwaar gemaakt na brief)]",
                    "no_objection: { form: opt-out, informed: true }"),
                at: ["flows/profielen-naar-bureau"]),
            // The platform (a processor) delivering contact details is the municipality disclosing them.
            RuleExample(
                """
                flows:
                  - id: contact-naar-bureau
                    from: leverancier
                    to: bureau-x
                    data: [naam, contactgegevens, werkervaring]
                    purpose: matching
                """, at: ["flows/contact-naar-bureau"]),
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
                """),
            RuleExample(Self.profiles("consent: written-no-objection")),
            RuleExample(Self.profiles("grounds: [pw-65-1-b]", "no_objection: { form: written, informed: true }")),
        ])

    /// Name and work experience of the base spec's job seekers from the municipality to the private
    /// intermediary, with `fields` added to the flow.
    private static func profiles(_ fields: String...) -> String {
        """
        flows:
          - id: profielen-naar-bureau
            from: gemeente-a
            to: bureau-x
            data: [naam, werkervaring]
            purpose: matching
            \(fields.joined(separator: "\n    "))
        """
    }

    public init() {}

    public func validate(_ context: AnalysisContext) -> [Violation] {
        (context.activity.flows ?? []).compactMap { flow -> Violation? in
            // A processor's delivery is its controller's disclosure (the VUM exchange service is the municipality).
            let discloser = context.discloser(of: flow)
            guard !flow.pseudonymised, context.isPublicEmploymentService(discloser), !context.isProcessor(flow.to),
                let recipient = context.type(ofParty: flow.to),
                recipient == .privateIntermediary || recipient == .employer
            else { return nil }
            let clients = flow.data.flatMap { context.data[$0]?.subjects ?? [] }.filter(context.clientSubjects.contains)
            guard !clients.isEmpty else { return nil }
            guard context.disclosureDuties(of: flow).isEmpty, !context.hasWrittenNoObjection(flow) else { return nil }
            let to = context.name(ofParty: flow.to), from = context.name(ofParty: discloser)
            var why: [LocalizedText] = [LocalizedText(nl: "niet gepseudonimiseerd", en: "not pseudonymised")]
            let cited = context.citedSecrecyExceptions(of: flow)
            why.append(
                cited.contains(.statutoryDuty)
                    ? LocalizedText(
                        nl: "uitzondering a is genoemd, maar geen voorschrift dat \(from) tot deze bekendmaking verplicht",
                        en: "exception a is cited, but no provision that obliges \(from) to this disclosure")
                    : LocalizedText(
                        nl: "geen wettelijk voorschrift dat tot bekendmaking verplicht",
                        en: "no statutory provision that requires the disclosure"))
            switch flow.noObjection?.form {
            case .optOut?:
                why.append(
                    LocalizedText(
                        nl: "geen bezwaar na een opt-out is geen schriftelijke verklaring",
                        en: "no objection after an opt-out is not a written statement"))
            case .terms?:
                why.append(
                    LocalizedText(
                        nl: "akkoord met de voorwaarden is geen schriftelijke verklaring van geen bezwaar",
                        en: "accepting the terms is not a written no-objection statement"))
            case .written?:
                why.append(
                    LocalizedText(
                        nl: "de schriftelijke verklaring is niet aantoonbaar geïnformeerd gegeven (`informed`)",
                        en: "the written statement is not shown to be informed (`informed`)"))
            case nil:
                why.append(
                    cited.contains(.writtenNoObjection)
                        ? LocalizedText(
                            nl: "uitzondering b is genoemd, maar er is geen schriftelijke verklaring vastgelegd (`no_objection`)",
                            en: "exception b is cited, but no written statement is recorded (`no_objection`)")
                        : flow.consent == .consent
                            ? LocalizedText(
                                nl: "toestemming alleen is geen schriftelijke verklaring van geen bezwaar",
                                en: "consent alone is not a written no-objection statement")
                            : LocalizedText(nl: "geen schriftelijke verklaring van geen bezwaar", en: "no written no-objection statement"))
            }
            let via =
                discloser == flow.from
                ? LocalizedText(nl: "", en: "")
                : LocalizedText(
                    nl: " (via verwerker \(context.name(ofParty: flow.from)))",
                    en: " (through processor \(context.name(ofParty: flow.from)))")
            let message = LocalizedText(
                nl:
                    "De verstrekking van herleidbare gegevens door \(from)\(via.nl) aan \(to) heeft geen uitzondering op de geheimhouding: \(why.map(\.nl).joinedList(.nl)).",
                en:
                    "The disclosure of identifiable data by \(from)\(via.en) to \(to) has no exception to secrecy: \(why.map(\.en).joinedList(.en))."
            )
            // Clients who depend on the municipality or UWV: the harm does not depend on the platform's consent.
            let vulnerable = clients.contains { context.subjects[$0]?.vulnerable == true }
            if recipient == .employer {
                return Violation(
                    "flows/\(flow.id)", message, likelihood: flow.consent == .consent ? .low : .medium,
                    impact: vulnerable ? .high : .medium)
            }
            return Violation("flows/\(flow.id)", message)
        }
    }
}
