import Dispatch
import Foundation

/// Runs independent work items (one per spec file) on all cores.
///
/// Commands that handle a whole register use this instead of a loop, so that loading, analysing
/// and rendering thousands of activities scales with the number of cores. Results keep the order
/// of the input, so output stays deterministic.
public enum ParallelWork {
    /// `transform` applied to `0..<count` on all cores; results in index order.
    public static func map<Result: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> Result) -> [Result] {
        guard count > 0 else { return [] }
        let slots = Slots<Result>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots.store(transform(index), at: index)
        }
        return slots.collect()
    }

    /// `transform` applied to `0..<count` on all cores, handing each result to `consume` in index
    /// order while later items are still being worked on. At most `window` results are held at a
    /// time, so memory stays bounded however large the register is.
    public static func stream<Result: Sendable>(
        _ count: Int, window: Int = 256, _ transform: @Sendable (Int) -> Result, consume: (Int, Result) throws -> Void
    ) rethrows {
        var start = 0
        while start < count {
            let first = start, end = min(count, start + max(1, window))
            let results = map(end - first) { transform(first + $0) }
            for (offset, result) in results.enumerated() { try consume(start + offset, result) }
            start = end
        }
    }
}

/// Result slots written by concurrent workers, each slot by exactly one worker.
private final class Slots<Element: Sendable>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<Element?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    /// Stores `value` in slot `index`; no two workers write the same slot.
    func store(_ value: Element, at index: Int) { buffer[index] = value }

    /// Every slot's value, in order; call after all workers finished.
    func collect() -> [Element] { buffer.map { $0! } }
}
