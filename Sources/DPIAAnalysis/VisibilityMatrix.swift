import DPIAModel

/// Whether a population belongs to the role's own organisation(s).
public enum PopulationRelation: String, Sendable, Hashable, Codable {
    /// Subjects of the role's party or of the controllers it is affiliated with.
    case own
    /// Subjects of other controllers (for example other municipalities).
    case other
}

/// What one role can see of one population (subject category).
public struct PopulationAccess: Sendable, Hashable, Codable {
    public var subject: String
    public var relation: PopulationRelation
    /// Data ids the role sees of these subjects.
    public var data: [String]
    public var pseudonymised: Bool
    public var condition: String?

    public init(subject: String, relation: PopulationRelation, data: [String], pseudonymised: Bool,
                condition: String? = nil) {
        self.subject = subject; self.relation = relation; self.data = data
        self.pseudonymised = pseudonymised; self.condition = condition
    }
}

/// Who sees whom: for every role, the populations it can see and which data.
public struct VisibilityMatrix: Sendable, Hashable, Codable {
    public struct Row: Sendable, Hashable, Codable {
        public var role: String
        public var party: String
        public var external: Bool
        public var access: [PopulationAccess]

        public init(role: String, party: String, external: Bool, access: [PopulationAccess]) {
            self.role = role; self.party = party; self.external = external; self.access = access
        }
    }

    public var rows: [Row]

    public init(rows: [Row]) { self.rows = rows }
}
