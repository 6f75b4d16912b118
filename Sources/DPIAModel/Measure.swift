/// What is decided about a risk.
public enum Decision: String, Vocabulary {
    case mitigate, accept, avoid, transfer
    public static var aliases: [String: Decision] {
        ["mitigeren": .mitigate, "accepteren": .accept, "vermijden": .avoid, "overdragen": .transfer]
    }
}

/// Progress of a measure.
public enum MeasureStatus: String, Vocabulary {
    case planned, inProgress = "in-progress", done, dropped
    public static var aliases: [String: MeasureStatus] {
        ["gepland": .planned, "lopend": .inProgress, "gereed": .done, "vervallen": .dropped]
    }
}

/// Technical, organisational or legal (Rijksmodel §17).
public enum MeasureType: String, Vocabulary {
    case technical, organisational, legal
    public static var aliases: [String: MeasureType] {
        ["technisch": .technical, "organisatorisch": .organisational, "juridisch": .legal]
    }
}

/// A measure of the plan: a mitigation, acceptance, avoidance or transfer of findings and risks.
public struct Measure: Identifiable, Sendable, Hashable, Codable {
    public var id: String
    /// Rule ids, finding ids or risk ids this measure addresses.
    public var addresses: [String]
    public var decision: Decision
    public var description: String?
    public var owner: String?
    public var due: CalendarDate?
    public var status: MeasureStatus?
    /// The residual risk level after the measure.
    public var residual: Level?
    public var type: MeasureType?
    public var evidence: String?
    public var renamedFrom: String?

    public init(
        id: String, addresses: [String], decision: Decision, description: String? = nil, owner: String? = nil,
        due: CalendarDate? = nil, status: MeasureStatus? = nil, residual: Level? = nil,
        type: MeasureType? = nil, evidence: String? = nil, renamedFrom: String? = nil
    ) {
        self.id = id; self.addresses = addresses; self.decision = decision; self.description = description
        self.owner = owner; self.due = due; self.status = status; self.residual = residual; self.type = type
        self.evidence = evidence; self.renamedFrom = renamedFrom
    }
}
