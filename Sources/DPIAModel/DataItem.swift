/// A category of personal data processed in the activity.
public struct DataItem: Identifiable, Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var kind: DataKind
    /// Subject category ids this data is about.
    public var subjects: [String]
    public var source: DataSource?
    /// Whether the data subject can see this data about themselves.
    public var visibleToSubject: Bool?
    public var description: String?
    /// The concrete fields in this category, as the DPIA lists them.
    public var fields: [String]
    public var renamedFrom: String?

    public init(
        id: String, name: String, kind: DataKind, subjects: [String] = [], source: DataSource? = nil,
        visibleToSubject: Bool? = nil, description: String? = nil, fields: [String] = [],
        renamedFrom: String? = nil
    ) {
        self.id = id; self.name = name; self.kind = kind; self.subjects = subjects; self.source = source
        self.visibleToSubject = visibleToSubject; self.description = description; self.fields = fields
        self.renamedFrom = renamedFrom
    }
}
