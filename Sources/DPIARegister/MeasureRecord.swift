import DPIAModel
import GRDB

/// A row of `measure`: a measure of the plan as one version of the spec wrote it.
public struct MeasureRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "measure"

    public var versionID: String
    public var id: String
    public var decision: Decision
    public var description: String?
    public var owner: String?
    /// `YYYY-MM-DD`.
    public var due: String?
    /// The status the spec gives; progress recorded later lives in `measure_event`.
    public var status: MeasureStatus?
    public var residual: Level?
    public var type: MeasureType?
    public var evidence: String?
    /// JSON array of the rule, finding or risk ids the measure addresses.
    public var addresses: String

    public init(
        versionID: String, id: String, decision: Decision, description: String?, owner: String?,
        due: String?, status: MeasureStatus?, residual: Level?, type: MeasureType?, evidence: String?,
        addresses: String
    ) {
        self.versionID = versionID; self.id = id; self.decision = decision; self.description = description
        self.owner = owner; self.due = due; self.status = status; self.residual = residual; self.type = type
        self.evidence = evidence; self.addresses = addresses
    }

    enum CodingKeys: String, CodingKey {
        case versionID = "version_id", id, decision, description, owner, due, status, residual, type, evidence
        case addresses
    }
}
