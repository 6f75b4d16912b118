/// Writes the "what changed" page for a terminal: a marker per line (▲ wider, ▼ narrower), and colour
/// only when asked for.
struct DiffTextWriter {
    let colour: Bool

    func write(_ document: DiffDocument) -> String {
        var out =
            style(DiffValueText.oneLine(document.title), "1") + "\n" + plain(document.subtitle) + "\n\n"
            + document.summary + "\n"
        for block in document.blocks {
            out += "\n" + style(block.heading, "1") + "\n"
            for line in block.lines {
                var text = "  " + style(Self.marker(line.tone), colourCode(line.tone)) + " " + plain(line.pieces)
                if let location = line.location {
                    text += "  " + style(DiffValueText.oneLine("\(location.file):\(location.line)"), "2")
                }
                out += text + "\n"
                for detail in line.details { out += "      " + plain(detail) + "\n" }
            }
        }
        let legend = document.usedLegend.map { "\(Self.marker($0.tone)) \($0.word)" }
        if !legend.isEmpty { out += "\n" + style(document.words.legendHeading + ": " + legend.joined(separator: "  "), "2") + "\n" }
        return out
    }

    private func plain(_ pieces: [DiffDocument.Piece]) -> String {
        pieces.map { piece in
            switch piece {
            case .words(let text), .quote(let text): DiffValueText.oneLine(text)
            case .name(let text): style(DiffValueText.oneLine(text), "1")
            case .code(let text): style(DiffValueText.oneLine(text), "36")
            }
        }.joined()
    }

    /// The marker of a tone in every plain-text rendering (the terminal, the Markdown table).
    static func marker(_ tone: DiffDocument.Tone) -> String {
        switch tone {
        case .widening: "▲"
        case .narrowing: "▼"
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
        case .widening: "1;31"
        case .narrowing, .resolved: "32"
        case .added, .removed, .changed, .renamed: "2"
        case .attention: "1;35"
        case .note: "2"
        }
    }

    private func style(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
