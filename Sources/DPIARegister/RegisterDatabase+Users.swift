import DPIAModel
import GRDB

extension RegisterDatabase {
    /// Adds a user with a bcrypt `passwordHash` made by the caller; refuses a name already taken.
    public func addUser(name: String, role: UserRole, passwordHash: String, on day: CalendarDate) throws {
        guard UserError.isValidName(name) else { throw UserError.invalidName(name) }
        guard passwordHash.utf8.count == 60, passwordHash.hasPrefix("$2") else { throw UserError.invalidHash }
        try pool.write { db in
            if try UserRecord.exists(db, key: name) { throw UserError.duplicateName(name) }
            try UserRecord(name: name, role: role, passwordHash: passwordHash, createdOn: day.description).insert(db)
        }
    }

    /// Replaces the password hash of a user.
    public func setPasswordHash(_ passwordHash: String, ofUser name: String) throws {
        guard passwordHash.utf8.count == 60, passwordHash.hasPrefix("$2") else { throw UserError.invalidHash }
        try pool.write { db in
            guard var user = try UserRecord.fetchOne(db, key: name) else { throw try Self.unknownUser(name, in: db) }
            user.passwordHash = passwordHash
            try user.update(db)
        }
    }

    /// Removes a user and their assignments. What they recorded keeps their name as author.
    public func removeUser(name: String) throws {
        try pool.write { db in
            guard try UserRecord.deleteOne(db, key: name) else { throw try Self.unknownUser(name, in: db) }
        }
    }

    /// The user of this name, or nil.
    public func user(named name: String) throws -> UserRecord? {
        try pool.read { db in try UserRecord.fetchOne(db, key: name) }
    }

    /// Every user, by name.
    public func users() throws -> [UserRecord] {
        try pool.read { db in try UserRecord.order(Column("name")).fetchAll(db) }
    }

    /// Lets a project lead update the measures of an activity the register knows.
    public func assign(user name: String, activityID: String) throws {
        try pool.write { db in
            guard try UserRecord.exists(db, key: name) else { throw try Self.unknownUser(name, in: db) }
            try Self.requireActivity(activityID, in: db)
            try UserAssignmentRecord(userName: name, activityID: activityID).insert(db, onConflict: .ignore)
        }
    }

    /// Takes an activity away from a user; nothing happens when it was not assigned.
    public func unassign(user name: String, activityID: String) throws {
        try pool.write { db in
            _ = try UserAssignmentRecord.deleteOne(db, key: ["user_name": name, "activity_id": activityID])
        }
    }

    /// The activities assigned to a user, sorted.
    public func assignedActivities(of name: String) throws -> [String] {
        try pool.read { db in
            try String.fetchAll(
                db, sql: "SELECT activity_id FROM user_assignment WHERE user_name = ? ORDER BY activity_id",
                arguments: [name])
        }
    }

    private static func unknownUser(_ name: String, in db: Database) throws -> UserError {
        .unknownUser(name, known: try String.fetchAll(db, sql: "SELECT name FROM register_user ORDER BY name"))
    }
}
