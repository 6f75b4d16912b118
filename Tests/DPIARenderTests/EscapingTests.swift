import DPIAAnalysis
import DPIAModel
import DPIAText
import Foundation
import Testing

@testable import DPIARender

/// A spec full of `<script>`, pipes, stars and quotes must render harmlessly and correctly.
@Suite struct EscapingTests {
    static let nasty =
        #"Evil <script>alert("x")</script> | pipe * star _under_ [link](javascript:alert(1)) # hash `tick` & 'quote' &amp; <img src=x onerror=alert(1)>"#
    static let nastyProse = nasty + "\n\n# Heading in prose\n\n<div onclick=\"x()\">block</div>\n\n- item | with pipe\n\nSetext\n---"

    static var hostile: Assessment {
        var assessment = Fixtures.maximal
        var activity = assessment.activity
        activity.title = nasty
        activity.version = nasty
        activity.summary = nastyProse
        activity.contacts = Contacts(owner: nasty, dpo: nasty, representative: nasty)
        for index in activity.parties.indices {
            activity.parties[index].name += " " + nasty
            activity.parties[index].description = nastyProse
            activity.parties[index].agreement = activity.parties[index].agreement.map { $0 + nasty }
        }
        for index in activity.subjects.indices {
            activity.subjects[index].name += nasty
            activity.subjects[index].childInterests = nastyProse
        }
        for index in activity.data.indices {
            activity.data[index].name += nasty
            activity.data[index].fields.append(nasty)
        }
        for index in activity.purposes.indices {
            activity.purposes[index].name = (activity.purposes[index].name ?? "") + nasty
            activity.purposes[index].description = nastyProse
            activity.purposes[index].law.append(nasty)
            activity.purposes[index].necessity = nastyProse
            activity.purposes[index].compatibility = nastyProse
        }
        for index in activity.measures!.indices {
            activity.measures![index].description = nastyProse
            activity.measures![index].owner = nasty
        }
        activity.retention![0].source = nasty
        activity.retention![0].criterion = nastyProse
        activity.policies = [nasty]
        activity.governance?.dpoAdvice = nastyProse
        activity.governance?.adoptedBy = nasty
        activity.rights = Rights(procedures: [.access: nastyProse])
        activity.transparency?.url = "javascript:alert(1)\" onmouseover=\"x"
        assessment.activity = activity
        for index in assessment.findings.indices {
            assessment.findings[index].title = LocalizedText(nl: nasty, en: nasty)
            assessment.findings[index].message = LocalizedText(nl: nasty, en: nasty)
            assessment.findings[index].legalReference = nasty
        }
        return assessment
    }

    @Test(arguments: [ReportLanguage.nl, .en])
    func htmlIsWellFormedAndInert(language: ReportLanguage) throws {
        let html = try renderer.render(Self.hostile, options: ReportOptions(language: language)).html
        #expect(TemplateChecks.htmlProblems(html).isEmpty, "\(TemplateChecks.htmlProblems(html))")
        let lower = html.lowercased()
        #expect(!lower.contains("<script"))
        #expect(!lower.contains("<img"))
        #expect(!lower.contains("<div onclick"))
        #expect(!lower.contains("href=\"javascript"))
        #expect(lower.range(of: #"<[^>]*onerror="#, options: .regularExpression) == nil, "only as escaped text")
        // The text is there for the reader, escaped.
        #expect(html.contains("Evil &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; | pipe * star _under_"))
        #expect(html.contains("<p>Evil &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"), "prose: raw HTML shown as text")
        // Headings in prose do not break the heading order.
        #expect(html.contains("<p><strong>Heading in prose</strong></p>"))
        #expect(!html.contains("<h1>Heading in prose"))
        let h1Count = html.components(separatedBy: "<h1").count - 1
        #expect(h1Count == 1)
    }

    @Test(arguments: [ReportLanguage.nl, .en])
    func markdownTablesAndStructureSurvive(language: ReportLanguage) throws {
        let markdown = try renderer.render(Self.hostile, options: ReportOptions(language: language)).markdown
        #expect(TemplateChecks.markdownProblems(markdown).isEmpty, "\(TemplateChecks.markdownProblems(markdown))")
        for tag in ["<script", "<img", "<div"] {
            #expect(markdown.range(of: #"(?<!\\)"# + tag, options: .regularExpression) == nil, "raw \(tag) in the Markdown")
        }
        #expect(
            markdown.contains(
                ##"Evil \<script\>alert("x")\</script\> \| pipe \* star \_under\_ \[link\](javascript:alert(1)) \# hash \`tick\` & 'quote' &amp;amp; \<img src=x onerror=alert(1)\>"##
            ))
        let normal = try renderer.render(Fixtures.maximal, options: ReportOptions(language: language)).markdown
        #expect(headingCount(markdown) == headingCount(normal), "user text must not add or remove headings")
    }

    private func headingCount(_ text: String) -> Int {
        text.split(separator: "\n").filter { $0.hasPrefix("#") }.count
    }

    @Test func markdownEscaperCases() {
        #expect(MarkdownEscaping.escape("a|b") == #"a\|b"#)
        #expect(MarkdownEscaping.escape("1. first") == #"1\. first"#)
        #expect(MarkdownEscaping.escape("0.3") == "0.3")
        #expect(MarkdownEscaping.escape("- dash") == #"\- dash"#)
        #expect(MarkdownEscaping.escape("C&D") == "C&D")
        #expect(MarkdownEscaping.escape("&copy;") == "&amp;copy;")
        #expect(MarkdownEscaping.escape("two\nlines") == "two lines")
        #expect(MarkdownEscaping.escape("Proceseigenaar/projectleider HW") == "Proceseigenaar/projectleider HW")
        // At the start of a line only what would start a block is escaped (a list, a numbered item).
        #expect(MarkdownEscaping.lineStart("- x") == #"\- x"#)
        #expect(MarkdownEscaping.lineStart("12. x") == #"12\. x"#)
        #expect(MarkdownEscaping.lineStart("12 x") == "12 x")
    }

    /// The Markdown of prose is cmark's rendering of its tree, never the author's text as is, so that
    /// nothing in one field (a link reference definition, an open code fence) acts on another in dpia.md.
    @Test func proseMarkdownIsRenderedFromItsTree() {
        let clean = "HalloWerk is een **platform** (HW §1). C&D, a_b_c.\n\n- een\n- twee"
        #expect(Prose(clean).markdown == "HalloWerk is een **platform** (HW §1). C\\&D, a\\_b\\_c.\n\n  - een\n  - twee")
        #expect(Prose("[r]: javascript:alert(1)\n\n[hier][r] en [daar][s]").markdown == "[hier]() en \\[daar\\]\\[s\\]")
        #expect(Prose("```\nopen").markdown == "``` \nopen\n```")
        #expect(Prose(clean).plain == "HalloWerk is een platform (HW §1). C&D, a_b_c. een twee")
        let dirty = Prose("Tekst <b>vet</b>\n\n## Kop")
        #expect(!dirty.markdown.contains("<b>"))
        #expect(!dirty.markdown.contains("## Kop"))
        #expect(dirty.html == "<p>Tekst &lt;b&gt;vet&lt;/b&gt;</p>\n<p><strong>Kop</strong></p>")
        #expect(Prose("[x](javascript:alert(1))").html == #"<p><a href="">x</a></p>"#)
        #expect(Prose("[x](javascript:alert(1))").markdown == "[x]()")
        #expect(Prose("[x](https://example.org)").markdown == "[x](https://example.org)")
    }

    /// The running header of printed pages puts the title in a CSS string inside `<style>`: nothing
    /// in it can end the string or the element.
    @Test func theRunningHeaderIsASafeCSSString() throws {
        let header = ReportViewModel.cssString("DPIA – " + Self.nasty + "\\\n")
        #expect(!header.contains { "\"'<>&\n;{}".contains($0) })
        #expect(header.hasPrefix("DPIA \\002013 "))
        let html = try renderer.render(Self.hostile).html
        let style = try #require(html.range(of: "</style>").map { html[..<$0.lowerBound] })
        #expect(!style.contains("<script"))
    }
}

@Test(.enabled(if: ProcessInfo.processInfo.environment["DPIA_WRITE_SAMPLES"] != nil))
func writeHostileSamples() throws {
    let report = try renderer.render(EscapingTests.hostile)
    try report.html.write(toFile: "/tmp/hostile.html", atomically: true, encoding: .utf8)
    try report.markdown.write(toFile: "/tmp/hostile.md", atomically: true, encoding: .utf8)
}
