import DPIAModel

/// The static description of a rule: identity, explanation, legal reference, default risk and examples.
public struct RuleDescription: Sendable, Hashable {
    /// Stable snake_case id, used in `addresses:` of measures and in finding ids.
    public var id: String
    public var title: LocalizedText
    /// Why this is a risk for data subjects and when the rule fires.
    public var explanation: LocalizedText
    /// Article and law, for example "art. 28 lid 3 AVG".
    public var legalReference: String
    /// Default likelihood (kans) of the risk.
    public var likelihood: Level
    /// Default impact on data subjects.
    public var impact: Level
    public var suggestedMeasure: LocalizedText
    /// Spec fragments that make the rule fire.
    public var triggeringExamples: [RuleExample]
    /// Spec fragments that do not make the rule fire.
    public var nonTriggeringExamples: [RuleExample]

    public init(
        id: String, title: LocalizedText, explanation: LocalizedText, legalReference: String,
        likelihood: Level, impact: Level, suggestedMeasure: LocalizedText,
        triggeringExamples: [RuleExample], nonTriggeringExamples: [RuleExample]
    ) {
        self.id = id; self.title = title; self.explanation = explanation; self.legalReference = legalReference
        self.likelihood = likelihood; self.impact = impact; self.suggestedMeasure = suggestedMeasure
        self.triggeringExamples = triggeringExamples; self.nonTriggeringExamples = nonTriggeringExamples
    }

    /// The default risk level on the Rijksmodel matrix.
    public var level: Level { Level.risk(likelihood: likelihood, impact: impact) }
}
