/// "Did you mean" candidates for a mistyped id.
enum Suggestions {
    /// Up to three known ids closest to `text` (edit distance at most a third of its length, or containing it).
    static func nearest(to text: String, in known: [String]) -> [String] {
        let limit = max(2, text.count / 3)
        return
            known
            .map { (id: $0, distance: distance(text, $0)) }
            .filter { $0.distance <= limit || $0.id.contains(text) }
            .sorted { ($0.distance, $0.id) < ($1.distance, $1.id) }
            .prefix(3).map(\.id)
    }

    /// Levenshtein distance.
    static func distance(_ lhs: String, _ rhs: String) -> Int {
        let left = Array(lhs), right = Array(rhs)
        var previous = Array(0...right.count)
        for (i, character) in left.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: right.count)
            for (j, other) in right.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (character == other ? 0 : 1))
            }
            previous = current
        }
        return previous[right.count]
    }
}
