/// Writes the "what changed" page as Markdown; every text from the spec is escaped.
struct DiffMarkdownWriter {
    func write(_ document: DiffDocument) -> String {
        var out = "# " + Self.escape(document.title) + "\n\n" + Self.lineStart(inline(document.subtitle)) + "\n\n"
            + Self.lineStart(Self.escape(document.summary)) + "\n"
        for block in document.blocks {
            out += "\n## " + Self.escape(block.heading) + "\n\n"
            for line in block.lines {
                var text = "- " + marker(line.tone) + Self.lineStart(inline(line.pieces))
                if let location = line.location {
                    let place = "\(document.lineWord) \(location.line)"
                        + (location.inOldVersion ? ", \(document.oldVersionWord)" : "")
                    text += " _(" + Self.escape(place) + ")_"
                }
                out += text + "\n"
                for detail in line.details { out += "  - " + Self.lineStart(inline(detail)) + "\n" }
            }
        }
        return out
    }

    private func marker(_ tone: DiffDocument.Tone) -> String {
        tone == .attention ? "**⚠** " : ""
    }

    private func inline(_ pieces: [DiffDocument.Piece]) -> String {
        pieces.map { piece in
            switch piece {
            case .words(let text), .quote(let text): Self.escape(text)
            case .code(let text): Self.code(text)
            }
        }.joined()
    }

    /// Backslash-escapes the punctuation that makes inline Markdown or HTML, and folds line breaks, so
    /// user text stays one inline run.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in DiffValueText.oneLine(text) {
            if "\\`*_[]<>|&~".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    /// Escapes what would start a block (a list, a heading, a numbered item) at the start of a line.
    static func lineStart(_ text: String) -> String {
        if let first = text.first, "-+#=".contains(first) { return "\\" + text }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let next = text.dropFirst(digits.count).first, next == "." || next == ")" {
            return digits + "\\" + text.dropFirst(digits.count)
        }
        return text
    }

    /// A code span whose fence is longer than any run of backticks inside it.
    static func code(_ text: String) -> String {
        let content = DiffValueText.oneLine(text)
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
