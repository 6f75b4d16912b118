import GRDB

/// A row of `recording`: on this day, this version became the activity's current one.
///
/// A version recorded again after other versions (a change that was undone) gets a new recording,
/// not a new version.
public struct RecordingRecord: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "recording"

    /// Increasing in the order of recording; nil before insertion.
    public var id: Int64?
    public var activityID: String
    public var versionID: String
    /// `YYYY-MM-DD`.
    public var recordedOn: String
    /// The spec file the version was read from, as given on the command line.
    public var sourcePath: String?

    public init(id: Int64? = nil, activityID: String, versionID: String, recordedOn: String, sourcePath: String?) {
        self.id = id; self.activityID = activityID; self.versionID = versionID; self.recordedOn = recordedOn
        self.sourcePath = sourcePath
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    enum CodingKeys: String, CodingKey {
        case id, activityID = "activity_id", versionID = "version_id", recordedOn = "recorded_on"
        case sourcePath = "source_path"
    }
}
