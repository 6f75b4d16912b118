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
    /// The event that ends the need for the data (`ends_with`).
    public var endsWith: RetentionEvent?
    /// Who supervises destruction.
    public var supervisor: String?
    public var renamedFrom: String?

    public init(
        id: String? = nil, data: [String], period: RetentionPeriod, starts: String? = nil,
        source: String? = nil, deletion: DeletionMode? = nil, purpose: String? = nil,
        criterion: String? = nil, supervisor: String? = nil, renamedFrom: String? = nil,
        endsWith: RetentionEvent? = nil
    ) {
        self.id = id; self.data = data; self.period = period; self.starts = starts; self.source = source
        self.deletion = deletion; self.purpose = purpose; self.criterion = criterion; self.endsWith = endsWith
        self.supervisor = supervisor; self.renamedFrom = renamedFrom
    }

    /// A stable key for this rule: its id, or the data ids it covers.
    public var key: String { id ?? data.sorted().joined(separator: "+") }
}

/// The event that ends the need for the data, for `as-long-as-needed` and as the start of a period.
public enum RetentionEvent: String, Vocabulary {
    /// The service to the person ends (einde dienstverlening).
    case endOfService = "end-of-service"
    /// A period after the last contact with the person.
    case lastContact = "last-contact"
    /// The person deregisters (uitschrijving).
    case deregistration
    /// The benefit ends.
    case endOfBenefit = "end-of-benefit"
    /// The person withdraws consent.
    case consentWithdrawn = "consent-withdrawn"
    /// The contract with a supplier ends: not an event about the person's need.
    case supplierContractEnds = "supplier-contract-ends"
    public static var aliases: [String: RetentionEvent] {
        [
            "einde-dienstverlening": .endOfService, "laatste-contact": .lastContact, "uitschrijving": .deregistration,
            "einde-uitkering": .endOfBenefit, "intrekking-toestemming": .consentWithdrawn,
            "einde-contract-leverancier": .supplierContractEnds,
        ]
    }
}
