/// Builds block-style YAML text line by line, quoting scalars only where YAML would otherwise read
/// them as something else (a number, a boolean, a date, a comment, a mapping).
///
/// Lists of mappings are written the way the example specs are: `  - id: x` with the entry's
/// keys indented four spaces under the list's key.
struct YAMLBuilder {
    private(set) var text = ""
    private var indent = 0
    private var pendingDash = false

    init() {}

    /// Appends a comment line (`# ...`) at the current indentation.
    mutating func comment(_ comment: String) {
        line(comment.isEmpty ? "#" : "# " + comment)
    }

    /// `key: value` with a plain or double-quoted scalar; nothing when `value` is nil.
    mutating func scalar(_ key: String, _ value: String?) {
        guard let value else { return }
        line("\(key): \(Self.quoted(value, inFlow: false))")
    }

    /// `key: value` for a value YAML must read as written (a boolean, a number, a date, an id).
    mutating func raw(_ key: String, _ value: String?) {
        guard let value else { return }
        line("\(key): \(value)")
    }

    /// `key: true|false`; nothing when `value` is nil.
    mutating func bool(_ key: String, _ value: Bool?) {
        raw(key, value.map { $0 ? "true" : "false" })
    }

    /// `key: 123`; nothing when `value` is nil.
    mutating func int(_ key: String, _ value: Int?) {
        raw(key, value.map(String.init))
    }

    /// `key: [a, b, c]`, each element quoted where the flow context needs it.
    mutating func flowList(_ key: String, _ values: [String]) {
        line("\(key): [\(values.map { Self.quoted($0, inFlow: true) }.joined(separator: ", "))]")
    }

    /// `key: [a, b, c]`; nothing for an empty list (the format's default).
    mutating func flowList(_ key: String, omittedWhenEmpty values: [String]) {
        if !values.isEmpty { flowList(key, values) }
    }

    /// Prose: a literal block (`|`) when it spans lines, otherwise a scalar; nothing when nil.
    mutating func prose(_ key: String, _ value: String?) {
        guard let value else { return }
        guard let (indicator, lines) = Self.literalBlock(value) else {
            scalar(key, value)
            return
        }
        line("\(key): \(indicator)")
        let padding = String(repeating: " ", count: indent + 2)
        for content in lines {
            text += content.isEmpty ? "\n" : padding + content + "\n"
        }
    }

    /// `key:` followed by a nested mapping written by `body`; `key: {}` when `body` writes nothing.
    mutating func mapping(_ key: String, _ body: (inout YAMLBuilder) -> Void) {
        var nested = YAMLBuilder()
        nested.indent = indent + 2
        body(&nested)
        if nested.text.isEmpty {
            line("\(key): {}")
        } else {
            line("\(key):")
            text += nested.text
        }
    }

    /// `key:` followed by one `- ` entry per element, each a mapping written by `body`;
    /// `key: []` for an empty list.
    mutating func list<Element>(_ key: String, _ elements: [Element], _ body: (inout YAMLBuilder, Element) -> Void) {
        guard !elements.isEmpty else {
            line("\(key): []")
            return
        }
        line("\(key):")
        indent += 4
        for element in elements {
            pendingDash = true
            body(&self, element)
            pendingDash = false
        }
        indent -= 4
    }

    private mutating func line(_ content: String) {
        if pendingDash {
            text += String(repeating: " ", count: indent - 2) + "- " + content + "\n"
            pendingDash = false
        } else {
            text += String(repeating: " ", count: indent) + content + "\n"
        }
    }

    // MARK: Scalars

    /// Words YAML 1.1 and 1.2 read as booleans or null.
    private static let reservedWords: Set<String> = [
        "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~",
    ]

    /// `value` as a plain scalar when that reads back as the same string, else double-quoted.
    static func quoted(_ value: String, inFlow: Bool) -> String {
        isPlainSafe(value, inFlow: inFlow) ? value : doubleQuoted(value)
    }

    private static func isPlainSafe(_ value: String, inFlow: Bool) -> Bool {
        guard let first = value.unicodeScalars.first, let last = value.unicodeScalars.last else { return false }
        if first == " " || last == " " || last == ":" { return false }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return false }
        if reservedWords.contains(value.lowercased()) { return false }
        // Anything that starts like a number may be read as one (1e3, 0x1F, 1:30, 2025-06-30).
        if "0123456789+.".unicodeScalars.contains(first), !value.contains(" ") { return false }
        if value.contains(": ") || value.contains(" #") { return false }
        for scalar in value.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F || scalar == "\u{FEFF}" { return false }
            if inFlow, ",[]{}".unicodeScalars.contains(scalar) { return false }
        }
        return true
    }

    private static func doubleQuoted(_ value: String) -> String {
        var result = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar == "\u{FEFF}" {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// The block indicator and lines of a literal block for multi-line text, or nil when the text
    /// is a single line or cannot be written as a literal block without an indentation indicator.
    private static func literalBlock(_ value: String) -> (String, [Substring])? {
        guard value.contains("\n") else { return nil }
        var lines = value.split(separator: "\n", omittingEmptySubsequences: false)
        let indicator: String
        if lines.last == "" {
            lines.removeLast()
            if lines.last == "" { return nil }   // several trailing newlines: keep them quoted
            indicator = "|"
        } else {
            indicator = "|-"
        }
        guard let first = lines.first, !first.isEmpty, first.first != " ", first.first != "\t" else { return nil }
        let hasControl = lines.contains { line in
            line.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\t") || $0.value == 0x7F || $0 == "\u{FEFF}" }
        }
        if hasControl { return nil }
        return (indicator, lines)
    }
}
