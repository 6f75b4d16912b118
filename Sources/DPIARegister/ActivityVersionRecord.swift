import DPIAModel
import GRDB

/// A row of `activity_version`: one distinct content of an activity, stored whole so that log lines,
/// reports and diffs can point at it by version id.
public struct ActivityVersionRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "activity_version"

    /// `<activity-id>@<first 12 hex digits of the content hash>`.
    public var id: String
    public var activityID: String
    /// SHA-256 of ``content``.
    public var contentHash: String
    public var title: String
    /// The spec's `version:` label.
    public var label: String?
    /// The spec's `status:`.
    public var status: ActivityStatus?
    /// The spec's `governance.adopted_on`, `YYYY-MM-DD`.
    public var adoptedOn: String?
    /// The canonical JSON of the activity (see ``ActivityFingerprint``).
    public var content: String

    public init(
        id: String, activityID: String, contentHash: String, title: String, label: String?,
        status: ActivityStatus?, adoptedOn: String?, content: String
    ) {
        self.id = id; self.activityID = activityID; self.contentHash = contentHash; self.title = title
        self.label = label; self.status = status; self.adoptedOn = adoptedOn; self.content = content
    }

    enum CodingKeys: String, CodingKey {
        case id, activityID = "activity_id", contentHash = "content_hash", title, label, status
        case adoptedOn = "adopted_on", content
    }
}
