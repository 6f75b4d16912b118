import Foundation

/// Processor time of the current thread: a timing that does not depend on how busy the machine is.
enum CPUTime {
    static var now: Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1_000_000_000
    }

    /// Seconds of processor time `work` took on this thread.
    static func measure(_ work: () throws -> Void) rethrows -> Double {
        let start = now
        try work()
        return now - start
    }
}
