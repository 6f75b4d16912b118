import GRDB

/// A row of `activity`: one processing activity the register has seen.
public struct ActivityRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "activity"

    /// The activity id from the spec (`id:`).
    public var id: String
    /// The day it was first recorded, `YYYY-MM-DD`.
    public var firstRecordedOn: String

    public init(id: String, firstRecordedOn: String) {
        self.id = id; self.firstRecordedOn = firstRecordedOn
    }

    enum CodingKeys: String, CodingKey {
        case id, firstRecordedOn = "first_recorded_on"
    }
}
