import ArgumentParser

/// `dpia-bench`: times the pipeline at register scale (docs/benchmarks.md).
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dpia-bench",
        abstract: "Benchmark dpia on synthetic registers: each stage, the parse-only floor and the real commands.",
        subcommands: [Run.self, Worker.self],
        defaultSubcommand: Run.self)
}

Bench.main()
