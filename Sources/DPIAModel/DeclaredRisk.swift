/// A risk written by people in the spec's `risks:` section, beside those the rules find.
public struct DeclaredRisk: Identifiable, Sendable, Hashable, Codable {
    public var id: String
    public var description: String
    public var likelihood: Level
    public var impact: Level
    public var origin: String?
    public var source: String?
    public var renamedFrom: String?

    public init(
        id: String, description: String, likelihood: Level, impact: Level, origin: String? = nil,
        source: String? = nil, renamedFrom: String? = nil
    ) {
        self.id = id; self.description = description; self.likelihood = likelihood; self.impact = impact
        self.origin = origin; self.source = source; self.renamedFrom = renamedFrom
    }
}
