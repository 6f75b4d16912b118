import Foundation
import Testing

@testable import DPIAModel

/// A ``SourceMap`` made from ``SourcePaths`` answers exactly as the same map made from its
/// `locations` dictionary: the dictionary, and every lookup, including ancestors, duplicates,
/// components holding '/', empty components and text outside ASCII.
@Suite struct SourcePathsTests {
    /// A small generator, so that failures repeat.
    struct Random {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static let components = [
        "", "a", "b", "parties", "roles", "sees", "data", "x", "werkgever", "#1", "#2", "0", "1", "a/b", "b/c",
        "rule@roles/werkgever", "a+b", "é", "e\u{301}", "K", "\u{212A}", "/", "//", "data/x", "😀",
    ]

    static func randomPaths(seed: UInt64, count: Int, asciiOnly: Bool) -> (SourcePaths, [String]) {
        var random = Random(state: seed)
        let components = asciiOnly ? Self.components.filter { $0.utf8.allSatisfy { $0 < 0x80 } } : Self.components
        var paths = SourcePaths()
        var handles: [SourcePaths.Path] = [SourcePaths.root]
        var texts: [String] = [""]
        for step in 0..<count {
            let parentIndex = random.next(handles.count)
            let component = components[random.next(components.count)]
            let path = paths.child(handles[parentIndex], component)
            handles.append(path)
            texts.append(paths.text(of: path))
            if random.next(3) > 0 {
                let target = random.next(4) == 0 ? handles[random.next(handles.count)] : path
                paths.record(target, line: step + 1, column: random.next(80) + 1)
            }
        }
        return (paths, texts)
    }

    /// The lookup of the old `SourceMap`, on a plain dictionary.
    static func expected(_ path: String, in locations: [String: DPIAModel.SourceLocation], file: String) -> DPIAModel.SourceLocation {
        var current = Substring(path)
        while true {
            if let found = locations[String(current)] { return found }
            guard let slash = current.lastIndex(of: "/") else { break }
            current = current[..<slash]
        }
        return locations[""] ?? DPIAModel.SourceLocation(file: file, line: 1, column: 1)
    }

    /// The dictionary built by recording into a dictionary as the loader did, keeping the first place.
    static func recordedDictionary(_ paths: SourcePaths, file: String) -> [String: DPIAModel.SourceLocation] {
        var result: [String: DPIAModel.SourceLocation] = [:]
        for index in paths.order {
            let entry = paths.entries[Int(index)]
            let text = paths.text(of: SourcePaths.Path(index: index))
            if result[text] == nil {
                result[text] = DPIAModel.SourceLocation(file: file, line: Int(entry.line), column: Int(entry.column))
            }
        }
        return result
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func treeAnswersAsTheDictionary(seed: UInt64) {
        for count in [0, 1, 5, 40, 300, 2500] {
            let (paths, texts) = Self.randomPaths(seed: seed &* 1000 &+ UInt64(count), count: count, asciiOnly: seed % 2 == 0)
            let map = SourceMap(file: "spec.yaml", paths: paths)
            let dictionary = Self.recordedDictionary(paths, file: "spec.yaml")
            #expect(map.locations == dictionary)
            var random = Random(state: seed)
            var queries = texts + ["", "/", "zzz", "parties/unknown/deeper", "a/b/c/d", "\u{212A}/a", "K/a"]
            for _ in 0..<200 {
                let text = texts[random.next(texts.count)]
                queries.append(text + "/" + Self.components[random.next(Self.components.count)])
                queries.append(String(text.dropLast(random.next(3))))
            }
            for query in queries {
                let found = map.location(of: query)
                let wanted = Self.expected(query, in: dictionary, file: "spec.yaml")
                #expect(found == wanted, "\(count) paths, lookup of \(Array(query.unicodeScalars))")
            }
        }
    }

    @Test func equalityHashAndEncodingAreThoseOfTheDictionary() throws {
        var paths = SourcePaths()
        paths.record(SourcePaths.root, line: 1, column: 1)
        let parties = paths.child(SourcePaths.root, "parties")
        paths.record(parties, line: 3, column: 1)
        paths.record(paths.child(parties, "gemeente"), line: 4, column: 5)
        let tree = SourceMap(file: "spec.yaml", paths: paths)
        let plain = SourceMap(file: "spec.yaml", locations: tree.locations)
        #expect(tree == plain)
        #expect(tree.hashValue == plain.hashValue)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(try encoder.encode(tree) == encoder.encode(plain))
        let decoded = try JSONDecoder().decode(SourceMap.self, from: encoder.encode(tree))
        #expect(decoded == tree)
        #expect(tree.location(of: "parties/gemeente/name") == DPIAModel.SourceLocation(file: "spec.yaml", line: 4, column: 5))
        var changed = tree
        changed.locations["parties"] = DPIAModel.SourceLocation(file: "spec.yaml", line: 9, column: 9)
        #expect(changed.location(of: "parties/other") == DPIAModel.SourceLocation(file: "spec.yaml", line: 9, column: 9))
        #expect(tree.location(of: "parties/other") == DPIAModel.SourceLocation(file: "spec.yaml", line: 3, column: 1))
    }
}
