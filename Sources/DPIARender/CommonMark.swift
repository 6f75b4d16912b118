import CCmark
import Foundation

/// Markdown prose through the C library cmark, made safe for reports.
///
/// Raw HTML in a spec never reaches a report as HTML: cmark's safe mode is always on (never
/// `CMARK_OPT_UNSAFE`), and raw HTML nodes are turned into text so that a reader sees what the
/// author wrote. Headings inside prose become bold paragraphs, so that the report's own heading
/// order (h1 > h2 > h3) stays intact.
///
/// The Markdown of a prose field is always cmark's rendering of the parsed (and neutralised) tree,
/// never the author's text as is: a report puts many fields into one `dpia.md`, and a viewer reads
/// that file as one document. Rendered from the tree, a field is complete in itself: link reference
/// definitions are gone (every link carries its own, checked target), a code fence is closed, raw HTML
/// is text, and brackets, backticks and `<` that formed nothing are escaped — so that nothing in one
/// field (`[r]: javascript:…`, an unclosed ```` ``` ````) can act on another (`[here][r]`).
enum CommonMark {
    static func prose(from text: String) -> Prose {
        let source = normalised(text)
        guard let document = source.withCString({ cmark_parse_document($0, strlen($0), options) }) else {
            return Prose(markdown: source, html: "", plain: source)
        }
        defer { cmark_node_free(document) }
        neutralise(document)
        let html = take(cmark_render_html(document, options | CMARK_OPT_SAFE))
        let markdown = take(cmark_render_commonmark(document, options, 0))
        return Prose(markdown: trimmed(markdown), html: trimmed(html), plain: plainText(of: document))
    }

    private static let options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8

    private static func normalised(_ text: String) -> String {
        trimmed(text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n"))
    }

    private static func trimmed(_ text: String) -> String {
        var scalars = Substring(text)
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        while let first = scalars.first, first == "\n" { scalars.removeFirst() }
        return String(scalars)
    }

    private static func take(_ pointer: UnsafeMutablePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// All nodes of the tree in document order.
    private static func nodes(of document: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(document) else { return result }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) { result.append(node) }
        }
        return result
    }

    /// Replaces raw HTML by text and headings by bold paragraphs, and empties unsafe link targets.
    private static func neutralise(_ document: OpaquePointer) {
        for node in nodes(of: document) {
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_HTML_BLOCK {
                let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH)
                cmark_node_append_child(paragraph, textNode(literal(of: node).trimmingTrailingNewlines))
                replace(node, with: paragraph)
            } else if type == CMARK_NODE_HTML_INLINE {
                replace(node, with: textNode(literal(of: node)))
            } else if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE, let url = cmark_node_get_url(node),
                !isSafe(url: String(cString: url))
            {
                cmark_node_set_url(node, "")
            } else if type == CMARK_NODE_HEADING {
                let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH)
                let strong = cmark_node_new(CMARK_NODE_STRONG)
                while let child = cmark_node_first_child(node) {
                    cmark_node_unlink(child)
                    cmark_node_append_child(strong, child)
                }
                cmark_node_append_child(paragraph, strong)
                replace(node, with: paragraph)
            }
        }
    }

    /// The same test as cmark's safe HTML mode: no `javascript:`, `vbscript:`, `file:` or non-image `data:` URLs.
    /// Spaces, tabs, line breaks and control characters are left out first, as browsers leave them out
    /// of a link's address (`java\tscript:` is `javascript:` to a browser).
    private static func isSafe(url: String) -> Bool {
        let lower = String(String.UnicodeScalarView(url.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }))
            .lowercased()
        if lower.hasPrefix("data:") {
            return ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains { lower.hasPrefix($0) }
        }
        return !["javascript:", "vbscript:", "file:"].contains { lower.hasPrefix($0) }
    }

    private static func replace(_ node: OpaquePointer, with replacement: OpaquePointer?) {
        cmark_node_replace(node, replacement)
        cmark_node_free(node)
    }

    private static func textNode(_ text: String) -> OpaquePointer? {
        let node = cmark_node_new(CMARK_NODE_TEXT)
        cmark_node_set_literal(node, text)
        return node
    }

    private static func literal(of node: OpaquePointer) -> String {
        guard let pointer = cmark_node_get_literal(node) else { return "" }
        return String(cString: pointer)
    }

    /// The text of the tree on one line: formatting dropped, breaks and blocks become spaces.
    private static func plainText(of document: OpaquePointer) -> String {
        var text = ""
        for node in nodes(of: document) {
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE || type == CMARK_NODE_HTML_INLINE {
                text += literal(of: node)
            } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK || type == CMARK_NODE_PARAGRAPH
                || type == CMARK_NODE_ITEM || type == CMARK_NODE_CODE_BLOCK
            {
                if type == CMARK_NODE_CODE_BLOCK { text += " " + literal(of: node) }
                text += " "
            }
        }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

private extension String {
    var trimmingTrailingNewlines: String {
        var text = Substring(self)
        while text.last == "\n" { text.removeLast() }
        return String(text)
    }
}
