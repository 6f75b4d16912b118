/// "Did you mean" suggestions by edit distance.
enum Suggestion {
    /// The candidate closest to `word`, when it is close enough to be a likely typo.
    ///
    /// Close enough: at most 1 edit for words of up to 4 letters, 2 up to 8, 3 beyond (an edit is
    /// an insertion, deletion, substitution or swap of neighbours), ignoring letter case. Ties go
    /// to the earliest candidate, so results are deterministic when `candidates` are.
    static func closest<S: Sequence<String>>(to word: String, in candidates: S) -> String? {
        closest(to: word, in: Candidates(candidates))
    }

    /// Candidates prepared once (letter case folded), for many look-ups among the same ids.
    struct Candidates {
        let words: [String]
        let folded: [[Unicode.Scalar]]

        init<S: Sequence<String>>(_ words: S) {
            self.words = Array(words)
            folded = self.words.map { Array($0.lowercased().unicodeScalars) }
        }
    }

    /// ``closest(to:in:)`` among prepared candidates.
    static func closest(to word: String, in candidates: Candidates) -> String? {
        let target = Array(word.lowercased().unicodeScalars)
        let limit = target.count <= 4 ? 1 : target.count <= 8 ? 2 : 3
        var best: (index: Int, distance: Int)?
        var buffers = DistanceBuffers()
        for (index, other) in candidates.folded.enumerated() where candidates.words[index] != word {
            guard abs(other.count - target.count) <= limit else { continue }
            let bound = min(limit, (best?.distance ?? limit + 1) - 1)
            guard bound >= 0, let distance = distance(target, other, atMost: bound, buffers: &buffers) else { continue }
            best = (index, distance)
            if distance == 0 { break }
        }
        return best.map { candidates.words[$0.index] }
    }

    /// The rows of the distance table, reused from one comparison to the next.
    struct DistanceBuffers {
        var beforePrevious: [Int] = [], previous: [Int] = [], current: [Int] = []
    }

    /// Edit distance (optimal string alignment: Levenshtein plus swaps of neighbours) between `a`
    /// and `b`, or nil when it exceeds `limit`.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], atMost limit: Int) -> Int? {
        var buffers = DistanceBuffers()
        return distance(a, b, atMost: limit, buffers: &buffers)
    }

    static func distance(
        _ a: [Unicode.Scalar], _ b: [Unicode.Scalar], atMost limit: Int,
        buffers: inout DistanceBuffers
    ) -> Int? {
        if a.isEmpty { return b.count <= limit ? b.count : nil }
        if b.isEmpty { return a.count <= limit ? a.count : nil }
        buffers.beforePrevious.removeAll(keepingCapacity: true)
        buffers.beforePrevious.append(contentsOf: repeatElement(0, count: b.count + 1))
        buffers.previous.removeAll(keepingCapacity: true)
        buffers.previous.append(contentsOf: 0...b.count)
        buffers.current.removeAll(keepingCapacity: true)
        buffers.current.append(contentsOf: repeatElement(0, count: b.count + 1))
        for i in 1...a.count {
            buffers.current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(buffers.previous[j] + 1, buffers.current[j - 1] + 1, buffers.previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, buffers.beforePrevious[j - 2] + 1)
                }
                buffers.current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return nil }
            swap(&buffers.beforePrevious, &buffers.previous)
            swap(&buffers.previous, &buffers.current)
        }
        return buffers.previous[b.count] <= limit ? buffers.previous[b.count] : nil
    }

    /// `; did you mean 'x'?` or the empty string.
    static func didYouMean<S: Sequence<String>>(_ word: String, in candidates: S) -> String {
        didYouMean(word, in: Candidates(candidates))
    }

    /// ``didYouMean(_:in:)`` among prepared candidates.
    static func didYouMean(_ word: String, in candidates: Candidates) -> String {
        closest(to: word, in: candidates).map { "; did you mean \(SpecReader.quote($0))?" } ?? ""
    }
}
