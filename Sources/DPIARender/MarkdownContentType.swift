import DPIAText
import Mustache

/// The Mustache content type `MARKDOWN`: `{{value}}` in a Markdown template becomes one line of
/// literal text that cannot break a table, start a heading or list, or inject formatting, links
/// or HTML. Templates select it with `{{% CONTENT_TYPE: MARKDOWN}}` (every partial too).
struct MarkdownContentType: MustacheContentType {
    static let name = "MARKDOWN"

    func escapeText(_ text: String) -> String { MarkdownEscaping.escape(text) }

    /// Registers the content type once per process; the registry is Mustache's own.
    static let registered: Bool = {
        MustacheContentTypes.register(MarkdownContentType(), named: name)
        return true
    }()
}
