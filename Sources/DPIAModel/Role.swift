/// Which subjects an access scope covers.
public enum AccessScope: String, Vocabulary {
    /// Subjects `of` the role's party or the controllers it is affiliated with.
    case own
    /// Every participating party's subjects.
    case all
    public static var aliases: [String: AccessScope] { ["eigen": .own, "alle": .all] }
}

/// How users of a role sign in.
public enum Authentication: String, Vocabulary {
    case password, twoFactor = "2fa", sso
}

/// A set of ids, or every element of its list (`all`).
public enum Selection: Sendable, Hashable, Codable {
    case all
    case only([String])

    /// Whether `id` is selected.
    public func contains(_ id: String) -> Bool {
        switch self {
        case .all: true
        case .only(let ids): ids.contains(id)
        }
    }

    /// The selected ids out of `universe`, in the universe's order.
    public func resolve(in universe: [String]) -> [String] {
        switch self {
        case .all: universe
        case .only(let ids): universe.filter { ids.contains($0) }
        }
    }
}

/// What a role can see.
public struct Visibility: Sendable, Hashable, Codable {
    public var data: Selection
    public var subjects: Selection
    public var scope: AccessScope
    /// Prose: under which condition the role sees a subject (for example "shared with employers").
    public var condition: String?
    public var pseudonymised: Bool

    public init(
        data: Selection, subjects: Selection, scope: AccessScope = .own, condition: String? = nil,
        pseudonymised: Bool = false
    ) {
        self.data = data; self.subjects = subjects; self.scope = scope; self.condition = condition
        self.pseudonymised = pseudonymised
    }
}

/// A group of users with the same access, for example "werkcoach" or "werkgever".
public struct Role: Identifiable, Sendable, Hashable, Codable {
    public var id: String
    public var name: String?
    public var description: String?
    public var party: String
    public var sees: Visibility
    public var edits: Selection?
    public var authentication: Authentication?
    /// Purpose ids the role serves.
    public var purposes: [String]
    public var users: Int?
    /// Overrides whether the role is external; by default derived from the party's type.
    public var external: Bool?
    /// The subjects' no-objection statement to being shown to this role (`no_objection:`).
    public var noObjection: NoObjection?
    public var renamedFrom: String?

    public init(
        id: String, name: String? = nil, description: String? = nil, party: String, sees: Visibility,
        edits: Selection? = nil, authentication: Authentication? = nil, purposes: [String] = [],
        users: Int? = nil, external: Bool? = nil, renamedFrom: String? = nil,
        noObjection: NoObjection? = nil
    ) {
        self.id = id; self.name = name; self.description = description; self.party = party; self.sees = sees
        self.edits = edits; self.authentication = authentication; self.purposes = purposes; self.users = users
        self.external = external; self.renamedFrom = renamedFrom
        self.noObjection = noObjection
    }
}
