import DPIAModel
import DPIAText
import Foundation
import Testing

@testable import DPIARender

/// `.html` templates escape values with ``HTMLEscaping`` (bytes), as Mustache's own escaper would
/// for ordinary text, and also a quote followed by a combining mark.
@Suite struct HTMLContentTypeTests {
    @Test func escapesTheFiveCharactersLikeMustache() {
        #expect(HTMLEscaping.escape(#"a <b> & "c" 'd'"#) == "a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;")
        #expect(HTMLEscaping.escape("gewoon tekst, één €") == "gewoon tekst, één €")
        #expect(HTMLEscaping.escape("") == "")
    }

    @Test func escapesAQuoteThatCarriesACombiningMark() {
        // One Swift character ("\"" + U+0301), not equal to "\"": a character-wise escaper lets it through.
        let text = "x\"\u{301} onmouseover=alert(1) '\u{301}"
        #expect(HTMLEscaping.escape(text) == "x&quot;\u{301} onmouseover=alert(1) &#39;\u{301}")
    }

    @Test func htmlTemplatesWithoutAPragmaUseIt() throws {
        let folder = try Self.templates([
            "nl/page.html": "<p title=\"{{v}}\">{{v}}</p>", "nl/page.md": "{{v}}",
            "nl/typed.html": "{{% CONTENT_TYPE: TEXT}}{{v}}",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let templates = try TemplateSet(root: folder.path)
        let value = ["v": "<\"\u{301}>"]
        #expect(try templates.render("nl/page.html", value) == "<p title=\"&lt;&quot;\u{301}&gt;\">&lt;&quot;\u{301}&gt;</p>")
        // Other templates and templates that choose their content type are left alone.
        #expect(try templates.render("nl/typed.html", value) == "<\"\u{301}>")
        #expect(try templates.render("nl/page.md", value) == "&lt;\"\u{301}&gt;")
    }

    @Test func syntaxErrorsOnTheFirstLineKeepTheirColumn() throws {
        let folder = try Self.templates(["nl/bad.html": "<p>{{#open}}</p>"])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect {
            try TemplateSet(root: folder.path)
        } throws: { error in
            guard case TemplateError.syntax(_, let line, let column, _) = error else { return false }
            return line == 1 && column < 20
        }
    }

    static func templates(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        for (name, text) in files {
            let url = folder.appendingPathComponent(name + ".mustache")
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return folder
    }
}
