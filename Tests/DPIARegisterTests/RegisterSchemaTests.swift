import DPIAModel
import Foundation
import GRDB
import Testing

@testable import DPIARegister

@Suite struct RegisterSchemaTests {
    @Test func migratesAnEmptyDatabase() throws {
        try Fixtures.withRegister { register, _ in
            #expect(try register.appliedMigrations() == RegisterDatabase.knownMigrations)
            #expect(RegisterDatabase.knownMigrations.allSatisfy { $0.hasPrefix("v") && $0.contains("-") })
            let tables = try register.pool.read { db in
                try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            }
            #expect(Set(tables).isSuperset(of: ["activity", "activity_version", "recording", "finding", "measure", "measure_event"]))
            let journal = try register.pool.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
            #expect(journal == "wal")
            // Opening again applies nothing new and changes nothing.
            let again = try RegisterDatabase(path: register.path)
            #expect(try again.appliedMigrations() == RegisterDatabase.knownMigrations)
        }
    }

    @Test func refusesARegisterOfANewerProgram() throws {
        try Fixtures.withRegister { register, _ in
            try register.pool.write { db in
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-from-the-future')")
            }
            let before = try Data(contentsOf: URL(fileURLWithPath: register.path))
            #expect {
                _ = try RegisterDatabase(path: register.path)
            } throws: { error in
                guard case RegisterError.newerSchema(_, let unknown) = error else { return false }
                return unknown == ["v9-from-the-future"] && "\(error)".contains("newer version of dpia")
            }
            #expect(try Data(contentsOf: URL(fileURLWithPath: register.path)) == before)
        }
    }

    @Test func refusesFilesThatAreNotARegister() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = directory.appendingPathComponent("notes.sqlite")
        try Data("just some notes\n".utf8).write(to: text)
        #expect(throws: RegisterError.notARegister(path: text.path, reason: "the file is not an SQLite database")) {
            try RegisterDatabase(path: text.path)
        }
        let other = directory.appendingPathComponent("other.sqlite")
        try DatabaseQueue(path: other.path).write { db in try db.execute(sql: "CREATE TABLE customers (id INTEGER)") }
        #expect { try RegisterDatabase(path: other.path) } throws: { "\($0)".contains("it holds other tables: customers") }
        #expect(throws: RegisterError.missingRegister(path: directory.appendingPathComponent("none.sqlite").path)) {
            try RegisterDatabase(path: directory.appendingPathComponent("none.sqlite").path, create: false)
        }
    }

    @Test func schemaEnforcesVocabulariesAndAppendOnly() throws {
        try Fixtures.withRegister { register, _ in
            _ = try register.record([Fixtures.assessment(Fixtures.activity())], on: Fixtures.date("2025-01-10"))
            let failures: [String] = [
                "INSERT INTO measure_event (activity_id, measure_id, status, occurred_on) VALUES ('hallowerk', 'm', 'finished', '2025-01-01')",
                "INSERT INTO measure_event (activity_id, measure_id, status, occurred_on) VALUES ('hallowerk', 'm', 'done', 'yesterday')",
                "INSERT INTO measure_event (activity_id, measure_id, status, occurred_on) VALUES ('nobody', 'm', 'done', '2025-01-01')",
                "UPDATE activity_version SET title = 'x'",
                "DELETE FROM recording",
                "UPDATE measure SET owner = 'x'",
            ]
            for sql in failures {
                #expect(throws: DatabaseError.self, "\(sql)") { try register.pool.write { db in try db.execute(sql: sql) } }
            }
            #expect(try register.integrityProblems() == [])
        }
    }
}

/// The words of a role, one set for the web pages and the commands.
@Suite struct UserRoleNameTests {
    @Test func everyRoleHasItsOwnWordInEachLanguage() {
        for language in ReportLanguage.allCases {
            let names = UserRole.allCases.map { $0.name(in: language) }
            #expect(Set(names).count == names.count)
            #expect(!names.contains { $0.contains("-") }, "an option spelling, not a word: \(names)")
        }
        #expect(UserRole.reviewer.name(in: .nl) == "beoordelaar")
        #expect(UserRole.projectLead.name(in: .en) == "project lead")
    }
}
