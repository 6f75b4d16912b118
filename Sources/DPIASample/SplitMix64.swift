/// SplitMix64 (Steele, Lea and Flood, 2014): a tiny, fast generator of pseudo-random numbers that
/// gives the same sequence for the same seed on every machine and every Swift version.
///
/// It deliberately does not conform to `RandomNumberGenerator`: the standard library does not
/// promise that `Int.random(in:using:)` or `shuffled(using:)` consume numbers the same way in every
/// release, so every derived draw (`below`, `chance`, `pick`, `sample`) is written out here.
public struct SplitMix64: Sendable {
    private var state: UInt64

    /// A generator that starts from `seed`.
    public init(seed: UInt64) { state = seed }

    /// A generator for item `index` of a stream seeded with `seed`, independent of every other
    /// item, so that items can be generated in any order and in parallel.
    public init(seed: UInt64, stream index: UInt64) {
        var root = SplitMix64(seed: seed ^ (index &* 0xD1B5_4A32_D192_ED03))
        state = root.next()
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform number in `0..<bound` (Lemire's multiply-and-reject, without bias). `bound` > 0.
    public mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        let range = UInt64(bound)
        let threshold = (0 &- range) % range
        while true {
            let product = range.multipliedFullWidth(by: next())
            if product.low >= threshold { return Int(product.high) }
        }
    }

    /// A uniform number in `range`.
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// True with a probability of `percent` in 100.
    public mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

    /// One element of a non-empty array.
    public mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[below(elements.count)]
    }

    /// `count` distinct elements in random order (a partial Fisher–Yates shuffle); all of them when
    /// `count` is at least the number of elements.
    public mutating func sample<Element>(_ elements: [Element], count: Int) -> [Element] {
        var pool = elements
        let taken = min(max(count, 0), pool.count)
        for index in 0..<taken {
            pool.swapAt(index, index + below(pool.count - index))
        }
        return Array(pool.prefix(taken))
    }
}
