import DPIAModel

/// The privacy statement is mixed with the terms of use so that people "agree" to it (HW).
public struct TermsAndPrivacyStatementMixedRule: Rule {
    public static let description = RuleDescription(
        id: "terms_and_privacy_statement_mixed",
        title: LocalizedText(
            nl: "Gebruiksvoorwaarden en privacyverklaring vermengd",
            en: "Terms of use and privacy statement mixed"),
        explanation: LocalizedText(
            nl: """
                Een privacyverklaring informeert; zij is niet iets om mee akkoord te gaan. Zit zij in de \
                gebruiksvoorwaarden, dan denken mensen dat zij toestemming geven en dat weigeren betekent \
                niet meedoen. Dat vertroebelt de grondslag en de informatie. De regel meldt \
                `separate_from_terms: false`.
                """,
            en: """
                A privacy statement informs; it is not something to agree to. When it sits inside the terms \
                of use, people believe they give consent and that refusing means not taking part. That blurs \
                the legal basis and the information. The rule reports `separate_from_terms: false`.
                """),
        legalReference: "art. 12 lid 1 en art. 13 AVG; art. 7 lid 2 AVG",
        likelihood: .medium, impact: .medium,
        suggestedMeasure: LocalizedText(
            nl: "Maak een aparte privacyverklaring die alleen informeert, los van de gebruiksvoorwaarden waarmee gebruikers akkoord gaan.",
            en: "Write a separate privacy statement that only informs, apart from the terms of use that users accept."),
        triggeringExamples: [
            RuleExample(
                """
                transparency:
                  privacy_statement: true
                  separate_from_terms: false
                  informs_about: [controller, purposes, legal-basis, recipients, visibility, retention, rights, usage-logging]
                """, at: ["transparency/separate_from_terms"])
        ],
        nonTriggeringExamples: [RuleExample("")])

    public init() {}

    public func validate(_ context: AnalysisContext) -> [Violation] {
        guard context.activity.transparency?.separateFromTerms == false else { return [] }
        return [
            Violation(
                "transparency/separate_from_terms",
                LocalizedText(
                    nl:
                        "De privacyverklaring is verwerkt in de gebruiksvoorwaarden: betrokkenen 'gaan akkoord' met wat alleen informatie hoort te zijn.",
                    en: "The privacy statement is part of the terms of use: data subjects 'agree' to what should only be information."))
        ]
    }
}
