import Foundation

/// Processor time of the current thread: a timing that does not depend on how busy the machine is.
/// Tests bound the work of hostile input with it (a hang or a blow-up fails); speed itself is measured
/// by dpia-bench (docs/benchmarks.md).
public enum CPUTime {
    public static var now: Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1_000_000_000
    }

    /// Seconds of processor time `work` took on this thread.
    public static func measure(_ work: () throws -> Void) rethrows -> Double {
        let start = now
        try work()
        return now - start
    }
}
