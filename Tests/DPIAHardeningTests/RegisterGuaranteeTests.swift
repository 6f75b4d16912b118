import DPIAModel
import DPIATestSupport
import Foundation
import Testing

@testable import DPIARegister

/// The register's promises, checked through the `dpia` executable as users run it: a register of
/// a newer dpia is refused untouched, a writer killed with SIGKILL leaves the previous register
/// intact, and processes working on one register at once lose nothing.
@Suite(.serialized) struct RegisterGuaranteeTests {
    static let base = String(decoding: try! Corpus.data("valid-base.yaml"), as: UTF8.self)

    /// A valid spec of activity `activiteit-<number>` with one measure, `m-<number>`.
    static func spec(_ number: Int, title: String = "Activiteit") -> String {
        base.replacingOccurrences(of: "id: hardening-base", with: "id: activiteit-\(number)")
            .replacingOccurrences(of: "title: Basis voor de hardingstests", with: "title: \(title) \(number)")
            + "measures:\n  - id: m-\(number)\n    addresses: [retention_period_missing]\n    decision: mitigate\n"
            + "    status: planned\n"
    }

    /// `count` specs in `folder` of the workspace.
    static func writeSpecs(
        _ count: Int, title: String = "Activiteit", in folder: String, of workspace: Workspace,
        numbering from: Int = 0
    ) throws {
        for number in from..<(from + count) {
            try workspace.write("\(folder)/activiteit-\(number).yaml", spec(number, title: title))
        }
    }

    static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    }

    /// The bytes of the database, and of its write-ahead log when that holds anything: what a
    /// change would alter (SQLite removes an empty log when the last connection closes).
    static func snapshot(_ path: String) -> [Data?] {
        [
            FileManager.default.contents(atPath: path),
            FileManager.default.contents(atPath: path + "-wal").flatMap {
                $0.isEmpty ? nil : $0
            },
        ]
    }

    @Test func refusesARegisterOfANewerDpiaWithoutTouchingIt() throws {
        let workspace = try Workspace("newer")
        defer { workspace.remove() }
        try Self.writeSpecs(1, in: "specs", of: workspace)
        let dpia = BuiltProgram.dpia
        #expect(try dpia.run(["record", "specs", "--date", "2025-01-10"], in: workspace.url).status == 0)
        let path = workspace.path("specs/register.sqlite")
        do {
            let register = try RegisterDatabase(path: path)
            try register.pool.write { db in
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v2-from-the-future')")
            }
            _ = try register.pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
        }
        let before = Self.snapshot(path)
        let message =
            "specs/register.sqlite: this register was written by a newer version of dpia (it contains the "
            + "schema changes v2-from-the-future, which this version does not know). The file was left untouched; "
            + "use the newer dpia to work with it."
        // `dpia record` speaks the language of the specs it records (Dutch here).
        let dutch =
            "specs/register.sqlite: dit register is geschreven door een nieuwere versie van dpia (het bevat de "
            + "schemawijzigingen v2-from-the-future, die deze versie niet kent). Het bestand is niet aangeraakt; "
            + "werk ermee met de nieuwere dpia."
        for arguments in [
            ["record", "specs", "--date", "2025-02-01"],
            ["actions", "update", "m-0", "--status", "done", "--db", "specs/register.sqlite", "--date", "2025-02-01"],
            ["actions", "list", "--db", "specs/register.sqlite"],
            ["history", "activiteit-0", "--db", "specs/register.sqlite"],
            ["export", "--db", "specs/register.sqlite"],
        ] {
            let output = try dpia.run(arguments, in: workspace.url)
            #expect(output.status == 2, "\(arguments)")
            #expect(output.errors.contains(arguments[0] == "record" ? dutch : message), "\(arguments): \(output.errors)")
            #expect(Self.snapshot(path) == before, "\(arguments) changed the register")
        }
    }

    /// `dpia record` is killed with SIGKILL while it writes a second version of 150 activities:
    /// the register is sound and holds either the first versions only or all of the second.
    @Test func recordKilledHalfwayLeavesThePreviousRegister() throws {
        let workspace = try Workspace("kill-record")
        defer { workspace.remove() }
        let count = 150
        try Self.writeSpecs(count, in: "specs", of: workspace)
        let dpia = BuiltProgram.dpia
        #expect(try dpia.run(["record", "specs", "--date", "2025-01-10"], in: workspace.url).status == 0)
        let path = workspace.path("specs/register.sqlite")
        try Self.writeSpecs(count, title: "Gewijzigd", in: "specs", of: workspace)

        var interrupted = 0
        for attempt in 0..<4 {
            let walBefore = Self.fileSize(path + "-wal")
            let process = try dpia.start(["record", "specs", "--date", "2025-02-0\(attempt + 1)"], in: workspace.url)
            // Kill it as soon as its transaction starts writing pages, or after a growing delay.
            let deadline = Date().addingTimeInterval(Double(attempt + 1) * 2)
            while process.isRunning && Self.fileSize(path + "-wal") <= walBefore && Date() < deadline {
                Thread.sleep(forTimeInterval: 0.001)
            }
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                interrupted += 1
            }
            process.waitUntilExit()
            let register = try RegisterDatabase(path: path)
            #expect(try register.integrityProblems() == [])
            let export = try register.export()
            let titles = Set(export.versions.map(\.title))
            #expect(
                export.versions.count == count || export.versions.count == 2 * count,
                "attempt \(attempt): \(export.versions.count) versions")
            #expect(export.recordings.count == export.versions.count)
            #expect(titles.count == export.versions.count)
            if export.versions.count == 2 * count { break }
        }
        #expect(interrupted > 0, "the writer always finished before it could be killed")
        // After the interruptions, recording again completes the register.
        #expect(try dpia.run(["record", "specs", "--date", "2025-03-01"], in: workspace.url).status == 0)
        #expect(try RegisterDatabase(path: path).export().versions.count == 2 * count)
    }

    /// Two processes record different folders into one register while two more update measures:
    /// every version and every update is there afterwards.
    @Test func concurrentProcessesLoseNothing() async throws {
        let workspace = try Workspace("concurrent")
        defer { workspace.remove() }
        let perFolder = 20
        try Self.writeSpecs(perFolder, in: "noord", of: workspace)
        try Self.writeSpecs(perFolder, in: "zuid", of: workspace, numbering: perFolder)
        let dpia = BuiltProgram.dpia
        let register = "register.sqlite"
        // The measures of the first spec of each folder exist before the updates start.
        #expect(
            try dpia.run(
                [
                    "record", "noord/activiteit-0.yaml", "zuid/activiteit-\(perFolder).yaml", "--db", register,
                    "--date", "2025-01-01",
                ], in: workspace.url
            ).status == 0)
        let url = workspace.url
        let statuses = try await withThrowingTaskGroup(of: [Int32].self) { group in
            for folder in ["noord", "zuid"] {
                group.addTask {
                    [try dpia.run(["record", folder, "--db", register, "--date", "2025-01-02"], in: url).status]
                }
            }
            for (writer, measure) in [(0, "m-0"), (1, "m-\(perFolder)")] {
                group.addTask {
                    try (1...5).map { day in
                        try dpia.run(
                            [
                                "actions", "update", measure, "--status", "in-progress", "--note", "writer \(writer) day \(day)",
                                "--db", register, "--date", "2025-01-0\(day + 2)",
                            ], in: url
                        ).status
                    }
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        #expect(statuses.allSatisfy { $0 == 0 }, "\(statuses)")
        let database = try RegisterDatabase(path: workspace.path(register))
        let export = try database.export()
        #expect(export.activities.count == 2 * perFolder)
        #expect(export.versions.count == 2 * perFolder)
        #expect(Set(export.measureEvents.compactMap(\.note)).count == 10)
        #expect(try database.integrityProblems() == [])
    }

    /// The stress test of docs/register.md: six processes update measures of two activities while two
    /// more record new versions of them, all at once (each on its own thread, so that they really overlap).
    /// Every update that exited 0 is in the register, and SQLite finds the file sound. Before the opening
    /// lock moved to `register.sqlite.lock`, about one update in ten was lost this way and the file got
    /// damaged ("database disk image is malformed").
    @Test func manyProcessesUpdatingAndRecordingLoseNothing() throws {
        let workspace = try Workspace("stress")
        defer { workspace.remove() }
        try Self.writeSpecs(1, in: "noord", of: workspace)
        try Self.writeSpecs(1, in: "zuid", of: workspace, numbering: 1)
        let dpia = BuiltProgram.dpia
        let register = "register.sqlite"
        #expect(try dpia.run(["record", "noord", "zuid", "--db", register, "--date", "2025-01-01"], in: workspace.url).status == 0)

        let log = ProcessLog()
        let group = DispatchGroup()
        let url = workspace.url
        func onThread(_ body: @escaping @Sendable () -> Void) {
            group.enter()
            Thread {
                body(); group.leave()
            }.start()
        }
        let updatesPerWriter = 8, recordsPerRecorder = 4
        for writer in 0..<6 {
            onThread {
                for index in 0..<updatesPerWriter {
                    let note = "writer \(writer) update \(index)"
                    let output = try? dpia.run(
                        [
                            "actions", "update", "m-\(writer % 2)", "--status", "in-progress", "--note", note,
                            "--db", register, "--date", "2025-01-03",
                        ], in: url)
                    log.add(note: note, status: output?.status ?? -1, errors: output?.errors ?? "not started")
                }
            }
        }
        for (number, folder) in [(0, "noord"), (1, "zuid")] {
            onThread {
                for index in 0..<recordsPerRecorder {
                    _ = try? workspace.write("\(folder)/activiteit-\(number).yaml", Self.spec(number, title: "Versie \(index)"))
                    let output = try? dpia.run(["record", folder, "--db", register, "--date", "2025-01-02"], in: url)
                    log.add(note: nil, status: output?.status ?? -1, errors: output?.errors ?? "not started")
                }
            }
        }
        group.wait()

        let runs = log.runs
        #expect(runs.count == 6 * updatesPerWriter + 2 * recordsPerRecorder)
        for run in runs where run.status != 0 { Issue.record("exit \(run.status): \(run.errors)") }
        let database = try RegisterDatabase(path: workspace.path(register))
        #expect(try database.integrityProblems() == [])
        let export = try database.export()
        let stored = Set(export.measureEvents.compactMap(\.note))
        let committed = runs.filter { $0.status == 0 }.compactMap(\.note)
        #expect(committed.filter { !stored.contains($0) } == [], "updates that exited 0 but are not in the register")
        #expect(export.measureEvents.count == committed.count)
        #expect(export.recordings.count == 2 + runs.filter { $0.note == nil && $0.status == 0 }.count)
    }
}

/// The outcomes of processes run from several threads.
private final class ProcessLog: @unchecked Sendable {
    struct Run {
        var note: String?
        var status: Int32
        var errors: String
    }

    private let lock = NSLock()
    private var stored: [Run] = []

    func add(note: String?, status: Int32, errors: String) {
        lock.withLock { stored.append(Run(note: note, status: status, errors: errors)) }
    }

    var runs: [Run] { lock.withLock { stored } }
}
