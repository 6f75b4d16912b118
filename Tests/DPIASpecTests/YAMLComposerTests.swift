import Foundation
import Testing
import Yams

@testable import DPIASpec

/// ``YAMLComposer`` gives the tree Yams gives (`Parser(yaml:).singleRoot()`, which the loader used
/// before): the same text, styles, positions and structure, and fails exactly where Yams throws.
@Suite struct YAMLComposerTests {
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

    /// Every YAML file of the example registers, the spec fixtures and the hardening corpus.
    static var files: [String] {
        let roots = [
            tests.deletingLastPathComponent().appendingPathComponent("Registers"),
            tests.appendingPathComponent("DPIASpecTests/Fixtures"),
            tests.appendingPathComponent("DPIAHardeningTests/Corpus"),
        ]
        return roots.flatMap { root -> [String] in
            guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [] }
            return enumerator.compactMap { $0 as? String }
                .filter { !$0.hasPrefix(".") && !$0.hasSuffix(".md") }
                .map { root.appendingPathComponent($0).path }
                .filter { path in
                    var isDirectory: ObjCBool = false
                    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
                }
        }.sorted()
    }

    @Test func findsTheFiles() {
        #expect(Self.files.count > 120)
    }

    @Test(arguments: files)
    func composesFilesAsYams(path: String) throws {
        // The text exactly as the loader composes it.
        guard case .text(var text) = SpecFile.read(path, limits: .default) else { return }
        if text.unicodeScalars.first == "\u{FEFF}" { text = String(text.unicodeScalars.drop { $0 == "\u{FEFF}" }) }
        // Refused before composing (both composers recurse per level).
        guard NestingScan(text, limit: SpecLimits.default.maxDepth).exceeded == nil else { return }
        // Refused while composing (nested deeper than the limit through complex keys or aliases, or
        // aliases repeating too much text): Yams' composer would recurse that deep.
        if case .refused = YAMLComposer.compose(text) { return }
        try Self.expectSameAsYams(text)
    }

    static let edgeCases: [String] = [
        "",
        "# only a comment\n\n",
        "---\n",
        "--- ~\n...\n",
        "a: 1\n",
        "a: ~\nb: null\nc:\nd: ''\ne: \"\"\nf: NULL\ng: Null\n",
        "a: 'single'\nb: \"double \\t tab \\0 nul \\x41 \\u00e9 \\U0001F600\"\nc: plain text\n",
        "a: |\n  literal\n  text\nb: >\n  folded\n  text\nc: |-\n  keep\n\n",
        "a: \"\\uFEFFbom first\"\nb: \"x\\uFEFFbom inside\"\nc: \"\\uFEFF\\uFEFFtwo\"\nd: \"\\uFEFF\"\n",
        "\u{FEFF}a: bom at the start\n",
        "a: !!str 12\nb: !!int x\nc: !custom [1, 2]\nd: !!map {k: v}\ne: !<tag:yaml.org,2002:str> y\n",
        "a: &x {k: v, l: [1, 2]}\nb: *x\nc: &x [redefined]\nd: *x\ne: &s scalar\nf: *s\n",
        "a: &x [*x]\n",
        "a: *missing\n",
        "a: 1\n---\nb: 2\n",
        "a: 1\n--- \n",
        "? [complex, key]\n: value\n? {m: 1}\n: v\n",
        "- a\n- - b\n  - c\n- {d: e}\n- []\n- {}\n",
        "a: 1\r\nb: 2\r\n",
        "a: 1\rb: 2\r",
        "a: één\u{2028}b: x\u{2029}c: y\u{85}d: z\n",
        "key: [unclosed\n",
        "a: b: c\n",
        "a:\n\t- tab\n",
        "a: \"\\q\"\n",
        "a: 'unterminated\n",
        "a: 1\na: 2\n",
        "名前: 値\n😀: \"emoji\"\ncol: after 😀 x\n",
        "a: \u{7}bell\n",
        "[1, 2, 3]\n",
        "just text\n",
        "&anchor a: b\n",
        "a: >-\n  folded\n\n  paragraphs\n",
        "a: \"multi\n  line\n\n  quoted\"\n",
        "a: plain\n  continued\n  lines\n",
        "%YAML 1.1\n---\na: 1\n",
        "%TAG !e! tag:example.com,2000:\n---\na: !e!x 1\n",
    ]

    @Test(arguments: edgeCases)
    func composesEdgeCasesAsYams(text: String) throws {
        try Self.expectSameAsYams(text)
    }

    @Test func aliasesShareTheirNodeWithoutExpanding() throws {
        // A billion laughs: nine levels of ten aliases. Composing stays small and fast.
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            let previous = "*a\(level - 1)"
            text += "a\(level): &a\(level) [" + Array(repeating: previous, count: 10).joined(separator: ", ") + "]\n"
        }
        guard case .document(.mapping(let root)) = YAMLComposer.compose(text, maxAliasBytes: .max) else {
            Issue.record("not a mapping"); return
        }
        #expect(root.count == 10)
        guard case .sequence(let last) = root[9].value, case .sequence(let inner) = last[0] else {
            Issue.record("not lists"); return
        }
        #expect(last.count == 10 && inner.count == 10)
        #expect(inner.position == TextPosition(line: 9, column: 5))
    }

    /// The same billion laughs within the limits: the aliases repeat more than 10 MB of text at the
    /// sixth level, and composing stops at the alias that goes over the budget.
    @Test func aliasesRepeatingTooMuchTextAreRefused() {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            text += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        guard case .refused(.aliasesTooLarge, let position) = YAMLComposer.compose(text) else {
            Issue.record("not refused"); return
        }
        #expect(position.line == 7)
    }

    /// 20,000 nested complex keys (`? ? ? …`) are refused at the 101st level, without recursion;
    /// so is an alias that repeats a list deep enough to go over the limit.
    @Test func nestingIsLimitedWhereTheTreeIsBuilt() {
        guard
            case .refused(.tooDeep(throughAlias: false), let position) = YAMLComposer.compose(
                String(repeating: "? ", count: 20_000) + "\n")
        else {
            Issue.record("not refused"); return
        }
        #expect(position == TextPosition(line: 1, column: 201))
        let deep = "a: &d " + String(repeating: "[", count: 60) + String(repeating: "]", count: 60) + "\n"
        #expect(YAMLComposer.compose(deep + "b: [[[[*d]]]]\n").isDocument)
        guard
            case .refused(.tooDeep(throughAlias: true), let alias) = YAMLComposer.compose(
                deep + "b: " + String(repeating: "[", count: 40) + "*d" + String(repeating: "]", count: 40) + "\n")
        else {
            Issue.record("not refused"); return
        }
        #expect(alias == TextPosition(line: 2, column: 44))
    }

    // MARK: - Comparing with Yams

    struct Mismatch: Error, CustomStringConvertible {
        let description: String
    }

    /// Composes `text` with both and compares; nodes past a budget are not compared (alias bombs).
    static func expectSameAsYams(_ text: String) throws {
        let yams = Result { try Parser(yaml: text).singleRoot() }
        switch (YAMLComposer.compose(text), yams) {
        case (.unreadable, .failure):
            return
        case (.empty, .success(nil)):
            return
        case (.document(let mine), .success(let theirs?)):
            var budget = 200_000
            try compare(mine, theirs, at: "", budget: &budget)
        case (let mine, let theirs):
            // Named, not printed: a tree of aliases printed in full can take gigabytes.
            let yams: String
            switch theirs {
            case .success(let node?): yams = node.scalar != nil ? "a scalar" : node.mapping != nil ? "a mapping" : "a sequence"
            case .success(nil): yams = "no document"
            case .failure(let error): yams = String(String(describing: error).prefix(300))
            }
            let composer = mine.isDocument ? "a document" : String(describing: mine)
            throw Mismatch(description: "composer gave \(composer), Yams gave \(yams)")
        }
    }

    static func compare(_ mine: YAMLNode, _ theirs: Node, at path: String, budget: inout Int) throws {
        budget -= 1
        guard budget > 0 else { return }
        let mark = theirs.mark.map { TextPosition(line: $0.line, column: $0.column) }
        guard mine.position == mark else {
            throw Mismatch(description: "\(path): position \(mine.position) ≠ Yams \(String(describing: mark))")
        }
        switch (mine, theirs) {
        case (.scalar(let a), .scalar(let b)):
            guard a.string == b.string else {
                throw Mismatch(description: "\(path): \(Array(a.string.unicodeScalars)) ≠ Yams \(Array(b.string.unicodeScalars))")
            }
            guard UInt32(a.style.rawValue) == UInt32(b.style.rawValue) else {
                throw Mismatch(description: "\(path): style \(a.style) ≠ Yams \(b.style)")
            }
        case (.sequence(let a), .sequence(let b)):
            guard a.count == b.count else { throw Mismatch(description: "\(path): \(a.count) entries ≠ Yams \(b.count)") }
            for (index, (x, y)) in zip(a, b).enumerated() { try compare(x, y, at: "\(path)/\(index)", budget: &budget) }
        case (.mapping(let a), .mapping(let b)):
            guard a.count == b.count else { throw Mismatch(description: "\(path): \(a.count) keys ≠ Yams \(b.count)") }
            for (index, (x, y)) in zip(a, b).enumerated() {
                try compare(x.key, y.key, at: "\(path)/key\(index)", budget: &budget)
                try compare(x.value, y.value, at: "\(path)/value\(index)", budget: &budget)
            }
        default:
            throw Mismatch(description: "\(path): kinds differ: \(mine) vs Yams \(theirs)")
        }
    }
}

extension YAMLComposer.Outcome {
    var isDocument: Bool {
        if case .document = self { return true }
        return false
    }
}
