import DPIAModel

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
    ul.lines > li { margin: .35rem 0; padding: .15rem .5rem; border-left: 5px solid #bbb; break-inside: avoid; }
    ul.details { list-style: none; margin: .15rem 0 0 0; padding-left: 1.6rem; color: #444; }
    .tag { display: inline-block; min-width: 5.8rem; font-size: .78em; font-weight: 600; text-transform: uppercase; letter-spacing: .02em; color: #555; }
    .widening { border-color: #c62828; background: #fdf1f1; } .widening .tag { color: #b71c1c; }
    .narrowing { border-color: #2e7d32; background: #f1f8f1; } .narrowing .tag { color: #1b5e20; }
    .added, .removed, .changed, .renamed, .note { border-color: #9e9e9e; }
    .attention { border-color: #6a1b9a; background: #f7f0fa; } .attention .tag { color: #6a1b9a; }
    .resolved { border-color: #2e7d32; } .resolved .tag { color: #1b5e20; }
    strong.name { font-weight: 600; }
    code { background: #f2f2f2; padding: 0 .2rem; border-radius: 3px; font-size: .92em; }
    .where { color: #666; font-size: .85em; white-space: nowrap; margin-left: .3rem; }
    .where a { color: inherit; }
    table.legend { border-collapse: collapse; font-size: .88em; margin: .6rem 0 1rem; }
    table.legend td { padding: .2rem .5rem; vertical-align: top; }
    table.legend td.swatch { border-left: 5px solid #bbb; font-weight: 600; white-space: nowrap; text-transform: uppercase; font-size: .9em; }
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
            out += "<table class=\"legend\" aria-label=\"\(Self.escape(document.words.legendHeading))\">\n"
            for entry in legend {
                out += "<tr class=\"\(entry.tone.rawValue)\"><td class=\"swatch \(entry.tone.rawValue)\">"
                    + "\(Self.escape(entry.word))</td><td>\(Self.escape(entry.meaning))</td></tr>\n"
            }
            out += "</table>\n"
        }
        for block in document.blocks {
            out += "<h2>\(Self.escape(block.heading))</h2>\n<ul class=\"lines\">\n"
            for line in block.lines {
                out += "<li class=\"\(line.tone.rawValue)\"><span class=\"tag\">"
                    + "\(Self.escape(document.words.word(line.tone)))</span> \(inline(line.pieces))"
                if let location = line.location {
                    let place = Self.escape(document.place(location))
                    let title = Self.escape("\(location.file):\(location.line)")
                    let text = location.url.map { "<a href=\"\(Self.escape($0))\">\(place)</a>" } ?? place
                    out += " <span class=\"where\" title=\"\(title)\">(\(text))</span>"
                }
                if !line.details.isEmpty {
                    out += "\n<ul class=\"details\">\n" + line.details.map { "<li>\(inline($0))</li>\n" }.joined() + "</ul>\n"
                }
                out += "</li>\n"
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
