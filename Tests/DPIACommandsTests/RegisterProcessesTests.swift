import DPIAModel
import DPIARegister
import DPIATestSupport
import Foundation
import Testing

/// Several `dpia` processes on one register: concurrent writers, and writers killed halfway.
@Suite(.serialized) struct RegisterProcessesTests {
    /// Two processes record the same folder and then update measures at the same time: both succeed, nothing is lost.
    @Test func twoProcessesRecordAndUpdateAtOnce() async throws {
        let workspace = try BuiltProgram.workspace(copying: "utrecht")
        defer { try? FileManager.default.removeItem(at: workspace) }
        let measures = ["m-privacyverklaring-partijen", "m-vrije-tekst", "m-gebruikslogging-melden", "m-recht-op-vergeten"]
        let results = try await withThrowingTaskGroup(of: [BuiltProgram.Output].self) { group in
            for writer in 0..<2 {
                group.addTask {
                    var results = [try BuiltProgram.dpia.run(["record", "Registers/utrecht", "--date", "2025-05-01"], in: workspace)]
                    for (index, measure) in measures.enumerated() {
                        results.append(
                            try BuiltProgram.dpia.run(
                                [
                                    "actions", "update", measure, "--status", "in-progress", "--note", "writer \(writer) #\(index)",
                                    "--db", "Registers/utrecht/register.sqlite", "--date", "2025-06-0\(index + 1)",
                                ], in: workspace))
                    }
                    return results
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        for result in results { #expect(result.status == 0, "\(result.errors)") }
        let register = try RegisterDatabase(path: workspace.appendingPathComponent("Registers/utrecht/register.sqlite").path)
        let export = try register.export()
        #expect(export.versions.count == 1 && export.recordings.count == 1)
        #expect(export.measureEvents.count == 2 * measures.count)
        #expect(Set(export.measureEvents.compactMap(\.note)).count == 2 * measures.count)
        #expect(try register.integrityProblems() == [])
    }

    /// Two processes that create the same new register at the same moment both succeed (they used to
    /// race while the file was set up: "database is locked", "no such table: grdb_migrations").
    @Test func twoProcessesCreateOneRegisterAtOnce() async throws {
        for _ in 0..<8 {
            let workspace = try BuiltProgram.workspace(copying: "utrecht")
            defer { try? FileManager.default.removeItem(at: workspace) }
            let results = try await withThrowingTaskGroup(of: BuiltProgram.Output.self) { group in
                for _ in 0..<2 {
                    group.addTask { try BuiltProgram.dpia.run(["record", "Registers/utrecht", "--date", "2025-05-01"], in: workspace) }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            for result in results { #expect(result.status == 0, "\(result.errors)") }
            let register = try RegisterDatabase(path: workspace.appendingPathComponent("Registers/utrecht/register.sqlite").path)
            #expect(try register.export().versions.count == 1)
        }
    }

    /// A restore killed with SIGKILL at different moments leaves a register that is sound and either empty or complete.
    @Test func killedWriterLeavesTheRegisterConsistent() throws {
        let workspace = try BuiltProgram.workspace(copying: "utrecht")
        defer { try? FileManager.default.removeItem(at: workspace) }
        #expect(try BuiltProgram.dpia.run(["record", "Registers/utrecht", "--date", "2025-05-01"], in: workspace).status == 0)
        let source = try RegisterDatabase(path: workspace.appendingPathComponent("Registers/utrecht/register.sqlite").path)
        var export = try source.export()
        let eventCount = 30_000
        export.measureEvents = (1...eventCount).map { index in
            MeasureEventRecord(
                id: Int64(index), activityID: "hallowerk-utrecht", measureID: "m-vrije-tekst",
                status: .inProgress, occurredOn: "2025-06-01", note: "update \(index)")
        }
        let exportFile = workspace.appendingPathComponent("big.json")
        try JSONEncoder().encode(export).write(to: exportFile)

        for attempt in 0..<3 {
            let target = workspace.appendingPathComponent("restored-\(attempt).sqlite").path
            let started = try BuiltProgram.dpia.startPiped(["restore", exportFile.path, "--db", target], in: workspace)
            // Kill it once its transaction is writing pages to the WAL file (the empty schema takes ~100 KB).
            let deadline = Date().addingTimeInterval(60)
            var walSize = 0
            while started.process.isRunning && walSize < 300_000 && Date() < deadline {
                Thread.sleep(forTimeInterval: 0.01)
                walSize = ((try? FileManager.default.attributesOfItem(atPath: target + "-wal"))?[.size] as? Int) ?? 0
            }
            let killedMidWrite = started.process.isRunning
            kill(started.process.processIdentifier, SIGKILL)
            started.process.waitUntilExit()
            #expect(killedMidWrite, "attempt \(attempt): the restore ended before it could be killed")

            let reopened = try RegisterDatabase(path: target)
            #expect(try reopened.integrityProblems() == [], "attempt \(attempt)")
            // Nothing of the interrupted transaction is visible: no activity, no events.
            #expect(try reopened.export().measureEvents.isEmpty, "attempt \(attempt)")
            #expect(try reopened.activityIDs().isEmpty, "attempt \(attempt)")
        }
        // After an interruption the same restore runs to the end.
        let again = try BuiltProgram.dpia.run(
            ["restore", exportFile.path, "--db", workspace.appendingPathComponent("restored-0.sqlite").path],
            in: workspace)
        #expect(again.status == 0, "\(again.errors)")
        let restored = try RegisterDatabase(path: workspace.appendingPathComponent("restored-0.sqlite").path)
        #expect(try restored.export().measureEvents.count == eventCount)
        #expect(try restored.integrityProblems() == [])
    }
}
