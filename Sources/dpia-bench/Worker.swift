import ArgumentParser
import DPIACommands
import Foundation

/// `dpia-bench worker`: runs one pass in a process of its own, so that its peak memory is its own,
/// and writes the measurement as JSON. Started by `dpia-bench run`; not meant to be run by hand.
struct Worker: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker", abstract: "Run one pass of the benchmark (internal).", shouldDisplay: false)

    @Option(help: "floor, check or pipeline.") var pass: String
    @Option(parsing: .upToNextOption, help: "The stages of the pass.") var stages: [Stage]
    @Option(help: "A folder for scratch files.") var scratch: String
    @Option(help: "Where to write the measurement as JSON.") var result: String
    @Argument(help: "The folder of the sample register.") var folder: String

    func run() throws {
        let paths = SpecPaths([folder])
        guard paths.problems.isEmpty else { throw BenchError(paths.problems.map(\.description).joined(separator: "\n")) }
        let runner = PassRunner(files: paths.files, scratch: scratch)
        let measurement = pass == "floor" ? try runner.floor() : try runner.pipeline(pass, stages: stages)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try writeAtomically(try encoder.encode(measurement), to: result)
    }
}
