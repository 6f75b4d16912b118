import DPIAText

/// Writes the "what changed" page as Markdown: per block a table (kind, change, where) that a change
/// request can quote row by row; every text from the spec is escaped.
struct DiffMarkdownWriter {
    func write(_ document: DiffDocument) -> String {
        var out =
            "# " + Self.escape(document.title) + "\n\n" + MarkdownEscaping.lineStart(inline(document.subtitle)) + "\n\n"
            + MarkdownEscaping.lineStart(Self.escape(document.summary)) + "\n"
        let words = document.words
        for block in document.blocks {
            out += "\n## " + Self.escape(block.heading) + "\n\n"
            out += "| \(Self.escape(words.kindColumn)) | \(Self.escape(words.changeColumn)) | \(Self.escape(words.placeColumn)) |\n"
            out += "|---|---|---|\n"
            for line in block.lines {
                let kind = DiffTextWriter.marker(line.tone) + " " + Self.escape(words.word(line.tone))
                // Details follow in the same cell after " · ": raw HTML such as <br> is not allowed in the page.
                let change = ([inline(line.pieces)] + line.details.map(inline)).joined(separator: " · ")
                var place = ""
                if let location = line.location {
                    let text = Self.escape(document.place(location))
                    place = location.url.map { "[\(text)](\(Self.destination($0)))" } ?? text
                }
                out += "| \(kind) | \(change) | \(place) |\n"
            }
        }
        let legend = document.usedLegend
        if !legend.isEmpty {
            out +=
                "\n" + Self.escape(words.legendHeading) + ": "
                + legend.map { DiffTextWriter.marker($0.tone) + " " + Self.escape($0.word) + " — " + Self.escape($0.meaning) }
                .joined(separator: "; ") + ".\n"
        }
        return out
    }

    private func inline(_ pieces: [DiffDocument.Piece]) -> String {
        pieces.map { piece in
            switch piece {
            case .words(let text), .quote(let text): Self.escape(text)
            case .name(let text): "**" + Self.escape(text) + "**"
            case .code(let text): Self.code(text)
            }
        }.joined()
    }

    /// User text as one inline run in one table cell: control characters and line breaks folded
    /// (`DiffValueText.oneLine`), then the Markdown escaping the reports use.
    static func escape(_ text: String) -> String { MarkdownEscaping.inline(DiffValueText.oneLine(text)) }

    /// A link destination: what could end it or read as HTML (space, parentheses, angle brackets, `|`,
    /// backslash, backtick) percent-encoded.
    static func destination(_ url: String) -> String {
        var out = ""
        for character in DiffValueText.oneLine(url) {
            switch character {
            case " ": out += "%20"
            case "(": out += "%28"
            case ")": out += "%29"
            case "<": out += "%3C"
            case ">": out += "%3E"
            case "|": out += "%7C"
            case "\\": out += "%5C"
            case "`": out += "%60"
            default: out.append(character)
            }
        }
        return out
    }

    /// A code span whose fence is longer than any run of backticks inside it; a `|` inside is escaped,
    /// since it would end the table cell.
    static func code(_ text: String) -> String {
        let content = DiffValueText.oneLine(text).replacingOccurrences(of: "|", with: "\\|")
        var longest = 0, run = 0
        for character in content {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let padded = content.hasPrefix("`") || content.hasSuffix("`") ? " \(content) " : content
        return fence + padded + fence
    }
}
