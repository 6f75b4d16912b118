import DPIAModel

/// Security measures missing for the risk: encryption in transit, access logging, role-based access;
/// encryption at rest for special, criminal and national-id data (HW lists ISO 27001, BIO, pentests, 2FA, TLS).
public struct SecurityMeasureMissingRule: Rule {
    public static let description = RuleDescription(
        id: "security_measure_missing",
        title: LocalizedText(nl: "Basisbeveiligingsmaatregel ontbreekt", en: "Baseline security measure missing"),
        explanation: LocalizedText(
            nl: """
                Passende beveiliging begint bij een basis: versleuteld transport, toegang op basis van rollen \
                en logging van wie wat inzag. Bij bijzondere of strafrechtelijke gegevens of het BSN hoort \
                daar versleuteling in rust bij. De regel meldt elke ontbrekende maatregel uit die basis in \
                `security.measures`; ontbrekende versleuteling in rust weegt licht (kans laag), omdat de \
                beschrijving die vaak niet noemt.
                """,
            en: """
                Appropriate security starts with a baseline: encrypted transport, role-based access and \
                logging of who viewed what. With special-category or criminal data or the national id, \
                encryption at rest belongs to it. The rule reports each missing baseline measure in \
                `security.measures`; missing encryption at rest weighs lightly (low likelihood), since \
                descriptions often omit it.
                """),
        legalReference: "art. 32 AVG; BIO",
        likelihood: .medium, impact: .medium,
        suggestedMeasure: LocalizedText(
            nl:
                "Neem de ontbrekende maatregel op (TLS, rolgebaseerde toegang, toegangslogging, versleuteling in rust) en leg haar vast in `security.measures`.",
            en:
                "Put the missing measure in place (TLS, role-based access, access logging, encryption at rest) and record it in `security.measures`."
        ),
        triggeringExamples: [
            RuleExample(
                """
                security:
                  measures: [encryption-in-transit, encryption-at-rest, 2fa, role-based-access]
                """, at: ["security/measures/access-logging"])
        ],
        nonTriggeringExamples: [RuleExample("")])

    static let baseline: [(SecurityMeasure, nl: String, en: String)] = [
        (.encryptionInTransit, "versleuteld transport", "encryption in transit"),
        (.roleBasedAccess, "toegang op basis van rollen", "role-based access"),
        (.accessLogging, "logging van toegang", "access logging"),
    ]

    public init() {}

    public func validate(_ context: AnalysisContext) -> [Violation] {
        let present = Set(context.activity.security?.measures ?? [])
        var violations = Self.baseline.compactMap { measure, nl, en -> Violation? in
            guard !present.contains(measure) else { return nil }
            return Violation(
                "security/measures/\(measure.rawValue)",
                LocalizedText(
                    nl: "Beveiligingsmaatregel \(ElementName.quoted(nl).nl) ontbreekt.",
                    en: "Security measure \(ElementName.quoted(en).en) is missing."))
        }
        let needsAtRest = context.activity.data.filter { $0.kind.isSpecialCategory || $0.kind == .criminal || $0.kind == .nationalID }
        if !needsAtRest.isEmpty, !present.contains(.encryptionAtRest) {
            let names = needsAtRest.map(\.name)
            violations.append(
                Violation(
                    "security/measures/encryption-at-rest",
                    LocalizedText(
                        nl:
                            "Versleuteling in rust ('encryption-at-rest') is niet vastgelegd, terwijl \(names.joinedList(.nl)) worden opgeslagen.",
                        en: "Encryption at rest ('encryption-at-rest') is not recorded, while \(names.joinedList(.en)) are stored."),
                    likelihood: .low))
        }
        return violations
    }
}
