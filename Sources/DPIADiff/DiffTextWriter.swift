/// Writes the "what changed" page for a terminal: a marker per line, and colour only when asked for.
struct DiffTextWriter {
    let colour: Bool

    func write(_ document: DiffDocument) -> String {
        var out = style(DiffValueText.oneLine(document.title), "1") + "\n" + plain(document.subtitle) + "\n\n" + document.summary + "\n"
        for block in document.blocks {
            out += "\n" + style(block.heading, "1") + "\n"
            for line in block.lines {
                var text = "  " + style(marker(line.tone), colourCode(line.tone)) + " " + plain(line.pieces)
                if let location = line.location {
                    text += "  " + style(DiffValueText.oneLine("\(location.file):\(location.line)"), "2")
                }
                out += text + "\n"
                for detail in line.details { out += "      " + plain(detail) + "\n" }
            }
        }
        return out
    }

    private func plain(_ pieces: [DiffDocument.Piece]) -> String {
        pieces.map { piece in
            switch piece {
            case .words(let text), .quote(let text): DiffValueText.oneLine(text)
            case .code(let text): style(DiffValueText.oneLine(text), "36")
            }
        }.joined()
    }

    private func marker(_ tone: DiffDocument.Tone) -> String {
        switch tone {
        case .added: "+"
        case .removed: "-"
        case .changed: "~"
        case .renamed: ">"
        case .attention: "!"
        case .resolved: "✓"
        case .note: "·"
        }
    }

    private func colourCode(_ tone: DiffDocument.Tone) -> String {
        switch tone {
        case .added, .resolved: "32"
        case .removed: "31"
        case .changed: "33"
        case .renamed: "36"
        case .attention: "1;35"
        case .note: "2"
        }
    }

    private func style(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
