import Foundation

/// The results as Markdown: one table of passes and commands, one of CPU per stage, the scaling
/// from one size to the next, and the targets met or missed (by how much, and where the time goes).
struct BenchReport {
    var machine: Machine
    var results: [SizeResult]
    var seed: UInt64

    var markdown: String {
        [timings, stageTable, scaling, targets].filter { !$0.isEmpty }.joined(separator: "\n")
    }

    // MARK: Tables

    private var timings: String {
        var lines = [
            "## Timings (seed \(seed))", "",
            "| activities | YAML | run | wall s | CPU s | CPU / wall | peak memory | CPU ms per activity |",
            "|---:|---:|---|---:|---:|---:|---:|---:|",
        ]
        for result in results {
            let size = megabytes(result.bytes)
            for pass in result.passes {
                lines.append(row(result.activities, size, Self.passTitle(pass), pass.wall, pass.cpu, pass.peakMemory))
            }
            for command in result.commands {
                let title =
                    command.error == nil
                    ? "`\(command.line)`"
                    : "`dpia \(command.command)` failed: \(command.error!.split(separator: "\n").first ?? "")"
                lines.append(row(result.activities, size, title, command.wall, command.cpu, command.peakMemory))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func row(_ activities: Int, _ size: String, _ title: String, _ wall: Double, _ cpu: Double, _ memory: Int) -> String {
        "| \(activities) | \(size) | \(title) | \(seconds(wall)) | \(seconds(cpu)) | \(String(format: "%.2f", cpu / max(wall, 1e-9))) "
            + "| \(megabytes(memory)) | \(String(format: "%.2f", cpu * 1000 / Double(activities))) |"
    }

    private static func passTitle(_ pass: PassMeasurement) -> String {
        switch pass.pass {
        case "floor": "parse only: read + `Yams.compose` (floor)"
        case "check": "in process: " + pass.stages.map(\.rawValue).joined(separator: " + ")
        default: "in process: " + pass.stages.map(\.rawValue).joined(separator: " + ")
        }
    }

    private var stageTable: String {
        let stages = Stage.allCases.filter { stage in results.contains { $0.stageCPU(stage) != nil } }
        guard !stages.isEmpty else { return "" }
        var lines = [
            "## CPU per stage (seconds, summed over all threads; ms per activity in brackets)", "",
            "| activities | " + stages.map(\.title).joined(separator: " | ") + " |",
            "|---:|" + String(repeating: "---:|", count: stages.count),
        ]
        for result in results {
            let cells = stages.map { stage -> String in
                guard let cpu = result.stageCPU(stage) else { return "–" }
                return "\(seconds(cpu)) (\(String(format: "%.2f", cpu * 1000 / Double(result.activities))))"
            }
            lines.append("| \(result.activities) | " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private var scaling: String {
        let pairs = zip(results, results.dropFirst()).filter { $0.1.activities > $0.0.activities }
        guard !pairs.isEmpty else { return "" }
        var lines = [
            "## Scaling (time ratio when the register grows)", "",
            "| from → to | activities × | floor wall × | check wall × | `dpia check` wall × | `dpia report` wall × | re-run wall × |",
            "|---|---:|---:|---:|---:|---:|---:|",
        ]
        for (small, large) in pairs {
            func ratio(_ value: (SizeResult) -> Double?) -> String {
                guard let a = value(small), let b = value(large), a > 0 else { return "–" }
                return String(format: "%.1f", b / a)
            }
            lines.append(
                "| \(small.activities) → \(large.activities) | \(String(format: "%.0f", Double(large.activities) / Double(small.activities))) "
                    + "| \(ratio { $0.pass("floor")?.wall }) | \(ratio { $0.pass("check")?.wall }) "
                    + "| \(ratio { $0.command("check")?.wall }) | \(ratio { $0.command("report")?.wall }) "
                    + "| \(ratio { $0.command("report-again")?.wall }) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: Targets

    private var targets: String {
        var lines = ["## Targets (written for a 2-core machine; this one has \(machine.cores))", ""]
        if let result = results.first(where: { $0.activities == 1000 }), let check = result.command("check") {
            lines.append(
                verdict("`dpia check` on 1,000 activities under 1 s wall", value: check.wall, limit: 1, unit: "s")
                    + whereTimeGoes(result, command: check))
        }
        if let result = results.first(where: { $0.activities == 10000 }),
            let check = result.command("check"), let report = result.command("report")
        {
            let wall = check.wall + report.wall
            lines.append(
                verdict("`dpia check` + `dpia report` on 10,000 activities under 15 s wall", value: wall, limit: 15, unit: "s")
                    + " (check \(seconds(check.wall)) s, report \(seconds(report.wall)) s)")
            for (name, what) in [("report-again", "nothing changed"), ("report-changed", "1 % of the specs edited")] {
                guard let again = result.command(name) else { continue }
                lines.append(
                    verdict("… the same on a re-run (\(what))", value: check.wall + again.wall, limit: 15, unit: "s")
                        + " (check \(seconds(check.wall)) s, report \(seconds(again.wall)) s)")
            }
            let peak = max(check.peakMemory, report.peakMemory)
            lines.append(
                verdict("… and under 1 GB peak memory", value: Double(peak) / 1e9, limit: 1, unit: "GB")
                    + " (check \(megabytes(check.peakMemory)), report \(megabytes(report.peakMemory)))")
        }
        for result in results {
            guard let floor = result.pass("floor"), let check = result.pass("check"), floor.wall > 0 else { continue }
            lines.append(
                verdict(
                    "check pipeline / parse-only ≤ 2 at \(result.activities) activities (wall)",
                    value: check.wall / floor.wall, limit: 2, unit: "×")
                    + " (CPU: \(String(format: "%.2f", check.cpu / max(floor.cpu, 1e-9)))×; "
                    + stageShares(check) + ")")
        }
        for (small, large) in zip(results, results.dropFirst()) where large.activities == small.activities * 10 {
            for name in ["check", "report"] {
                guard let a = small.command(name)?.wall, let b = large.command(name)?.wall, a > 0 else { continue }
                lines.append(
                    verdict(
                        "`dpia \(name)` scales linearly \(small.activities) → \(large.activities) (≤ ~10× time)",
                        value: b / a, limit: 11, unit: "×"))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func verdict(_ target: String, value: Double, limit: Double, unit: String) -> String {
        let number = String(format: "%.2f", value)
        if value <= limit { return "- ✔ \(target): \(number) \(unit)" }
        return "- ✘ \(target): \(number) \(unit), missed by \(String(format: "%.2f", value - limit)) \(unit) "
            + "(\(String(format: "%.1f", value / limit))× the target)"
    }

    /// Where the wall time of a command goes, from the in-process passes of the same register.
    private func whereTimeGoes(_ result: SizeResult, command: CommandMeasurement) -> String {
        guard command.wall > 1, let check = result.pass("check") else { return "" }
        var parts = [stageShares(check)]
        if let floor = result.pass("floor") { parts.append("parse-only floor \(seconds(floor.wall)) s wall") }
        parts.append(
            "in-process load + analyse \(seconds(check.wall)) s wall; the rest of the command "
                + "(start, listing, holding every result, formatting output) \(seconds(max(0, command.wall - check.wall))) s")
        return "; where it goes: " + parts.joined(separator: "; ")
    }

    private func stageShares(_ pass: PassMeasurement) -> String {
        let total = pass.stageCPU.values.reduce(0, +)
        guard total > 0 else { return "" }
        return pass.stages.compactMap { stage in
            pass.stageCPU[stage.rawValue].map { "\(stage.rawValue) \(String(format: "%.0f", $0 / total * 100)) %" }
        }.joined(separator: ", ")
    }

    private func seconds(_ value: Double) -> String { String(format: value < 10 ? "%.3f" : "%.1f", value) }

    private func megabytes(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1_000_000) }
}

extension SizeResult {
    /// The CPU seconds of `stage`: from the pass that ran it last (the pipeline pass includes load and analyse).
    func stageCPU(_ stage: Stage) -> Double? {
        for name in ["pipeline", "check", "floor"] {
            if let value = pass(name)?.stageCPU[stage.rawValue] { return value }
        }
        return nil
    }
}
