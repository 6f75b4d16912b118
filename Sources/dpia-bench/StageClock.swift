import Foundation

/// Adds up the CPU time each stage takes across all worker threads.
///
/// Each stage of each file is timed with the calling thread's CPU clock, so the sums are exact
/// even when stages of different files run at the same time on different cores.
final class StageClock: @unchecked Sendable {
    private var seconds: [Stage: Double] = [:]
    private let lock = NSLock()

    /// Runs `body`, adding its thread CPU time to `stage`.
    func measure<Result>(_ stage: Stage, _ body: () throws -> Result) rethrows -> Result {
        let start = Clock.threadCPU()
        defer {
            let spent = Clock.threadCPU() - start
            lock.withLock { seconds[stage, default: 0] += spent }
        }
        return try body()
    }

    /// CPU seconds per stage, keyed by the stage's name.
    var totals: [String: Double] {
        lock.withLock { Dictionary(uniqueKeysWithValues: seconds.map { ($0.key.rawValue, $0.value) }) }
    }
}
