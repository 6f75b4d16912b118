import DPIAModel
import DPIATestSupport
import Foundation
import Testing

@testable import DPIASpec

/// Bad and hostile input never crashes or hangs: each case gives a clear diagnostic within a second.
@Suite struct HostileInputTests {
    /// Loads `text`, checking it takes less than a second of processor time (the machine running
    /// the tests may be busy with other work), and returns the messages.
    func messages(_ text: String, limits: SpecLimits = .default) -> [String] {
        var result: [String] = []
        let seconds = CPUTime.measure { result = Fixture.messages(text, limits: limits) }
        #expect(seconds < 1, "took \(seconds) s")
        return result
    }

    /// A valid minimal spec with `extra` appended at the top level.
    static func minimal(_ extra: String = "") -> String {
        """
        spec: dpia/v1
        id: minimal
        title: Minimal
        controller: gemeente
        parties: [{ id: gemeente, name: Gemeente, type: municipality, role: controller }]
        subjects: [{ id: inwoners, name: Inwoners }]
        data: [{ id: naw, name: Naam, kind: contact }]
        purposes: [{ id: dienstverlening, data: [naw] }]

        """ + extra
    }

    @Test func minimalSpecIsValid() {
        #expect(messages(Self.minimal()) == [])
    }

    @Test func emptyFile() {
        let expected = ["1:1: error: the file is empty; a spec starts with 'spec: dpia/v1' followed by 'id:', 'title:', ..."]
        #expect(messages("") == expected)
        #expect(messages("# only a comment\n\n   \n") == expected)
    }

    @Test func notUTF8() throws {
        let path = try temporaryFile("latin1.yaml", Data("spec: dpia/v1\ntitle: caf".utf8) + Data([0xE9]) + Data("\n".utf8))
        let result = SpecLoader().load(file: path)
        #expect(
            result.diagnostics.map(\.description) == [
                "\(path):2:11: error: the file is not UTF-8 text: byte 0xE9 at byte offset 24 cannot be read; "
                    + "save the file as UTF-8"
            ])
    }

    @Test func utf16AndByteOrderMark() throws {
        let utf16 = try temporaryFile("utf16.yaml", Data([0xFF, 0xFE]) + Self.minimal().data(using: .utf16LittleEndian)!)
        #expect(SpecLoader().load(file: utf16).diagnostics.map(\.message) == ["the file is UTF-16 text; save it as UTF-8"])
        let bom = try temporaryFile("bom.yaml", Data([0xEF, 0xBB, 0xBF]) + Data(Self.minimal().utf8))
        #expect(SpecLoader().load(file: bom).isValid)
    }

    @Test func controlCharacter() {
        #expect(messages("spec: dpia/v1\nid: a\u{7}b\n") == ["2:6: error: the character U+0007 is not allowed in YAML"])
    }

    @Test func topLevelListOrText() {
        #expect(
            messages("- a\n- b\n") == [
                "1:1: error: a spec should be keys with values (spec:, id:, title:, ...), but this file is a list"
            ])
        #expect(
            messages("just some text\n") == [
                "1:1: error: a spec should be keys with values (spec:, id:, title:, ...), but this file holds only 'just some text'"
            ])
    }

    @Test func tabsForIndentation() {
        #expect(
            messages("spec: dpia/v1\nparties:\n\t- id: x\n") == [
                "3:1: error: a tab is used for indentation; YAML only allows spaces there"
            ])
    }

    @Test func longValuesAreShortened() {
        let long = String(repeating: "Lange_Naam ", count: 200)
        #expect(
            messages(Self.minimal("flows: [{ id: \(long), from: gemeente, to: gemeente, data: [naw] }]\n")) == [
                "9:15: error: id 'Lange_Naam Lange_Naam Lange_Naam Lange_Naam Lange_Naam La…' may only contain "
                    + "lowercase letters, digits and '-', for example "
                    + "'lange-naam-lange-naam-lange-naam-lange-naam-lange-naam-la…'"
            ])
    }

    @Test func allIsNotAnID() {
        let text = Self.minimal().replacingOccurrences(of: "id: naw", with: "id: all")
            .replacingOccurrences(of: "data: [naw]", with: "data: [all]")
        #expect(
            messages(text) == [
                "7:14: error: 'all' cannot be the id of a data category: 'all' means every entry; choose another id"
            ])
    }

    @Test func missingKeysInOneMessage() {
        #expect(
            messages("spec: dpia/v1\nid: x\n") == [
                "1:1: error: missing required keys 'title', 'controller', 'parties', 'subjects', 'data' and 'purposes' "
                    + "at the top level"
            ])
    }

    @Test func syntaxErrors() {
        #expect(
            messages("spec: dpia/v1\nid: 'it's'\n") == [
                "2:9: error: expected a new key here: check the indentation (keys of one mapping start in the same "
                    + "column) and the quotes (inside '...' write '' for ')"
            ])
        #expect(
            messages("spec: dpia/v1\ntitle: \"a\\qb\"\n") == [
                "2:10: error: unknown escape with '\\' inside double quotes; write \\\\ for a backslash, or use single quotes"
            ])
        #expect(
            messages("spec: dpia/v1\ntitle: \"not closed\n") == [
                "3:1: error: the file ends inside a quoted text or a bracket; close the quote or bracket"
            ])
        #expect(
            messages("spec: dpia/v1\ndata: [a, b\n") == [
                "3:1: error: a list in brackets ([...]) is not closed with ']'"
            ])
        #expect(
            messages("spec: dpia/v1\nid: *nowhere\n") == [
                "2:5: error: an alias (*name) refers to an anchor (&name) that is not defined before it"
            ])
    }

    @Test func duplicateKeys() {
        #expect(
            messages(Self.minimal("title: Again\ntechniques:\n  cloud: true\n  cloud: false\n")) == [
                "9:1: error: duplicate key 'title' at the top level (first on line 3)",
                "12:3: error: duplicate key 'cloud' in 'techniques' (first on line 11)",
            ])
    }

    @Test func oddKeys() {
        #expect(
            messages(Self.minimal("? [a, b]\n: c\n~: d\n<<: {cloud: true}\n")) == [
                "9:3: error: a key at the top level should be a word followed by ':', found a list",
                "11:1: error: a key at the top level should be a word followed by ':', found nothing",
                "12:1: error: merge keys ('<<') are not supported at the top level; write the keys out",
            ])
    }

    @Test func multipleDocuments() {
        #expect(
            messages(Self.minimal("---\nspec: dpia/v1\n")) == [
                "9:1: error: a second YAML document starts here ('---'); describe one processing activity per file"
            ])
    }

    @Test func billionLaughs() {
        var text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            text += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]\n"
        }
        // Refused while composing: the aliases of the sixth level already repeat more than 10 MB of text.
        #expect(
            messages(Self.minimal(text + "policies: *a9\nsecurity: { other: *a9 }\n")) == [
                "15:25: error: the YAML aliases (*name) in this file repeat more than 10485760 bytes of text, the limit for one file; repeat less through aliases, or write the values out"
            ])
    }

    @Test func aliasesThatExpandTooFar() {
        let ids = (0..<1000).map { "d\($0)" }
        var text = Self.minimal(
            "roles:\n  - { id: r0, party: gemeente, sees: { data: &all [\(ids.joined(separator: ", "))], subjects: all } }\n")
        for index in 1..<400 { text += "  - { id: r\(index), party: gemeente, sees: { data: *all, subjects: all } }\n" }
        let limit = SpecLimits.default.maxAliasExpansion + text.utf8.count
        let result = messages(text)
        #expect(
            result.last == "\(result.last?.prefix { $0 != " " } ?? "") error: this file expands to more than \(limit) "
                + "values through YAML aliases (*name); write the values out instead of repeating aliases")
    }

    @Test func aliasesInModeration() {
        let text = Self.minimal(
            """
            roles:
              - { id: a, party: gemeente, sees: &same { data: [naw], subjects: all } }
              - { id: b, party: gemeente, sees: *same }
            """)
        #expect(messages(text) == [])
    }

    @Test func deepNesting() {
        let expected = "error: the YAML nests lists and mappings more than 100 levels deep; a spec needs fewer than 10"
        let brackets = messages(
            "spec: dpia/v1\npolicies: " + String(repeating: "[", count: 100_000)
                + String(repeating: "]", count: 100_000) + "\n")
        #expect(brackets == ["2:109: " + expected])
        let indentation = (0..<2000).map { String(repeating: " ", count: $0) + "k\($0):" }.joined(separator: "\n")
        #expect(messages(indentation) == ["51:51: " + expected])
        #expect(messages(String(repeating: "- ", count: 5000) + "x\n") == ["1:99: " + expected])
        // Brackets in prose do not count.
        let prose = Self.minimal("summary: |\n" + String(repeating: "  [[[[[[[[[[ (zie bijlage) {{{{{{\n", count: 50))
        #expect(messages(prose) == [])
    }

    @Test func tooManyErrors() {
        let keys = (0..<100_000).map { "unknown\($0): x" }.joined(separator: "\n")
        let result = messages(Self.minimal(keys))
        #expect(result.count == 101)
        #expect(result.last == "108:1: note: stopped after 100 errors; correct these and validate again")
    }

    @Test func fileLargerThanTheLimit() throws {
        let path = try temporaryFile("large.yaml", Data("spec: dpia/v1\n".utf8))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 10 * 1024 * 1024 + 1)
        try handle.close()
        var result: LoadResult?
        #expect(CPUTime.measure { result = SpecLoader().load(file: path) } < 1)
        #expect(
            result?.diagnostics.map(\.message) == [
                "the file is larger than 10 MB, the limit for one spec (one processing activity needs far less); "
                    + "is this the right file?"
            ])
        let small = SpecLoader(limits: SpecLimits(maxFileBytes: 100))
        #expect(
            small.load(text: Self.minimal(), path: "x.yaml").diagnostics.map(\.message)
                == ["the spec is larger than the limit of 100 bytes"])
    }

    @Test func missingFileAndFolder() throws {
        #expect(
            SpecLoader().load(file: "/nonexistent/spec.yaml").diagnostics.map(\.description)
                == ["/nonexistent/spec.yaml:1:1: error: no such file"])
        let folder = try temporaryFolder()
        #expect(SpecLoader().load(file: folder).diagnostics.map(\.message) == ["this is a folder, not a spec file"])
    }

    @Test func loadsManyFilesInOrder() throws {
        let folder = try temporaryFolder()
        var paths: [String] = []
        for index in 0..<200 {
            let path = folder + "/spec-\(index).yaml"
            try Data(Self.minimal().replacingOccurrences(of: "id: minimal", with: "id: spec-\(index)").utf8)
                .write(to: URL(fileURLWithPath: path))
            paths.append(path)
        }
        let results = SpecLoader().load(files: paths)
        #expect(results.map(\.path) == paths)
        #expect(results.allSatisfy { $0.isValid })
        #expect(results.map { $0.activity?.activity.id } == (0..<200).map { "spec-\($0)" })
    }

    // MARK: - Helpers

    func temporaryFolder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dpia-spec-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    func temporaryFile(_ name: String, _ data: Data) throws -> String {
        let path = try temporaryFolder() + "/" + name
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }
}
