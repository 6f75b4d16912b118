import DPIAModel
import DPIAText
import Mustache

/// The Mustache content type `HTML`, escaping with ``HTMLEscaping`` (UTF-8 bytes) instead of
/// Mustache's own escaper, which walks characters: the same five replacements, several times
/// faster, and a quote followed by a combining mark is escaped too.
///
/// Registered under Mustache's own name `HTML`, so `{{% CONTENT_TYPE: HTML}}` selects it.
/// ``TemplateSet`` starts every `.html` template that declares no content type with that pragma.
struct HTMLContentType: MustacheContentType {
    static let name = "HTML"

    /// The pragma ``TemplateSet`` puts in front of `.html` templates.
    static let pragma = "{{% CONTENT_TYPE: \(name)}}"

    func escapeText(_ text: String) -> String { HTMLEscaping.escape(text) }

    /// Registers the content type once per process; the registry is Mustache's own.
    static let registered: Bool = {
        MustacheContentTypes.register(HTMLContentType(), named: name)
        return true
    }()
}
