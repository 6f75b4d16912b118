import Foundation

/// The machine the benchmark runs on, printed with the results.
struct Machine: Sendable, Codable {
    var cores: Int
    var cpuModel: String
    var memoryBytes: UInt64
    /// The 1-minute load average when the benchmark started: other work on the machine slows it down.
    var loadAverage: String
    var system: String
    var date: String

    static func current() -> Machine {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .map { $0.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "" }
        let load =
            (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3)
            .joined(separator: " ") ?? "unknown"
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return Machine(
            cores: ProcessInfo.processInfo.activeProcessorCount, cpuModel: model ?? "unknown",
            memoryBytes: ProcessInfo.processInfo.physicalMemory, loadAverage: load,
            system: ProcessInfo.processInfo.operatingSystemVersionString, date: formatter.string(from: Date()))
    }

    var markdown: String {
        """
        ## Machine

        - cores: \(cores) (\(cpuModel))
        - memory: \(String(format: "%.1f", Double(memoryBytes) / 1_073_741_824)) GiB
        - load average at start (1, 5, 15 min): \(loadAverage)
        - system: \(system)
        - date: \(date)

        """
    }
}
