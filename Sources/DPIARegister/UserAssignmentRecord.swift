import GRDB

/// A row of `user_assignment`: an activity whose measures a project lead may update.
public struct UserAssignmentRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "user_assignment"

    public var userName: String
    public var activityID: String

    public init(userName: String, activityID: String) {
        self.userName = userName; self.activityID = activityID
    }

    enum CodingKeys: String, CodingKey {
        case userName = "user_name", activityID = "activity_id"
    }
}
