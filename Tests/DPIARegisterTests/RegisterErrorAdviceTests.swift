import DPIAModel
import Foundation
import GRDB
import Testing

@testable import DPIARegister

/// Only a file that really is not a register gets the advice to remove it; a full disk, an input/output
/// error, a lock or a permission problem says the register is intact and what to do instead.
@Suite struct RegisterErrorAdviceTests {
    static let path = "Registers/utrecht/register.sqlite"

    @Test(arguments: [
        (ResultCode.SQLITE_FULL, "the disk is full", "Free some space"),
        (ResultCode.SQLITE_IOERR, "input/output error", "Check the disk or network drive"),
        (ResultCode.SQLITE_BUSY, "kept the register locked", "Close any other program"),
        (ResultCode.SQLITE_LOCKED, "kept the register locked", "Close any other program"),
        (ResultCode.SQLITE_READONLY, "may not read or write", "Check that you may read and write"),
        (ResultCode.SQLITE_CANTOPEN, "may not read or write", "Check that you may read and write"),
        (ResultCode.SQLITE_PERM, "may not read or write", "Check that you may read and write"),
    ])
    func problemsAroundTheRegisterKeepIt(code: ResultCode, explanation: String, advice: String) throws {
        let error = try #require(RegisterError.about(DatabaseError(resultCode: code, message: "detail"), path: Self.path))
        let message = error.description
        #expect(message.hasPrefix(Self.path + ": "))
        #expect(message.contains(explanation))
        #expect(message.contains("Nothing was changed: the register is intact."))
        #expect(message.contains(advice))
        #expect(!message.contains("remove"))
    }

    @Test func damagedRegisterIsKept() throws {
        let error = try #require(
            RegisterError.about(
                DatabaseError(
                    resultCode: .SQLITE_CORRUPT,
                    message: "database disk image is malformed"), path: Self.path))
        #expect(error.description.contains("Do not remove it"))
        #expect(error.description.contains("dpia restore"))
    }

    /// A file that is not SQLite at all is the one case that may be replaced by a new register.
    @Test func onlyAFileThatIsNoRegisterMayBeRemoved() throws {
        let error = try #require(RegisterError.about(DatabaseError(resultCode: .SQLITE_NOTADB), path: Self.path))
        #expect(error == .notARegister(path: Self.path, reason: "the file is not an SQLite database"))
        #expect(error.description.contains("remove this one to start a new register"))
    }

    /// Errors about the data (a constraint) are left to the caller, which knows what was written.
    @Test func dataErrorsAreNotExplainedAsTheFile() {
        #expect(RegisterError.about(DatabaseError(resultCode: .SQLITE_CONSTRAINT), path: Self.path) == nil)
    }

    /// Opening a register takes its lock on `<register>.lock`, never on the register file itself.
    @Test func openingLocksASeparateFile() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("register.sqlite").path
        _ = try RegisterDatabase(path: path)
        #expect(OpeningLock.lockPath(forRegister: path) == path + ".lock")
        #expect(FileManager.default.fileExists(atPath: path + ".lock"))
        #expect(((try FileManager.default.attributesOfItem(atPath: path + ".lock"))[.size] as? Int) == 0)
    }

    /// Each error has one table of both languages: the English words are its description, and every error,
    /// the rare ones too (a damaged or newer register, a full disk), has Dutch words of its own.
    @Test(arguments: [
        RegisterError.missingRegister(path: "r.sqlite"),
        .unknownActivity("x", known: []), .unknownActivity("x", known: ["a", "b"]),
        .unknownMeasure("m", activity: nil, suggestions: []), .unknownMeasure("m", activity: "a", suggestions: ["m1", "m2"]),
        .ambiguousMeasure("m", activities: ["a", "b"]), .restoreTargetNotEmpty(path: "r.sqlite"),
        .newerSchema(path: "r.sqlite", unknownMigrations: ["v9"]), .notARegister(path: "r.sqlite", reason: "file is not a database"),
        .damagedRegister(path: "r.sqlite", reason: "database disk image is malformed"),
        .unavailable(path: "r.sqlite", problem: .diskFull), .unavailable(path: "r.sqlite", problem: .busy),
        .unavailable(path: "r.sqlite", problem: .inputOutput(detail: "disk I/O error")),
        .unavailable(path: "r.sqlite", problem: .permission(detail: "attempt to write a readonly database")),
        .invalidUpdateText(
            field: LocalizedText(nl: "notitie", en: "note"), problem: LocalizedText(nl: "bevat iets", en: "contains something")),
        .versionCollision(activityID: "a", versionID: "a@1234"),
        .unknownVersion("a@12", suggestions: ["a@1234"], reason: LocalizedText(nl: "geen", en: "none")),
        .unreadableVersion("a@1234", reason: "keyNotFound"),
        .unreadableExport(file: "e.json", reason: LocalizedText(nl: "kapot", en: "broken")),
        .invalidExport(file: "e.json", line: 3, column: 4, message: "'activities[0]' misses the key 'id'"),
    ])
    func everyErrorSpeaksDutch(error: RegisterError) {
        #expect(error.message.en == error.description)
        #expect(error.message.nl != error.message.en)
    }

    @Test func userErrorsSpeakDutch() {
        let errors: [UserError] = [
            .invalidName("A B"), .duplicateName("jan"), .unknownUser("x", known: []), .unknownUser("x", known: ["jan"]),
        ]
        for error in errors {
            #expect(error.message.en == error.description)
            #expect(error.message.nl != error.message.en, "\(error)")
        }
        #expect(
            UserError.unknownUser("x", known: ["jan", "piet"]).message.nl == "Geen gebruiker 'x' in het register (gebruikers: jan, piet).")
        #expect(
            RegisterError.unknownMeasure("m", activity: "a", suggestions: ["m1"]).message.nl
                == "Geen maatregel 'm' in verwerking 'a'. Bedoelt u 'm1'? `dpia actions list` toont alle maatregelen; "
                + "leg de spec eerst vast (`dpia record`) als de maatregel nieuw is.")
    }
}
