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
        guard needsEscaping(text) else { return text }
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

    /// Whether `escape` could change `text`: a quick scan of its bytes, so that the common case of plain
    /// words is returned as it is (rendering a report escapes thousands of values). Conservative: any
    /// byte that might start a special character, an entity, a line break or a list marker says yes.
    private static func needsEscaping(_ text: String) -> Bool {
        var bytes = text.utf8.makeIterator()
        guard let first = bytes.next() else { return false }
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: "=")
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
        {
            return true
        }
        var byte: UInt8? = first
        while let current = byte {
            switch current {
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
                UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "#"),
                UInt8(ascii: "~"), UInt8(ascii: "&"), 0x09...0x0D,
                0xC2, 0xE2:   // lead bytes of U+0085 and U+2028/U+2029, which are line breaks too
                return true
            default:
                byte = bytes.next()
            }
        }
        return false
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
            rest.dropFirst().first.map({ $0 == " " }) ?? true
        {
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
