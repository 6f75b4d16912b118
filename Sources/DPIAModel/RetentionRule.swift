/// How long data is kept.
public enum RetentionPeriod: Sendable, Hashable, Codable {
    case duration(ISODuration)
    /// "As long as needed": only acceptable with a criterion.
    case asLongAsNeeded
}

/// How data is deleted when the period ends.
public enum DeletionMode: String, Vocabulary {
    case automated, manual, none
    public static var aliases: [String: DeletionMode] { ["automatisch": .automated, "handmatig": .manual, "geen": .none] }
}

/// A retention period for one or more data categories.
public struct RetentionRule: Sendable, Hashable, Codable {
    public var id: String?
    public var data: [String]
    public var period: RetentionPeriod
    /// The event the period starts from, for example "einde dienstverlening".
    public var starts: String?
    /// Where the period comes from: a law, a selectielijst category or a motivated choice.
    public var source: String?
    public var deletion: DeletionMode?
    public var purpose: String?
    public var criterion: String?
    /// Who supervises destruction.
    public var supervisor: String?
    public var renamedFrom: String?

    public init(id: String? = nil, data: [String], period: RetentionPeriod, starts: String? = nil,
                source: String? = nil, deletion: DeletionMode? = nil, purpose: String? = nil,
                criterion: String? = nil, supervisor: String? = nil, renamedFrom: String? = nil) {
        self.id = id; self.data = data; self.period = period; self.starts = starts; self.source = source
        self.deletion = deletion; self.purpose = purpose; self.criterion = criterion
        self.supervisor = supervisor; self.renamedFrom = renamedFrom
    }

    /// A stable key for this rule: its id, or the data ids it covers.
    public var key: String { id ?? data.sorted().joined(separator: "+") }
}
