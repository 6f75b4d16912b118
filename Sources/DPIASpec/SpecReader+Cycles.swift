import DPIAModel

/// Circles in the links within one list: a party that is (indirectly) part of itself, a purpose
/// that is (indirectly) further processing of itself. Each circle is reported once, at the link
/// of its member written first; the check visits every entry once.
extension SpecReader {
    func checkCycles(parties: [Party]?, purposes: [Purpose]?) {
        guard !stopped else { return }
        let partyCycles = parties.map { Self.cycles($0.map { ($0.id, $0.partOf) }) } ?? []
        let purposeCycles = purposes.map { Self.cycles($0.map { ($0.id, $0.furtherProcessingOf) }) } ?? []
        guard !partyCycles.isEmpty || !purposeCycles.isEmpty else { return }
        // Only a spec with a circle needs the paths as text: its dictionary is built once.
        let map = SourceMap(file: file, paths: paths)
        for cycle in partyCycles {
            report(
                cycle, in: map, list: "parties", key: "part_of", selfLoop: "party \(Self.quote(cycle[0])) is part of itself",
                fix: "one of these parties must be the top, without 'part_of'")
        }
        for cycle in purposeCycles {
            report(
                cycle, in: map, list: "purposes", key: "further_processing_of",
                selfLoop: "purpose \(Self.quote(cycle[0])) is further processing of itself",
                fix: "one of these purposes must be the original purpose, without 'further_processing_of'")
        }
    }

    private func report(_ cycle: [String], in map: SourceMap, list: String, key: String, selfLoop: String, fix: String) {
        let mark =
            map.locations["\(list)/\(cycle[0])/\(key)"].map { TextPosition(line: $0.line, column: $0.column) }
            ?? TextPosition.start
        if cycle.count == 1 {
            error("\(selfLoop); '\(key)' names another entry, or is left out", at: mark)
            return
        }
        let shown =
            cycle.count > 6
            ? cycle.prefix(5).map(Self.shortID) + ["… (\(cycle.count) in all)"]
            : cycle.map(Self.shortID) + [Self.shortID(cycle[0])]
        error("'\(key)' goes round in a circle: \(shown.joined(separator: " → ")); \(fix)", at: mark)
    }

    private static func shortID(_ id: String) -> String { id.count > 40 ? id.prefix(39) + "…" : id }

    /// Every circle among `links` (entry → the entry it points to), each starting at its member that
    /// comes first in `links`, in the order of those members.
    static func cycles(_ links: [(id: String, next: String?)]) -> [[String]] {
        var next: [String: String] = [:]
        var order: [String: Int] = [:]
        for (index, link) in links.enumerated() where order[link.id] == nil {
            order[link.id] = index
            next[link.id] = link.next
        }
        enum State { case onPath, done }
        var state: [String: State] = [:]
        var found: [[String]] = []
        for link in links where state[link.id] == nil {
            var path: [String] = []
            var current: String? = link.id
            while let id = current, state[id] == nil, order[id] != nil {
                state[id] = .onPath
                path.append(id)
                current = next[id]
            }
            if let id = current, state[id] == .onPath, let start = path.lastIndex(of: id) {
                let cycle = Array(path[start...])
                let first = cycle.indices.min { order[cycle[$0]]! < order[cycle[$1]]! }!
                found.append(Array(cycle[first...] + cycle[..<first]))
            }
            for id in path { state[id] = .done }
        }
        return found.sorted { order[$0[0]]! < order[$1[0]]! }
    }
}
