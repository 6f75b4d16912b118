import DPIARegister
import DPIATestSupport
import Foundation
import Testing

/// `dpia users` and `dpia serve` through the executable.
@Suite(.serialized) struct ServeCommandsTests {
    let workspace: URL
    let db = "Registers/utrecht/register.sqlite"

    init() throws { workspace = try BuiltProgram.workspace(copying: "utrecht") }

    /// Runs `dpia arguments` with `input` on standard input.
    private func dpia(_ arguments: [String], input: String = "") throws -> BuiltProgram.Output {
        let process = Process()
        process.executableURL = try BuiltProgram.dpia.url
        process.arguments = arguments
        process.currentDirectoryURL = workspace
        let stdin = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = stdin
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile(), err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return BuiltProgram.Output(
            status: process.terminationStatus, output: String(decoding: out, as: UTF8.self),
            errors: String(decoding: err, as: UTF8.self))
    }

    @Test func usersAreAddedWithAHashedPasswordFromStandardInput() throws {
        defer { try? FileManager.default.removeItem(at: workspace) }
        #expect(try dpia(["record", "Registers/utrecht", "--date", "2025-05-01"]).status == 0)
        let added = try dpia(
            ["users", "add", "j.devries", "--role", "project-lead", "--db", db, "--date", "2025-05-02"],
            input: "a long enough password\n")
        #expect(added.status == 0, "\(added.errors)")
        #expect(added.output.contains("added j.devries (project-lead)"))
        let user = try #require(
            try RegisterDatabase(path: workspace.appendingPathComponent(db).path, create: false).user(named: "j.devries"))
        #expect(user.passwordHash.hasPrefix("$2b$12$"))
        #expect(!user.passwordHash.contains("a long enough password"))

        let short = try dpia(["users", "add", "k", "--role", "viewer", "--db", db], input: "short\n")
        #expect(short.status == 2)
        #expect(short.errors.contains("too short"))
        let twice = try dpia(["users", "add", "j.devries", "--role", "viewer", "--db", db], input: "a long enough password\n")
        #expect(twice.status == 2)
        #expect(twice.errors.contains("already a user 'j.devries'"))
        let badName = try dpia(["users", "add", "J de Vries", "--role", "viewer", "--db", db], input: "a long enough password\n")
        #expect(badName.errors.contains("cannot be a user name"))
        let badRole = try dpia(["users", "add", "k.bakker", "--role", "admin", "--db", db], input: "a long enough password\n")
        #expect(badRole.status == 2)

        let assigned = try dpia(["users", "assign", "j.devries", "--activity", "hallowerk-utrecht", "--db", db])
        #expect(assigned.status == 0, "\(assigned.errors)")
        let unknown = try dpia(["users", "assign", "j.devries", "--activity", "nope", "--db", db])
        #expect(unknown.status == 2)
        #expect(unknown.errors.contains("No activity 'nope'"))
        let list = try dpia(["users", "list", "--db", db])
        #expect(list.output.contains("j.devries") && list.output.contains("hallowerk-utrecht"))
        #expect(try dpia(["users", "remove", "j.devries", "--db", db]).status == 0)
        #expect(try dpia(["users", "list", "--db", db]).output.contains("No users yet"))
    }

    @Test func theRegisterStaysUsableWhileServingAndTheServerStopsOnSIGTERM() throws {
        defer { try? FileManager.default.removeItem(at: workspace) }
        #expect(try dpia(["record", "Registers/utrecht", "--date", "2025-05-01"]).status == 0)
        let port = String(Int.random(in: 20_000...60_000))
        let server = try BuiltProgram.dpia.startPiped(
            ["serve", "--db", db, "--port", port, "--templates", BuiltProgram.repository.path + "/Templates"],
            in: workspace)
        // Wait for the line that gives the address (reading blocks until the server prints it or exits).
        var printed = Data()
        let address = "http://127.0.0.1:\(port)"
        while !String(decoding: printed, as: UTF8.self).contains(address), server.process.isRunning {
            let chunk = server.output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            printed.append(chunk)
        }
        #expect(String(decoding: printed, as: UTF8.self).contains(address))
        // The CLI records a new version and updates a measure while the server has the register open.
        let spec = workspace.appendingPathComponent("Registers/utrecht/hallowerk.yaml")
        let text = try String(contentsOf: spec, encoding: .utf8)
        try text.replacingOccurrences(of: "title: HalloWerk", with: "title: HalloWerk (herzien)").write(
            to: spec, atomically: true, encoding: .utf8)
        let record = try dpia(["record", "Registers/utrecht", "--date", "2025-05-02", "--lang", "en"])
        #expect(record.status == 0, "\(record.errors)")
        #expect(record.output.contains("1 new version"))
        let update = try dpia(["actions", "update", "m-vrije-tekst", "--status", "in-progress", "--db", db, "--date", "2025-05-02"])
        #expect(update.status == 0, "\(update.errors)")
        kill(server.process.processIdentifier, SIGTERM)
        server.process.waitUntilExit()
        #expect(server.process.terminationStatus == 0)
    }
}
