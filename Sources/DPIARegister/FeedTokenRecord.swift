import GRDB

/// A row of `feed_token`: the SHA-256 of the token with which a user's calendar reads the deadlines feed.
public struct FeedTokenRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "feed_token"

    public var userName: String
    /// SHA-256 of the token, 64 lowercase hex digits; never the token itself.
    public var tokenHash: String
    /// The day the token was made, `YYYY-MM-DD`.
    public var createdOn: String

    public init(userName: String, tokenHash: String, createdOn: String) {
        self.userName = userName; self.tokenHash = tokenHash; self.createdOn = createdOn
    }

    enum CodingKeys: String, CodingKey {
        case userName = "user_name", tokenHash = "token_hash", createdOn = "created_on"
    }
}
