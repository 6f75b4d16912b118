/// Escapes text for Markdown (CommonMark with GitHub tables): a value stays one line of literal text that
/// cannot break a table, start a heading or list, or inject formatting, links or HTML. One escaper for the
/// reports (their `MARKDOWN` content type) and the diff's Markdown.
public enum MarkdownEscaping {
    /// Characters that carry meaning in CommonMark or GitHub tables anywhere in a line.
    private static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~"]

    /// `text` as one line of literal Markdown text: line breaks and tabs become spaces, what could make
    /// formatting, a link, HTML or a table cell's end is escaped (``inline(_:)``), and so is what would
    /// start a block at the start of a line (``lineStart(_:)``).
    public static func escape(_ text: String) -> String {
        guard needsEscaping(text) else { return text }
        let line = text.split(whereSeparator: { $0.isNewline || $0 == "\t" }).joined(separator: " ")
        return lineStart(inline(line))
    }

    /// `text` (one line) with every character that carries meaning inside a CommonMark line or a GitHub
    /// table cell backslash-escaped, and `&` written as `&amp;` where it would start an HTML entity.
    public static func inline(_ line: String) -> String {
        guard needsEscaping(line) else { return line }
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
        return result
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

    /// `text` escaped where, at the start of a line, it would become a list item, a heading underline or a
    /// thematic break (`-`, `+`, `=`, `1.`, `1)`); headings and block quotes are escaped by ``inline(_:)``.
    public static func lineStart(_ text: String) -> String {
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

}
