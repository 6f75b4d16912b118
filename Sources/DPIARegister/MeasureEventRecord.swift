import DPIAModel
import GRDB

/// A row of `measure_event`: one progress update of a measure (`dpia actions update`).
public struct MeasureEventRecord: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "measure_event"

    /// Increasing in the order of entry; nil before insertion.
    public var id: Int64?
    public var activityID: String
    public var measureID: String
    public var status: MeasureStatus
    /// The day of the update, `YYYY-MM-DD`.
    public var occurredOn: String
    public var note: String?
    /// A link or document that shows the progress.
    public var evidence: String?
    /// Who made the update.
    public var author: String?

    public init(
        id: Int64? = nil, activityID: String, measureID: String, status: MeasureStatus, occurredOn: String,
        note: String? = nil, evidence: String? = nil, author: String? = nil
    ) {
        self.id = id; self.activityID = activityID; self.measureID = measureID; self.status = status
        self.occurredOn = occurredOn; self.note = note; self.evidence = evidence; self.author = author
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    enum CodingKeys: String, CodingKey {
        case id, activityID = "activity_id", measureID = "measure_id", status, occurredOn = "occurred_on", note
        case evidence, author
    }
}
