import DPIAModel

/// Consent without its conditions: informed, specific, withdrawable, recorded (STAP; HW: consent for
/// after-care not recorded).
public struct ConsentConditionsMissingRule: Rule {
    public static let description = RuleDescription(
        id: "consent_conditions_missing",
        title: LocalizedText(
            nl: "Voorwaarden voor toestemming niet vervuld",
            en: "Conditions for consent not met"),
        explanation: LocalizedText(
            nl: """
                Toestemming telt alleen als zij geïnformeerd, specifiek (per doel), intrekbaar en \
                aantoonbaar (vastgelegd) is. Dat geldt ook voor toestemming als extra waarborg. De regel \
                meldt een doel met `basis: consent` of met een `consent`-blok waarin een van `informed`, \
                `specific`, `withdrawable` en `recorded` niet `true` is.
                """,
            en: """
                Consent counts only when it is informed, specific (per purpose), withdrawable and \
                demonstrable (recorded). That holds for consent as an extra safeguard too. The rule reports a \
                purpose with `basis: consent` or a `consent` block in which one of `informed`, `specific`, \
                `withdrawable` and `recorded` is not `true`.
                """),
        legalReference: "art. 4 onder 11 en art. 7 AVG",
        likelihood: .medium, impact: .medium,
        suggestedMeasure: LocalizedText(
            nl:
                "Vraag toestemming schriftelijk of digitaal per doel, leg uit wat er verwerkt wordt en hoe intrekken werkt, en registreer de toestemming.",
            en: "Ask consent in writing or digitally per purpose, explain what is processed and how to withdraw, and record the consent."),
        triggeringExamples: [
            RuleExample(
                """
                purposes+:
                  - id: nazorg
                    description: Nazorg na het einde van de uitkering.
                    basis: consent
                    consent: { informed: true, recorded: false }
                    data: [naam, contactgegevens]
                """, at: ["purposes/nazorg/consent"])
        ],
        nonTriggeringExamples: [
            RuleExample(
                """
                purposes+:
                  - id: nazorg
                    description: Nazorg na het einde van de uitkering.
                    basis: consent
                    consent: { informed: true, specific: true, withdrawable: true, recorded: true }
                    data: [naam, contactgegevens]
                """)
        ])

    public init() {}

    public func validate(_ context: AnalysisContext) -> [Violation] {
        context.activity.purposes.compactMap { purpose -> Violation? in
            guard purpose.basis == .consent || purpose.consent != nil else { return nil }
            let consent = purpose.consent ?? ConsentDetails()
            let conditions: [(Bool?, String, String)] = [
                (consent.informed, "geïnformeerd", "informed"), (consent.specific, "specifiek", "specific"),
                (consent.withdrawable, "intrekbaar", "withdrawable"), (consent.recorded, "vastgelegd", "recorded"),
            ]
            let missing = conditions.filter { $0.0 != true }
            guard !missing.isEmpty else { return nil }
            return Violation(
                "purposes/\(purpose.id)/consent",
                LocalizedText(
                    nl:
                        "De toestemming voor doel \(context.label(purpose: purpose).nl) is niet aantoonbaar \(missing.map(\.1).joinedList(.nl)).",
                    en: "Consent for purpose \(context.label(purpose: purpose).en) is not shown to be \(missing.map(\.2).joinedList(.en)).")
            )
        }
    }
}
