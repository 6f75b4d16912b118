import DPIAModel
import Foundation

/// Writes an ``ActivityDiff`` as the short "what changed" page a reviewer can attach to an approval.
public struct DiffPresenter: Sendable {
    public var language: ReportLanguage
    /// ANSI colours in text output; the caller decides (a terminal, and `NO_COLOR` not set).
    public var colour: Bool
    /// Web addresses of the old and the new version's lines, to link line numbers in HTML and Markdown.
    public var oldLink: SourceLink?
    public var newLink: SourceLink?

    public init(language: ReportLanguage, colour: Bool = false, oldLink: SourceLink? = nil, newLink: SourceLink? = nil) {
        self.language = language; self.colour = colour; self.oldLink = oldLink; self.newLink = newLink
    }

    /// The page in `format`; ends with a newline.
    public func render(_ diff: ActivityDiff, as format: DiffFormat) -> String {
        if format == .json { return Self.json(diff) }
        let document = DiffDocumentBuilder(labels: DiffLabels(language: language), links: (oldLink, newLink)).build(diff)
        switch format {
        case .text: return DiffTextWriter(colour: colour).write(document)
        case .markdown: return DiffMarkdownWriter().write(document)
        case .html: return DiffHTMLWriter(language: language).write(document)
        case .json: return Self.json(diff)
        }
    }

    /// The diff as JSON with sorted keys, so the same input gives the same bytes.
    private static func json(_ diff: ActivityDiff) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain values cannot fail.
        let data = (try? encoder.encode(diff)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
