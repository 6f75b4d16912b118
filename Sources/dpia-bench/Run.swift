import ArgumentParser
import DPIACommands
import DPIASample
import Foundation

/// `dpia-bench run` (the default): generates or reuses sample registers, times every stage in a
/// fresh process per pass, times the real `dpia check` and `dpia report`, and prints the results
/// as Markdown with the targets met or missed.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Time the pipeline on synthetic registers of several sizes (the default subcommand).")

    @Option(help: ArgumentHelp("Register sizes, comma-separated.", valueName: "N,N,..."))
    var activities = "100,1000,10000"

    @Option(
        help: ArgumentHelp(
            "Stages to time, comma-separated: \(Stage.allCases.map(\.rawValue).joined(separator: ",")).",
            valueName: "stage,..."))
    var stages = Stage.allCases.map(\.rawValue).joined(separator: ",")

    @Option(help: "The seed of the sample registers.")
    var seed: UInt64 = 1

    @Option(
        help: ArgumentHelp(
            "A folder with one sample register per size (<DIR>/<N>/); missing ones are generated. "
                + "Default: a temporary folder, removed afterwards.", valueName: "DIR"))
    var samples: String?

    @Option(help: ArgumentHelp("The dpia executable for the end-to-end timings (default: next to dpia-bench).", valueName: "FILE"))
    var dpia: String?

    @Flag(help: "Skip the end-to-end timings of dpia check and dpia report.")
    var noCommands = false

    @Option(help: ArgumentHelp("Also write the measurements as JSON to this file.", valueName: "FILE"))
    var json: String?

    func run() throws {
        let sizes = try parseList(activities, "--activities") { Int($0).flatMap { $0 > 0 ? $0 : nil } }
        let selected = try parseList(stages, "--stages") { Stage(rawValue: $0) }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("dpia-bench-\(getpid())").path
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let sampleRoot = samples ?? scratch + "/samples"

        let machine = Machine.current()
        print(machine.markdown)
        var results: [SizeResult] = []
        for size in sizes {
            let folder = try sampleFolder(size: size, root: sampleRoot)
            var result = SizeResult(activities: size, bytes: 0, passes: [], commands: [])
            for (pass, stages) in Self.passes(for: selected) {
                log("N=\(size): \(pass) pass (\(stages.map(\.rawValue).joined(separator: ", ")))")
                result.passes.append(try runPass(pass, stages: stages, folder: folder, scratch: scratch))
            }
            result.bytes = result.passes.first?.bytes ?? 0
            if !noCommands {
                result.commands = try runCommands(selected, folder: folder, scratch: scratch + "/out-\(size)")
            }
            results.append(result)
        }
        let report = BenchReport(machine: machine, results: results, seed: seed)
        print(report.markdown)
        if let json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try writeAtomically(try encoder.encode(results), to: json)
        }
    }

    /// The passes that cover `stages`: the parse-only floor, the check pipeline, and the full one.
    static func passes(for stages: [Stage]) -> [(String, [Stage])] {
        var passes: [(String, [Stage])] = []
        if stages.contains(.parse) { passes.append(("floor", [.parse])) }
        let check = [Stage.load, .analyse].filter(stages.contains)
        if !check.isEmpty { passes.append(("check", check)) }
        let rest = stages.filter { ![.parse, .load, .analyse].contains($0) }
        if !rest.isEmpty { passes.append(("pipeline", [.load, .analyse] + Stage.allCases.filter(rest.contains))) }
        return passes
    }

    private func sampleFolder(size: Int, root: String) throws -> String {
        let folder = root + "/\(size)"
        let existing = SpecPaths([folder]).files.count
        if existing == size { return folder }
        guard existing == 0 else {
            throw BenchError("\(folder) holds \(existing) specs, not \(size): empty it or choose another --samples folder")
        }
        log("N=\(size): generating the sample register in \(folder)")
        _ = try SampleWriter(register: SampleRegister(count: size, seed: seed)).write(into: folder)
        return folder
    }

    private func runPass(_ pass: String, stages: [Stage], folder: String, scratch: String) throws -> PassMeasurement {
        let resultFile = scratch + "/\(pass).json"
        let outcome = try ChildProcess.run(
            Self.executable,
            [
                "worker", "--pass", pass, "--stages",
            ] + stages.map(\.rawValue) + [
                "--scratch", scratch, "--result", resultFile, folder,
            ])
        guard outcome.status == 0, let data = FileManager.default.contents(atPath: resultFile) else {
            throw BenchError("the \(pass) pass failed (exit status \(outcome.status)):\n\(outcome.errorText)")
        }
        var measurement = try JSONDecoder().decode(PassMeasurement.self, from: data)
        measurement.peakMemory = outcome.usage.peakMemory
        return measurement
    }

    private func runCommands(_ stages: [Stage], folder: String, scratch: String) throws -> [CommandMeasurement] {
        let dpia = dpia ?? URL(fileURLWithPath: Self.executable).deletingLastPathComponent().appendingPathComponent("dpia").path
        guard FileManager.default.isExecutableFile(atPath: dpia) else {
            throw BenchError("no dpia executable at \(dpia): build it (swift build -c release) or give --dpia")
        }
        var commands: [(String, [String])] = []
        if stages.contains(.analyse) { commands.append(("check", ["check", folder])) }
        if stages.contains(.markdown) || stages.contains(.html) {
            commands.append(("report", ["report", folder, "--out", scratch, "--date", "2025-06-30"]))
        }
        func measure(_ name: String, _ arguments: [String], note: String = "") throws -> CommandMeasurement {
            log("dpia \(arguments.joined(separator: " "))\(note)")
            let outcome = try ChildProcess.run(dpia, arguments)
            let failed = outcome.status > 1
            let line = "dpia " + arguments.map { $0 == folder ? "DIR" : $0 == scratch ? "OUT" : $0 }.joined(separator: " ") + note
            return CommandMeasurement(
                command: name, line: line, status: outcome.status,
                wall: outcome.wall, cpu: outcome.usage.cpu, peakMemory: outcome.usage.peakMemory,
                error: failed ? outcome.errorText : nil)
        }
        var measured = try commands.map { try measure($0, $1) }
        if let report = commands.first(where: { $0.0 == "report" })?.1 {
            // Re-runs: reports are only rendered again for specs (or inputs) that changed.
            measured.append(try measure("report-again", report, note: " (again, nothing changed)"))
            try Self.editingOnePercent(of: folder) {
                measured.append(try measure("report-changed", report, note: " (again, 1 % of the specs edited)"))
            }
        }
        return measured
    }

    /// Runs `body` while every hundredth spec of `folder` ends with one more comment line, then
    /// restores those files byte for byte.
    static func editingOnePercent(of folder: String, _ body: () throws -> Void) throws {
        let files = SpecPaths([folder]).files
        let edited = stride(from: 0, to: files.count, by: 100).map { files[$0] }
        var originals: [(String, Data)] = []
        defer { for (path, data) in originals { try? data.write(to: URL(fileURLWithPath: path)) } }
        for path in edited {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            originals.append((path, data))
            try (data + Data("# bewerkt voor de benchmark\n".utf8)).write(to: URL(fileURLWithPath: path))
        }
        try body()
    }

    private func parseList<Value>(_ text: String, _ option: String, _ parse: (String) -> Value?) throws -> [Value] {
        try text.split(separator: ",").map { part in
            let word = part.trimmingCharacters(in: .whitespaces)
            guard let value = parse(word) else { throw ValidationError("\(option): '\(word)' is not valid") }
            return value
        }
    }

    /// This program's own executable, started again for each pass.
    static var executable: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }
}

/// Progress goes to standard error, so standard output is only the Markdown results.
func log(_ message: String) {
    FileHandle.standardError.write(Data(("dpia-bench: " + message + "\n").utf8))
}
