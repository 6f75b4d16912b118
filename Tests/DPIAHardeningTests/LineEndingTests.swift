import DPIAModel
import DPIASpec
import Foundation
import Testing

/// Windows line ends, old Mac line ends and byte order marks load exactly as plain Unix UTF-8
/// does: the same activity, and the same line and column for every element and every message.
@Suite struct LineEndingTests {
    func load(_ data: Data) -> LoadResult { SpecLoader().load(data: data, path: "spec.yaml") }

    func unix(_ name: String) throws -> Data {
        var text = String(decoding: try Corpus.data(name), as: UTF8.self)
        text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return Data(text.utf8)
    }

    @Test(arguments: [
        "valid-crlf.yaml", "valid-bom.yaml", "valid-bom-crlf.yaml", "encoding-cr-only.yaml",
        "encoding-bom-twice.yaml",
    ])
    func loadsAsTheUnixFileDoes(_ name: String) throws {
        let original = load(try Corpus.data(name))
        let converted = load(try unix(name))
        #expect(original.diagnostics == [])
        let activity = try #require(original.activity)
        // Equal source maps: every element is at the same line and column.
        #expect(activity == converted.activity)
        #expect(!activity.activity.title.contains("\r") && !activity.activity.parties[0].name.contains("\r"))
    }

    @Test func blockTextKeepsUnixLineBreaks() throws {
        let activity = try Corpus.activity("valid-crlf.yaml").activity
        #expect(activity.purposes[0].description == "Dienstverlening aan inwoners,\nover twee regels.\n")
    }

    @Test(arguments: ["encoding-crlf-error.yaml", "encoding-bom-error.yaml", "encoding-mixed-line-endings.yaml"])
    func errorsPointWhereTheyDoInTheUnixFile(_ name: String) throws {
        let messages = load(try Corpus.data(name)).diagnostics
        #expect(messages.count == 1)
        #expect(messages == load(try unix(name)).diagnostics)
        #expect(messages.first?.location == SourceLocation(file: "spec.yaml", line: 17, column: 11))
    }

    /// Text that reaches the loader without passing through a file (`dpia diff` reads git revisions).
    @Test func byteOrderMarkInText() throws {
        let text = String(decoding: try unix("valid-base.yaml"), as: UTF8.self)
        let withMark = SpecLoader().load(text: "\u{FEFF}" + text, path: "spec.yaml")
        #expect(withMark.diagnostics == [])
        #expect(withMark.activity == SpecLoader().load(text: text, path: "spec.yaml").activity)
    }
}
