import ArgumentParser
import DPIASample
import Foundation

/// `dpia sample`: writes a synthetic register of valid specs, for benchmarks and for trying `dpia`
/// out on a register of realistic size.
struct Sample: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Write a synthetic register of processing activities (for benchmarks and demonstrations).",
        discussion: """
        Writes N made-up but valid specs into DIR/<municipality>/<id>.yaml, shaped like the example \
        registers: about 10 parties, 30 data items, 8 roles, 6 flows and 5 purposes each, some with \
        special categories of data, some visible across municipalities, some clean. The same seed always \
        gives the same files. Existing files with the same names are replaced; other files are left alone.
        """)

    @Option(name: .long, help: ArgumentHelp("How many activities to write.", valueName: "N"))
    var activities: Int

    @Option(name: .long, help: ArgumentHelp("The folder to write the register into.", valueName: "DIR"))
    var out: String

    @Option(name: .long, help: ArgumentHelp("The seed; the same seed gives the same register.", valueName: "S"))
    var seed: UInt64 = 1

    @Option(name: .long, help: ArgumentHelp(
        "Path of dpia-spec.schema.json; each file then tells editors where the schema is.", valueName: "FILE"))
    var schema: String?

    func validate() throws {
        guard (1...1_000_000).contains(activities) else {
            throw ValidationError("--activities must be between 1 and 1000000, not \(activities).")
        }
    }

    func run() throws {
        let register = SampleRegister(count: activities, seed: seed)
        let root = URL(fileURLWithPath: out).standardizedFileURL
        let schemaURL = schema.map { URL(fileURLWithPath: $0).standardizedFileURL }
        let entries = ParallelWork.map(activities) { register.entry(at: $0) }
        var organisations: [String] = []
        for entry in entries where !organisations.contains(entry.organisation) {
            organisations.append(entry.organisation)
            let folder = root.appendingPathComponent(entry.organisation)
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw ValidationError("Cannot create the folder \(folder.path): \(error.localizedDescription)")
            }
        }
        let failures = ParallelWork.map(activities) { index -> String? in
            let path = root.appendingPathComponent(entries[index].relativePath).path
            let schemaPath = schemaURL.map { RelativePath.from(folder: URL(fileURLWithPath: path).deletingLastPathComponent(), to: $0) }
            do {
                try AtomicFile.write(register.yaml(at: index, schema: schemaPath), to: path)
                return nil
            } catch {
                return "\(path): \(error.localizedDescription)"
            }
        }.compactMap { $0 }
        if let first = failures.first {
            throw ValidationError("Could not write \(failures.count) of \(activities) files; the first: \(first)")
        }
        print("Wrote \(activities) sample activities in \(organisations.count) organisation folders to \(root.path) (seed \(seed)).")
    }
}

/// Relative paths between files, for the schema comment at the top of a sample spec.
enum RelativePath {
    /// The path from `folder` to `target`, for example `../../docs/dpia-spec.schema.json`.
    static func from(folder: URL, to target: URL) -> String {
        let from = folder.standardizedFileURL.pathComponents
        let to = target.standardizedFileURL.pathComponents
        var common = 0
        while common < from.count, common < to.count, from[common] == to[common] { common += 1 }
        let ups = Array(repeating: "..", count: from.count - common)
        return (ups + to[common...]).joined(separator: "/")
    }
}
