import DPIAModel

/// Minors among the data subjects without a documented weighing of the child's interests (ZTM).
public struct MinorsWithoutChildInterestsRule: Rule {
    public static let description = RuleDescription(
        id: "minors_without_child_interests",
        title: LocalizedText(
            nl: "Minderjarigen zonder afweging van hun belangen",
            en: "Minors without a weighing of their interests"),
        explanation: LocalizedText(
            nl: """
                Kinderen verdienen specifieke bescherming (overweging 38 AVG); het belang van het kind weegt \
                zwaar (art. 3 IVRK). De regel meldt een groep betrokkenen met `minors: true` zonder \
                vastgelegde afweging in `child_interests`.
                """,
            en: """
                Children merit specific protection (recital 38 GDPR); the child's interest weighs heavily \
                (art. 3 UNCRC). The rule reports a group of data subjects with `minors: true` without a \
                recorded weighing in `child_interests`.
                """),
        legalReference: "art. 3 IVRK; overweging 38 AVG; art. 24 Handvest EU",
        likelihood: .medium, impact: .high,
        suggestedMeasure: LocalizedText(
            nl: "Weeg de belangen van de minderjarigen af en leg dat vast in `child_interests` (met ouders/verzorgers waar nodig).",
            en: "Weigh the minors' interests and record it in `child_interests` (involving parents or guardians where needed)."),
        triggeringExamples: [
            RuleExample(
                """
                subjects+:
                  - id: werkzoekenden-a
                    name: Jongeren zonder startkwalificatie
                    minors: true
                """, at: ["subjects/werkzoekenden-a/minors"])
        ],
        nonTriggeringExamples: [
            RuleExample(
                """
                subjects+:
                  - id: werkzoekenden-a
                    name: Jongeren zonder startkwalificatie
                    minors: true
                    child_interests: Afgewogen met de leerplichtambtenaar; ouders worden geïnformeerd.
                """)
        ])

    public init() {}

    public func validate(_ context: AnalysisContext) -> [Violation] {
        context.activity.subjects.compactMap { subject -> Violation? in
            guard subject.minors == true, isBlank(subject.childInterests) else { return nil }
            return Violation(
                "subjects/\(subject.id)/minors",
                LocalizedText(
                    nl: "Onder \(subject.name) zijn minderjarigen, maar een afweging van hun belangen (`child_interests`) ontbreekt.",
                    en: "\(subject.name) include minors, but a weighing of their interests (`child_interests`) is missing."))
        }
    }
}
