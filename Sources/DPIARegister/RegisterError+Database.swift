import GRDB

extension RegisterError {
    /// The register error for an SQLite error about the file and its surroundings (full disk,
    /// input/output, permission, lock, damage, not a database), or nil for an error about the data
    /// (a constraint a row breaks), which the caller explains itself.
    static func about(_ error: DatabaseError, path: String) -> RegisterError? {
        let reason = error.message ?? "\(error.resultCode)"
        switch error.resultCode {
        case .SQLITE_FULL:
            return .unavailable(path: path, problem: .diskFull)
        case .SQLITE_IOERR:
            return .unavailable(path: path, problem: .inputOutput(detail: reason))
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .unavailable(path: path, problem: .busy)
        case .SQLITE_PERM, .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_AUTH:
            return .unavailable(path: path, problem: .permission(detail: reason))
        case .SQLITE_CORRUPT:
            return .damagedRegister(path: path, reason: reason)
        case .SQLITE_NOTADB:
            return .notARegister(path: path, reason: "the file is not an SQLite database")
        default:
            return nil
        }
    }

    /// `body`, with SQLite errors about the file turned into register errors.
    static func translating<Value>(path: String, _ body: () throws -> Value) throws -> Value {
        do {
            return try body()
        } catch let error as DatabaseError {
            throw about(error, path: path) ?? error
        }
    }
}
