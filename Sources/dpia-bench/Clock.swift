#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Clocks the benchmark reads: wall time, the CPU time of the calling thread, and the CPU time
/// and peak memory of the whole process.
enum Clock {
    /// Seconds on the monotonic clock (wall time; not affected by changes of the system date).
    static func wall() -> Double { read(CLOCK_MONOTONIC) }

    /// CPU seconds used by the calling thread so far.
    static func threadCPU() -> Double { read(CLOCK_THREAD_CPUTIME_ID) }

    private static func read(_ clock: clockid_t) -> Double {
        var time = timespec()
        clock_gettime(clock, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

/// CPU time and peak memory of a process, from `getrusage` or `wait4`.
struct ResourceUsage: Sendable, Codable {
    /// User plus system CPU seconds.
    var cpu: Double
    /// The peak resident set size (`ru_maxrss`) in bytes.
    var peakMemory: Int

    init(_ usage: rusage) {
        cpu =
            Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        #if os(Linux)
        peakMemory = Int(usage.ru_maxrss) * 1024   // kilobytes on Linux
        #else
        peakMemory = Int(usage.ru_maxrss)   // bytes on macOS
        #endif
    }

    /// The usage of this process so far.
    static func current() -> ResourceUsage {
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        return ResourceUsage(usage)
    }
}
