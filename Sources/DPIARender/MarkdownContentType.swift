import Mustache

/// The Mustache content type `MARKDOWN`: `{{value}}` in a Markdown template becomes one line of
/// literal text that cannot break a table, start a heading or list, or inject formatting, links
/// or HTML. Templates select it with `{{% CONTENT_TYPE: MARKDOWN}}` (every partial too).
struct MarkdownContentType: MustacheContentType {
    static let name = "MARKDOWN"

    /// Characters that carry meaning in CommonMark or GitHub tables anywhere in a line.
    private static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~"]

    func escapeText(_ text: String) -> String { Self.escape(text) }

    static func escape(_ text: String) -> String {
        let line = text.split(whereSeparator: { $0.isNewline || $0 == "\t" }).joined(separator: " ")
        var result = ""
        result.reserveCapacity(line.utf8.count + 8)
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if special.contains(character) {
                result.append("\\")
                result.append(character)
            } else if character == "&", startsEntity(line[line.index(after: index)...]) {
                result += "&amp;"
            } else {
                result.append(character)
            }
            index = line.index(after: index)
        }
        return escapeLineStart(result)
    }

    /// `&name;` or `&#123;` would be read as an HTML entity.
    private static func startsEntity(_ rest: Substring) -> Bool {
        var count = 0
        for character in rest {
            if character == ";" { return count > 0 }
            guard character.isASCII, character.isLetter || character.isNumber || character == "#", count < 32 else {
                return false
            }
            count += 1
        }
        return false
    }

    /// A value at the start of a line must not become a list item, a block quote or a thematic break.
    private static func escapeLineStart(_ text: String) -> String {
        guard let first = text.first else { return text }
        if first == "-" || first == "+" || first == "=" { return "\\" + text }
        let digits = text.prefix(while: { $0.isASCII && $0.isNumber })
        let rest = text.dropFirst(digits.count)
        if !digits.isEmpty, digits.count <= 9, let next = rest.first, next == "." || next == ")",
           rest.dropFirst().first.map({ $0 == " " }) ?? true {
            return digits + "\\" + rest
        }
        return text
    }

    /// Registers the content type once per process; the registry is Mustache's own.
    static let registered: Bool = {
        MustacheContentTypes.register(MarkdownContentType(), named: name)
        return true
    }()
}
