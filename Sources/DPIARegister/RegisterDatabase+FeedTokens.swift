import DPIAModel
import GRDB

extension RegisterDatabase {
    /// Gives a user a new calendar feed token (its SHA-256, made by the caller), replacing the old one.
    public func setFeedTokenHash(_ tokenHash: String, ofUser name: String, on day: CalendarDate) throws {
        try pool.write { db in
            guard try UserRecord.exists(db, key: name) else {
                throw UserError.unknownUser(name, known: try String.fetchAll(db, sql: "SELECT name FROM register_user ORDER BY name"))
            }
            try FeedTokenRecord(userName: name, tokenHash: tokenHash, createdOn: day.description).insert(db, onConflict: .replace)
        }
    }

    /// The user whose feed token has this SHA-256, or nil.
    public func user(withFeedTokenHash tokenHash: String) throws -> UserRecord? {
        try pool.read { db in
            try UserRecord.fetchOne(
                db,
                sql: """
                    SELECT u.* FROM register_user u JOIN feed_token t ON t.user_name = u.name WHERE t.token_hash = ?
                    """, arguments: [tokenHash])
        }
    }
}
