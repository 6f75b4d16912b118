import GRDB

/// A row of `register_user`: someone who may sign in to `dpia serve`.
public struct UserRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "register_user"

    /// The sign-in name: lowercase letters, digits, `.`, `_` and `-`, at most 64 characters.
    public var name: String
    public var role: UserRole
    /// The bcrypt hash of the password (`$2b$12$…`); never the password itself.
    public var passwordHash: String
    /// The day the account was made, `YYYY-MM-DD`.
    public var createdOn: String

    public init(name: String, role: UserRole, passwordHash: String, createdOn: String) {
        self.name = name; self.role = role; self.passwordHash = passwordHash; self.createdOn = createdOn
    }

    enum CodingKeys: String, CodingKey {
        case name, role, passwordHash = "password_hash", createdOn = "created_on"
    }
}
