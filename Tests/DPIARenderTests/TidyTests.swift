import Testing

@testable import DPIARender

/// The tidy passes split bytes for speed; they must give what the plain character split gave.
@Suite struct TidyTests {
    /// The character-based versions the renderer used before, as the reference.
    static func referenceMarkdown(_ text: String) -> String {
        var lines: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = line
            while line.last == " " { line.removeLast() }
            if line.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(line)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    static func referenceHTML(_ text: String) -> String {
        var lines: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = line
            while line.last == " " { line.removeLast() }
            if line.allSatisfy({ $0 == " " }) { continue }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test(arguments: [
        "", "\n", "a", "a  \n\n\n  b \n", "\n\n# Titel  \n\ntekst — met é  \n   \n| a | b |  \n\n\n",
        "windows\r\nregels  \r\n\r\nklaar", "cr\ralone  \n", "\u{0600}  \nprepend", "x \u{301}  \n", "<p>\n   \n</p>  \n\n",
    ])
    func sameAsTheCharacterSplit(text: String) {
        #expect(ReportRenderer.tidyMarkdown(text) == Self.referenceMarkdown(text))
        #expect(ReportRenderer.tidyHTML(text) == Self.referenceHTML(text))
    }
}
