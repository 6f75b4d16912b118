import DPIAModel

/// One place where a rule is violated, before it becomes a ``Finding``.
public struct Violation: Sendable, Hashable {
    /// The element path (see ``SourceMap``) of the element concerned, for example `roles/werkgever`.
    public var elementPath: String
    /// What is wrong with this element, in a sentence a privacy officer understands.
    public var message: LocalizedText
    /// Overrides the rule's default likelihood when the facts make the risk more or less likely.
    public var likelihood: Level?
    /// Overrides the rule's default impact.
    public var impact: Level?

    public init(_ elementPath: String, _ message: LocalizedText, likelihood: Level? = nil, impact: Level? = nil) {
        self.elementPath = elementPath; self.message = message
        self.likelihood = likelihood; self.impact = impact
    }
}
