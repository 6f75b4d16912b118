import DPIAModel
import Foundation
import GRDB

/// The SQLite register of one organisation: every analysed version of every activity, its findings
/// and measures, and the progress of those measures.
///
/// One file per register (by default `register.sqlite` next to the specs), opened in WAL mode with a
/// busy timeout, so that several `dpia` processes can record and update at the same time. Every write
/// is one transaction: an interrupted write leaves the register as it was before.
public struct RegisterDatabase: Sendable {
    /// The file name of a register next to its specs.
    public static let defaultFileName = "register.sqlite"

    /// Where the register lives.
    public let path: String
    let pool: DatabasePool

    /// Opens the register at `path`, creating it when `create` is true and it does not exist, and brings its
    /// schema up to date. Refuses a register written by a newer program, without touching it.
    ///
    /// The register file is opened and closed only by SQLite (see ``OpeningLock`` for why).
    public init(path: String, create: Bool = true) throws {
        self.path = path
        if !create && !FileManager.default.fileExists(atPath: path) { throw RegisterError.missingRegister(path: path) }
        // Two dpia processes opening one register at once would race while the file is created and
        // set up (a half-made file looks like someone else's database): opening is done one process
        // at a time, under an advisory lock on a separate lock file.
        let opening = OpeningLock(registerPath: path)
        defer { opening?.release() }
        var configuration = Configuration()
        configuration.busyMode = .timeout(60)
        configuration.foreignKeysEnabled = true
        pool = try RegisterError.translating(path: path) {
            do {
                if FileManager.default.fileExists(atPath: path) { try Self.checkReadOnly(path: path) }
                return try Self.retryingWhileBusy { try DatabasePool(path: path, configuration: configuration) }
            } catch let error as DatabaseError where RegisterError.about(error, path: path) == nil {
                throw RegisterError.notARegister(path: path, reason: error.message ?? "\(error.resultCode)")
            }
        }
        try RegisterError.translating(path: path) { try Self.retryingWhileBusy { try migrate() } }
    }

    /// Reads in one transaction (a snapshot of the register), with SQLite errors about the file
    /// explained as register errors.
    func read<Value>(_ body: (Database) throws -> Value) throws -> Value {
        try RegisterError.translating(path: path) { try pool.read(body) }
    }

    /// Writes in one IMMEDIATE transaction: it takes the register's write lock before its first read
    /// (waiting up to the busy timeout for other writers), so that everything it reads to decide what
    /// to write (the latest version, whether an activity exists) cannot change before it commits.
    /// Returns only once the transaction is committed; SQLite errors about the file are explained as
    /// register errors.
    func write<Value>(_ body: (Database) throws -> Value) throws -> Value {
        try RegisterError.translating(path: path) {
            var value: Value?
            try pool.writeInTransaction(.immediate) { db in
                value = try body(db)
                return .commit
            }
            return value!
        }
    }

    /// Runs `body` again while another process holds the file locked, for up to a minute.
    ///
    /// The busy timeout covers statements, but not every step of opening: switching a new file to
    /// the write-ahead log, or a read that would have to wait for a writer that waits for it,
    /// fail at once with "database is locked" when two `dpia` processes open the register together.
    static func retryingWhileBusy<Value>(_ body: () throws -> Value) throws -> Value {
        var pause: UInt32 = 5_000   // microseconds, doubled up to half a second
        var waited: UInt64 = 0
        while true {
            do {
                return try body()
            } catch let error as DatabaseError
                where (error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED) && waited < 60_000_000
            {
                usleep(pause)
                waited += UInt64(pause)
                pause = min(pause * 2, 500_000)
            }
        }
    }

    /// The names of the schema migrations applied to this register, in order.
    public func appliedMigrations() throws -> [String] {
        try read { db in try RegisterSchema.migrator.appliedMigrations(db) }
    }

    /// The names of every schema migration this program knows, in order.
    public static var knownMigrations: [String] { RegisterSchema.migrator.migrations }

    private func migrate() throws {
        let migrator = RegisterSchema.migrator
        // Checked again: another process may have created the file since `checkReadOnly`.
        try pool.read { db in try Self.checkIsOurs(db, path: path) }
        do {
            try migrator.migrate(pool)
        } catch {
            // Another process may have applied the same migration between our check and our write.
            guard try pool.read(migrator.hasCompletedMigrations) else { throw error }
        }
    }

    /// Refuses a register of a newer dpia, or a database of something else, through a read-only
    /// connection: opening a `DatabasePool` writes to the file (GRDB creates and drops a table to set
    /// up the write-ahead log), which a file we refuse must not undergo.
    ///
    /// A file that is not SQLite at all fails here with `SQLITE_NOTADB` ("not a DPIA register"); a file
    /// that cannot be read for another reason (permission, input/output) gets that reason instead.
    private static func checkReadOnly(path: String) throws {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(60)
        try retryingWhileBusy {
            try DatabaseQueue(path: path, configuration: configuration).read { db in try checkIsOurs(db, path: path) }
        }
    }

    /// A register of a newer dpia (migrations this program does not know) or a database holding
    /// other tables is refused.
    private static func checkIsOurs(_ db: Database, path: String) throws {
        let migrator = RegisterSchema.migrator
        let unknown = try migrator.appliedIdentifiers(db).subtracting(migrator.migrations).sorted()
        if !unknown.isEmpty { throw RegisterError.newerSchema(path: path, unknownMigrations: unknown) }
        let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        if !tables.isEmpty && !tables.contains("grdb_migrations") {
            throw RegisterError.notARegister(path: path, reason: "it holds other tables: \(tables.sorted().joined(separator: ", "))")
        }
    }
}

extension RegisterDatabase {
    /// Problems SQLite finds in the file and its references; empty when the register is sound.
    public func integrityProblems() throws -> [String] {
        try read { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            let references = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { row in
                "a row of \(row["table"] as String? ?? "?") refers to a missing row of \(row["parent"] as String? ?? "?")"
            }
            return integrity + references
        }
    }
}
