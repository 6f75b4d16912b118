import Foundation

/// Looks up paths in ``SourcePaths`` for a ``SourceMap``, and builds its `locations` dictionary
/// when someone asks for it.
///
/// A lookup walks the tree from the top, matching the path's bytes component by component, and
/// answers exactly what the dictionary would: the longest recorded prefix of the path that ends at
/// a `/` (or is the whole path), and for a path recorded several times the place recorded first.
/// Swift compares text outside ASCII by canonical equivalence, so when the path or a component is
/// not ASCII, the walk leaves the answer to the dictionary.
final class SourcePathIndex: @unchecked Sendable {
    /// The answer of the walk.
    enum Lookup {
        case found(SourceLocation)
        /// No prefix of the path, nor `""`, was recorded.
        case start
        /// Only the dictionary can answer exactly (text outside ASCII).
        case undecided
    }

    let file: String
    private let paths: SourcePaths
    /// Guards the two parts below, built on first use: a map may be shared between threads.
    private let lock = NSLock()
    private var children: Children?
    private var cachedDictionary: [String: SourceLocation]?

    /// Above this many entries children are found by hashing (a hostile spec can have many).
    private static let linearLimit = 2048

    /// How to find the children of an entry; built once, then only read.
    private enum Children {
        /// Sibling lists in the order written; `first`'s last slot holds the first top-level entry.
        /// Only for trees whose components are all ASCII (the others leave lookups to the dictionary).
        case lists(first: [Int32], next: [Int32])
        /// A component is not ASCII.
        case notASCII
        /// The children of each entry by component (for large trees, all ASCII).
        case hashed([ChildKey: [Int32]])
    }

    private struct ChildKey: Hashable {
        let parent: Int32
        let component: String
    }

    init(paths: SourcePaths, file: String) {
        self.paths = paths; self.file = file
    }

    /// Every recorded path's text with the first place recorded for it.
    var dictionary: [String: SourceLocation] {
        lock.withLock {
            if let cachedDictionary { return cachedDictionary }
            let entries = paths.entries
            var texts = [String?](repeating: nil, count: entries.count)
            // Without recursion: the ancestors whose text is not known yet, then their texts from the top.
            var unknown: [Int32] = []
            func text(_ index: Int32) -> String {
                var current = index
                while current >= 0, texts[Int(current)] == nil {
                    unknown.append(current)
                    current = entries[Int(current)].parent
                }
                while let next = unknown.popLast() {
                    let entry = entries[Int(next)]
                    texts[Int(next)] = entry.parent < 0 ? entry.component : texts[Int(entry.parent)]! + "/" + entry.component
                }
                return texts[Int(index)]!
            }
            var result: [String: SourceLocation] = [:]
            result.reserveCapacity(paths.order.count)
            for index in paths.order {
                let key = text(index)
                if result[key] == nil { result[key] = location(of: entries[Int(index)]) }
            }
            cachedDictionary = result
            return result
        }
    }

    private func location(of entry: SourcePaths.Entry) -> SourceLocation {
        SourceLocation(file: file, line: Int(entry.line), column: Int(entry.column))
    }

    /// The location of `path` or of its nearest recorded ancestor, as the dictionary would give it.
    func location(of path: String) -> Lookup {
        let lists = lock.withLock {
            if let children { return children }
            let built = Self.children(of: paths.entries)
            children = built
            return built
        }
        var path = path
        return path.withUTF8 { query in
            guard !query.contains(where: { $0 >= 0x80 }) else { return .undecided }
            return walk(query, lists)
        }
    }

    private static func children(of entries: [SourcePaths.Entry]) -> Children {
        for index in entries.indices where !isASCII(entries[index].component) { return .notASCII }
        if entries.count > linearLimit {
            var children: [ChildKey: [Int32]] = [:]
            for (index, entry) in entries.enumerated() {
                children[ChildKey(parent: entry.parent, component: entry.component), default: []]
                    .append(Int32(truncatingIfNeeded: index))
            }
            return .hashed(children)
        }
        // From the last entry to the first, so that each list is in the order written.
        var first = [Int32](repeating: -1, count: entries.count + 1)
        var next = [Int32](repeating: -1, count: entries.count)
        for index in entries.indices.reversed() {
            let parent = entries[index].parent
            let slot = parent < 0 ? entries.count : Int(parent)
            next[index] = first[slot]
            first[slot] = Int32(truncatingIfNeeded: index)
        }
        return .lists(first: first, next: next)
    }

    private static let slash = UInt8(ascii: "/")

    private static func isASCII(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            // Eight bytes at a time: components are short, but there is one per recorded key.
            var index = 0
            if let base = UnsafeRawPointer(bytes.baseAddress) {
                while index + 8 <= bytes.count {
                    if base.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
                    index += 8
                }
            }
            while index < bytes.count {
                if bytes[index] >= 0x80 { return false }
                index += 1
            }
            return true
        }
    }

    private func walk(_ query: UnsafeBufferPointer<UInt8>, _ children: Children) -> Lookup {
        let entries = paths.entries
        var best: (end: Int, rank: Int32)?
        // Entries whose path matched the query up to a '/', with where their children start in it.
        var pending: [(parent: Int32, offset: Int)] = [(-1, 0)]
        func consider(_ child: Int32, end: Int) {
            let rank = entries[Int(child)].rank
            if rank >= 0 {
                if let current = best {
                    if end > current.end || (end == current.end && rank < current.rank) { best = (end, rank) }
                } else {
                    best = (end, rank)
                }
            }
            if end < query.count { pending.append((child, end + 1)) }
        }
        switch children {
        case .notASCII:
            return .undecided
        case .hashed(let hashed):
            while let (parent, offset) = pending.popLast() {
                // Every place a component can end: the path's end, or a '/'.
                for end in offset...query.count where end == query.count || query[end] == Self.slash {
                    let component = String(decoding: UnsafeBufferPointer(rebasing: query[offset..<end]), as: UTF8.self)
                    for child in hashed[ChildKey(parent: parent, component: component)] ?? [] {
                        consider(child, end: end)
                    }
                }
            }
        case .lists(let first, let next):
            while let (parent, offset) = pending.popLast() {
                var child = first[parent < 0 ? entries.count : Int(parent)]
                while child >= 0 {
                    // The length first: it decides most siblings without reading their text.
                    let end = offset + entries[Int(child)].component.utf8.count
                    if end <= query.count, end == query.count || query[end] == Self.slash {
                        var component = entries[Int(child)].component
                        if component.withUTF8({ $0.elementsEqual(UnsafeBufferPointer(rebasing: query[offset..<end])) }) {
                            consider(child, end: end)
                        }
                    }
                    child = next[Int(child)]
                }
            }
        }
        // The longest recorded prefix; else, as the dictionary does, `""`.
        guard let chosen = best?.rank ?? paths.emptyPathRank else { return .start }
        return .found(location(of: entries[Int(paths.order[Int(chosen)])]))
    }
}
