import Dispatch
import Foundation

/// Runs independent work items (one per spec file) on all cores: the one ordered parallel map of the
/// project (the loader's `load(files:)`, the analyser's `assess(all:)`, the report engine and the commands use it).
///
/// Commands that handle a whole register use this instead of a loop, so that loading, analysing
/// and rendering thousands of activities scales with the number of cores. Results keep the order
/// of the input, so output stays deterministic.
public enum ParallelWork {
    /// `transform` applied to `0..<count` on all cores; results in index order.
    public static func map<Result: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> Result) -> [Result] {
        guard count > 0 else { return [] }
        let results = OrderedResults<Result>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results.store(transform(index), at: index)
        }
        return results.collect()
    }

    /// `transform` applied to `0..<count` on all cores, handing each result to `consume` in index
    /// order while later items are still being worked on. At most `window` results are held at a
    /// time, so memory stays bounded however large the register is.
    public static func stream<Result: Sendable>(
        _ count: Int, window: Int = 256, _ transform: @Sendable (Int) -> Result, consume: (Int, Result) throws -> Void
    ) rethrows {
        try stream(windows: windows(count, maxCount: window), transform, consume: consume)
    }

    /// `transform` applied to the items of each window in turn (on all cores within a window),
    /// handing each result to `consume` in index order. Only one window's results are held at a time.
    public static func stream<Result: Sendable>(
        windows: [Range<Int>], _ transform: @Sendable (Int) -> Result, consume: (Int, Result) throws -> Void
    ) rethrows {
        for window in windows {
            let first = window.lowerBound
            let results = map(window.count) { transform(first + $0) }
            for (offset, result) in results.enumerated() { try consume(first + offset, result) }
        }
    }

    /// `0..<count` cut into windows of at most `maxCount` items whose weights add up to at most
    /// `maxWeight`; an item heavier than that has a window of its own. The weight of a spec is its
    /// size in bytes: memory grows with the bytes being worked on, so a few large specs are handled
    /// one or two at a time while thousands of small ones still fill every core.
    public static func windows(
        _ count: Int, maxCount: Int, maxWeight: Int = .max,
        weight: (Int) -> Int = { _ in 0 }
    ) -> [Range<Int>] {
        var windows: [Range<Int>] = []
        var start = 0, total = 0
        for index in 0..<max(0, count) {
            let item = max(0, weight(index))
            if index > start, index - start >= max(1, maxCount) || total > maxWeight - item {
                windows.append(start..<index)
                start = index
                total = 0
            }
            total += min(item, maxWeight)
        }
        if start < count { windows.append(start..<count) }
        return windows
    }
}

/// The results of ``ParallelWork/map(_:_:)``, one slot per index, each written by exactly one worker
/// and read only after every worker finished (`concurrentPerform` returns): no lock is needed, and this
/// is the project's only `@unchecked Sendable` for parallel results.
private final class OrderedResults<Element: Sendable>: @unchecked Sendable {
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
