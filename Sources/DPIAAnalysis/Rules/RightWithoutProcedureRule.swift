import DPIAModel

/// A data-subject right without a procedure; in particular the right to erasure missing from the
/// terms (HW).
public struct RightWithoutProcedureRule: Rule {
    public static let description = RuleDescription(
        id: "right_without_procedure",
        title: LocalizedText(nl: "Recht van betrokkenen zonder procedure", en: "Data-subject right without a procedure"),
        explanation: LocalizedText(
            nl: """
                Betrokkenen moeten hun rechten kunnen uitoefenen: inzage, rectificatie, vergetelheid, \
                beperking altijd; bezwaar (art. 21) alleen bij verwerking op grond van een publieke taak of \
                gerechtvaardigd belang (art. 6 lid 1 onder e of f); dataportabiliteit bij toestemming of overeenkomst; het recht \
                niet onderworpen te worden aan geautomatiseerde besluitvorming als die plaatsvindt. De regel \
                meldt elk van die rechten waarvoor `rights` geen procedure noemt.
                """,
            en: """
                Data subjects must be able to exercise their rights: access, rectification, erasure, \
                restriction always; objection (art. 21) only for processing on a public task or legitimate \
                interest (art. 6(1)(e) or (f)); portability with consent or contract; the right not to be \
                subject to automated decisions when those are made. The rule reports each of those rights for \
                which `rights` names no procedure.
                """),
        legalReference: "art. 12 en 15–22 AVG",
        likelihood: .medium, impact: .medium,
        suggestedMeasure: LocalizedText(
            nl:
                "Beschrijf per recht hoe betrokkenen het uitoefenen (loket, termijn, wie beslist) en neem het op in de gebruiksvoorwaarden en de privacyverklaring.",
            en:
                "Describe per right how data subjects exercise it (where, within what time, who decides) and include it in the terms of use and the privacy statement."
        ),
        triggeringExamples: [
            RuleExample("", removing: ["rights/erasure"], at: ["rights/erasure"])
        ],
        nonTriggeringExamples: [
            RuleExample(""),
            // Processing on consent only: there is no right to object, so no procedure is asked for it.
            RuleExample(
                """
                purposes+:
                  - id: matching
                    basis: consent
                    consent: { informed: true, specific: true, withdrawable: true, recorded: true }
                rights:
                  access: Via Mijn Gemeente.
                  rectification: Via de werkcoach.
                  erasure: Op verzoek binnen vier weken.
                  restriction: Via een privacyverzoek.
                  portability: Als download in Mijn Gemeente.
                """, removing: ["purposes/matching/law"]),
        ])

    public init() {}

    public func validate(_ context: AnalysisContext) -> [Violation] {
        let activity = context.activity
        var required: [SubjectRight] = [.access, .rectification, .erasure, .restriction]
        // The right to object (art. 21) exists only for processing on art. 6(1)(e) or (f).
        if activity.purposes.contains(where: { $0.basis == .publicTask || $0.basis == .legitimateInterest }) {
            required.append(.objection)
        }
        if activity.purposes.contains(where: { $0.basis == .consent || $0.basis == .contract }) { required.append(.portability) }
        if activity.techniques?.automatedDecisions == true { required.append(.automatedDecisions) }
        return required.compactMap { right -> Violation? in
            guard isBlank(activity.rights?[right]) else { return nil }
            let name = Self.names[right] ?? (right.rawValue, right.rawValue)
            return Violation(
                "rights/\(right.rawValue)",
                LocalizedText(
                    nl: "Voor het recht op \(name.nl) is geen procedure beschreven.",
                    en: "No procedure is described for the right to \(name.en)."))
        }
    }

    static let names: [SubjectRight: (nl: String, en: String)] = [
        .access: ("inzage", "access"), .rectification: ("rectificatie en aanvulling", "rectification"),
        .erasure: ("vergetelheid (wissen)", "erasure"), .restriction: ("beperking van de verwerking", "restriction"),
        .objection: ("bezwaar", "object"), .portability: ("dataportabiliteit", "data portability"),
        .automatedDecisions: ("geen geautomatiseerde besluitvorming", "not be subject to automated decisions"),
        .information: ("informatie", "information"),
    ]
}
