/// A prose field of the spec (Markdown), ready for every output format.
///
/// Templates insert `markdown` and `html` unescaped (`{{{summary.markdown}}}`), because they are
/// already safe for their format, and `plain` escaped (`{{summary.plain}}`) where one line of text
/// is needed, for example in a table cell.
public struct Prose: Sendable, Hashable, Codable {
    /// Block Markdown: the author's text, or a normalised version without raw HTML and headings.
    public var markdown: String
    /// HTML from cmark, with raw HTML shown as text and headings demoted to bold paragraphs.
    public var html: String
    /// One line of plain text without formatting.
    public var plain: String

    public init(markdown: String, html: String, plain: String) {
        self.markdown = markdown; self.html = html; self.plain = plain
    }

    /// Renders `text` (Markdown) for every format.
    public init(_ text: String) { self = CommonMark.prose(from: text) }
}
