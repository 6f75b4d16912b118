import DPIAModel

/// Writes the "what changed" page as a standalone HTML page; every text is escaped.
struct DiffHTMLWriter {
    let language: ReportLanguage

    func write(_ document: DiffDocument) -> String {
        var out = """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <title>\(Self.escape(document.title))</title>
        <style>
        body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; color: #1b1b1b; }
        h1 { font-size: 1.5rem; } h2 { font-size: 1.15rem; margin-top: 1.6rem; border-bottom: 1px solid #ddd; }
        ul { list-style: none; padding-left: 0; } li { margin: .35rem 0; padding-left: .6rem; border-left: 4px solid #bbb; }
        li ul { margin: .2rem 0 0 0; } li li { border-left: none; padding-left: 1rem; color: #444; }
        .added { border-color: #2e7d32; } .removed { border-color: #c62828; } .changed { border-color: #f9a825; }
        .renamed { border-color: #1565c0; } .attention { border-color: #6a1b9a; background: #f7f0fa; }
        .resolved { border-color: #2e7d32; background: #f1f8f1; }
        code { background: #f2f2f2; padding: 0 .2rem; border-radius: 3px; }
        .where { color: #777; font-size: .85em; white-space: nowrap; }
        </style>
        </head>
        <body>
        <h1>\(Self.escape(document.title))</h1>
        <p>\(inline(document.subtitle))</p>
        <p>\(Self.escape(document.summary))</p>

        """
        for block in document.blocks {
            out += "<h2>\(Self.escape(block.heading))</h2>\n<ul>\n"
            for line in block.lines {
                out += "<li class=\"\(line.tone.rawValue)\">\(inline(line.pieces))"
                if let location = line.location {
                    let place = "\(document.lineWord) \(location.line)"
                        + (location.inOldVersion ? ", \(document.oldVersionWord)" : "")
                    out += " <span class=\"where\" title=\"\(Self.escape("\(location.file):\(location.line)"))\">"
                        + "(\(Self.escape(place)))</span>"
                }
                if !line.details.isEmpty {
                    out += "\n<ul>\n" + line.details.map { "<li>\(inline($0))</li>\n" }.joined() + "</ul>\n"
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
            case .code(let text): "<code>\(Self.escape(DiffValueText.oneLine(text)))</code>"
            }
        }.joined()
    }

    /// Escapes the five characters that matter in HTML text and attributes (``HTMLEscaping``).
    static func escape(_ text: String) -> String { HTMLEscaping.escape(text) }
}
