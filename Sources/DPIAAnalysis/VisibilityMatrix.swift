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
    /// Whose clients the population is (the subject category's `of`, or the activity's controller).
    public var owners: [String]

    public init(
        subject: String, relation: PopulationRelation, data: [String], pseudonymised: Bool,
        condition: String? = nil, owners: [String] = []
    ) {
        self.subject = subject; self.relation = relation; self.data = data
        self.pseudonymised = pseudonymised; self.condition = condition; self.owners = owners
    }
}

/// Who sees whom: for every role, the populations it can see and which data.
public struct VisibilityMatrix: Sendable, Hashable, Codable {
    /// Where a row comes from.
    public enum RowKind: String, Sendable, Hashable, Codable {
        /// A role of the spec's `roles:`.
        case role
        /// A party that receives data through `flows:` and has no role; `role` holds the party id.
        case flowRecipient = "flow-recipient"
    }

    public struct Row: Sendable, Hashable, Codable {
        public var role: String
        public var party: String
        public var external: Bool
        public var access: [PopulationAccess]
        public var kind: RowKind
        /// For flow recipients: the flow ids through which the party receives the data.
        public var flows: [String]

        public init(
            role: String, party: String, external: Bool, access: [PopulationAccess],
            kind: RowKind = .role, flows: [String] = []
        ) {
            self.role = role; self.party = party; self.external = external; self.access = access
            self.kind = kind; self.flows = flows
        }
    }

    public var rows: [Row]

    public init(rows: [Row]) { self.rows = rows }

    /// The populations (subject ids) that occur in some row, in spec order: the matrix's columns.
    public func populations(in subjectOrder: [String]) -> [String] {
        let seen = Set(rows.flatMap { $0.access.map(\.subject) })
        return subjectOrder.filter(seen.contains)
    }
}
