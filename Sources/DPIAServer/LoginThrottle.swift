/// Slows down guessing passwords: each failed sign-in for a name waits longer before it is answered
/// (the first ``ServerConfiguration/loginDelay``, doubling, up to the maximum); a success resets it.
actor LoginThrottle {
    private let initial: Int
    private let maximum: Int
    private var failures: [String: Int] = [:]

    init(initialMilliseconds: Int, maximumMilliseconds: Int) {
        initial = initialMilliseconds; maximum = maximumMilliseconds
    }

    /// Counts a failure and returns how long to hold back the answer, in milliseconds.
    func failed(_ name: String) -> Int {
        if failures.count > 100_000 { failures.removeAll() }
        let count = failures[name, default: 0] + 1
        failures[name] = count
        let factor = 1 << min(count - 1, 16)
        return min(initial * factor, maximum)
    }

    func succeeded(_ name: String) { failures[name] = nil }
}
