import DPIAModel
import DPIAText

/// Writes the "what changed" page as a standalone HTML page that also prints well: a legend for its
/// colours, each line marked with its kind, line numbers linked to the repository when known; every
/// text is escaped.
struct DiffHTMLWriter {
    let language: ReportLanguage

    static let style = """
        body { font-family: system-ui, sans-serif; max-width: 62rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; color: #1b1b1b; }
        h1 { font-size: 1.5rem; margin-bottom: .3rem; } h2 { font-size: 1.15rem; margin-top: 1.6rem; border-bottom: 1px solid #ddd; }
        .summary { font-weight: 600; }
        ul.lines { list-style: none; padding-left: 0; }
        ul.lines > li { display: grid; grid-template-columns: 6.4rem 1fr; column-gap: .6rem; margin: .35rem 0;
          padding: .2rem .5rem; border-left: 5px solid #9e9e9e; break-inside: avoid; }
        ul.details { list-style: none; margin: .15rem 0 0 0; padding-left: 0; color: #444; }
        ul.details > li::before { content: "↳ "; color: #999; }
        .tag { font-size: .75em; font-weight: 700; text-transform: uppercase; letter-spacing: .03em; color: #666; padding-top: .2em; }
        ul.lines > li.widening, td.swatch.widening { border-left-color: #c62828; background: #fdf0f0; }
        ul.lines > li.narrowing, td.swatch.narrowing { border-left-color: #2e7d32; background: #f0f8f0; }
        ul.lines > li.attention, td.swatch.attention { border-left-color: #6a1b9a; background: #f7f0fa; }
        ul.lines > li.resolved, td.swatch.resolved { border-left-color: #2e7d32; }
        .widening .tag, td.swatch.widening { color: #b71c1c; }
        .narrowing .tag, .resolved .tag, td.swatch.narrowing, td.swatch.resolved { color: #1b5e20; }
        .attention .tag, td.swatch.attention { color: #6a1b9a; }
        strong.name { font-weight: 600; }
        code { background: #f2f2f2; padding: 0 .2rem; border-radius: 3px; font-size: .92em; }
        .where { color: #666; font-size: .85em; white-space: nowrap; margin-left: .3rem; }
        .where a { color: inherit; }
        table.legend { border-collapse: separate; border-spacing: 0 .2rem; font-size: .86em; margin: .6rem 0 1rem; }
        table.legend caption { text-align: left; font-weight: 600; padding-bottom: .1rem; }
        table.legend td { padding: .15rem .5rem; vertical-align: top; }
        td.swatch { border-left: 5px solid #9e9e9e; font-weight: 700; white-space: nowrap; text-transform: uppercase; font-size: .88em; color: #666; }
        @media print {
          body { max-width: none; margin: 0; font-size: 10.5pt; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          h2 { break-after: avoid; }
          .where a { text-decoration: none; }
        }
        """

    func write(_ document: DiffDocument) -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(Self.escape(document.title))</title>
            <style>
            \(Self.style)
            </style>
            </head>
            <body>
            <h1>\(Self.escape(document.title))</h1>
            <p>\(inline(document.subtitle))</p>
            <p class="summary">\(Self.escape(document.summary))</p>

            """
        let legend = document.usedLegend
        if !legend.isEmpty {
            out += "<table class=\"legend\">\n<caption>\(Self.escape(document.words.legendHeading))</caption>\n"
            for entry in legend {
                out +=
                    "<tr><td class=\"swatch \(entry.tone.rawValue)\">"
                    + "\(Self.escape(entry.word))</td><td>\(Self.escape(entry.meaning))</td></tr>\n"
            }
            out += "</table>\n"
        }
        for block in document.blocks {
            out += "<h2>\(Self.escape(block.heading))</h2>\n<ul class=\"lines\">\n"
            for line in block.lines {
                out +=
                    "<li class=\"\(line.tone.rawValue)\"><span class=\"tag\">"
                    + "\(Self.escape(document.words.word(line.tone)))</span><div>\(inline(line.pieces))"
                if let location = line.location {
                    let place = Self.escape(document.place(location))
                    let title = Self.escape("\(location.file):\(location.line)")
                    let text = location.url.map { "<a href=\"\(Self.escape($0))\">\(place)</a>" } ?? place
                    out += " <span class=\"where\" title=\"\(title)\">(\(text))</span>"
                }
                if !line.details.isEmpty {
                    out += "\n<ul class=\"details\">\n" + line.details.map { "<li>\(inline($0))</li>\n" }.joined() + "</ul>\n"
                }
                out += "</div></li>\n"
            }
            out += "</ul>\n"
        }
        return out + "</body>\n</html>\n"
    }

    private func inline(_ pieces: [DiffDocument.Piece]) -> String {
        pieces.map { piece in
            switch piece {
            case .words(let text), .quote(let text): Self.escape(DiffValueText.oneLine(text))
            case .name(let text): "<strong class=\"name\">\(Self.escape(DiffValueText.oneLine(text)))</strong>"
            case .code(let text): "<code>\(Self.escape(DiffValueText.oneLine(text)))</code>"
            }
        }.joined()
    }

    /// Escapes the five characters that matter in HTML text and attributes (``HTMLEscaping``).
    static func escape(_ text: String) -> String { HTMLEscaping.escape(text) }
}
