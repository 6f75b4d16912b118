import DPIAModel
import Foundation

extension Analyzer {
    /// Analyses many activities in parallel across the cores; the results are in the order of `activities`.
    public func assess(all activities: [LoadedActivity]) -> [Assessment] {
        let slots = Slots<Assessment>(count: activities.count)
        DispatchQueue.concurrentPerform(iterations: activities.count) { index in
            slots[index] = assess(activities[index])
        }
        return slots.values
    }
}

/// Slots written once each from parallel iterations, guarded by a lock (Swift 6 strict concurrency).
final class Slots<Value: Sendable>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    subscript(index: Int) -> Value? {
        get { lock.withLock { slots[index] } }
        set { lock.withLock { slots[index] = newValue } }
    }

    var values: [Value] { lock.withLock { slots.compactMap { $0 } } }
}
