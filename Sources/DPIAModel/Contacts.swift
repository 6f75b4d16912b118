/// Who is responsible and who advises.
public struct Contacts: Sendable, Hashable, Codable {
    public var owner: String?
    public var dpo: String?
    public var representative: String?

    public init(owner: String? = nil, dpo: String? = nil, representative: String? = nil) {
        self.owner = owner; self.dpo = dpo; self.representative = representative
    }
}

/// The interest a party has in the processing (Rijksmodel §7).
public struct Interest: Sendable, Hashable, Codable {
    public var party: String
    public var description: String

    public init(party: String, description: String) {
        self.party = party; self.description = description
    }
}
