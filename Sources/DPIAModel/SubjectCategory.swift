/// A category of data subjects (betrokkenen), such as job seekers of one municipality.
public struct SubjectCategory: Identifiable, Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    /// Whose clients these are: defines "own" in access scopes.
    public var of: [String]
    public var vulnerable: Bool?
    public var minors: Bool?
    /// Approximate number of persons.
    public var count: Int?
    public var description: String?
    /// The documented weighing of children's interests, when minors are concerned.
    public var childInterests: String?
    public var renamedFrom: String?

    public init(
        id: String, name: String, of: [String] = [], vulnerable: Bool? = nil, minors: Bool? = nil,
        count: Int? = nil, description: String? = nil, childInterests: String? = nil,
        renamedFrom: String? = nil
    ) {
        self.id = id; self.name = name; self.of = of; self.vulnerable = vulnerable; self.minors = minors
        self.count = count; self.description = description; self.childInterests = childInterests
        self.renamedFrom = renamedFrom
    }
}
