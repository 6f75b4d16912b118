import DPIAModel
import Foundation

@testable import DPIARender

/// The view model as a JSON tree (DPIAModel's ``JSONValue``), which templates can render and tests can rewrite.
extension JSONValue {
    /// Every string replaced by `replacement`.
    func replacingStrings(with replacement: String) -> JSONValue {
        switch self {
        case .string: .string(replacement)
        case .array(let items): .array(items.map { $0.replacingStrings(with: replacement) })
        case .object(let fields): .object(fields.mapValues { $0.replacingStrings(with: replacement) })
        default: self
        }
    }

    /// Dictionaries, arrays, strings and booleans, as Mustache renders them.
    var mustacheValue: Any {
        switch self {
        case .string(let value): value
        case .number(let value): String(value)
        case .integer(let value): String(Double(value))
        case .bool(let value): value
        case .array(let items): items.map(\.mustacheValue)
        case .object(let fields): fields.mapValues(\.mustacheValue)
        case .null: [String: Any]()
        }
    }

    /// Every key anywhere in the tree.
    var allKeys: Set<String> {
        switch self {
        case .array(let items): items.reduce(into: Set<String>()) { $0.formUnion($1.allKeys) }
        case .object(let fields): fields.reduce(into: Set(fields.keys)) { $0.formUnion($1.value.allKeys) }
        default: []
        }
    }
}

enum TemplateChecks {
    /// Keys of the word catalogue a template uses (`{{{w.key}}}`).
    static func wordKeys(in template: String) -> Set<String> {
        let pattern = try! NSRegularExpression(pattern: #"\{\{\{?\s*w\.([A-Za-z0-9_]+)\s*\}?\}\}"#)
        let range = NSRange(template.startIndex..., in: template)
        return Set(
            pattern.matches(in: template, range: range).compactMap { match in
                Range(match.range(at: 1), in: template).map { String(template[$0]) }
            })
    }

    /// Names used in `{{name}}`, `{{#name}}`, `{{{name}}}` tags, split at dots; partials, pragmas,
    /// `.` and words of the catalogue (`w.key`) excluded.
    static func tagNames(in template: String) -> Set<String> {
        let pattern = try! NSRegularExpression(pattern: #"\{\{\{?\s*([#^/&]?)\s*([A-Za-z0-9_.]+)\s*\}?\}\}"#)
        let range = NSRange(template.startIndex..., in: template)
        var names = Set<String>()
        for match in pattern.matches(in: template, range: range) {
            guard let nameRange = Range(match.range(at: 2), in: template) else { continue }
            let name = String(template[nameRange])
            if name == "." || name.hasPrefix("w.") { continue }
            for part in name.split(separator: ".") { names.insert(String(part)) }
        }
        return names
    }

    /// Problems of a rendered Markdown document: leftover tags, empty cells, empty headings, ragged tables.
    static func markdownProblems(_ text: String) -> [String] {
        var problems: [String] = []
        if text.contains("{{") { problems.append("leftover {{") }
        var columns: Int?
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("#"), line.drop(while: { $0 == "#" }).allSatisfy(\.isWhitespace) {
                problems.append("line \(number + 1): empty heading")
            }
            if line.hasPrefix("|") {
                let cells = splitCells(line)
                if cells.contains(where: { $0.allSatisfy(\.isWhitespace) }) { problems.append("line \(number + 1): empty cell: \(line)") }
                if let expected = columns, cells.count != expected {
                    problems.append("line \(number + 1): \(cells.count) cells, header has \(expected): \(line)")
                }
                if columns == nil { columns = cells.count }
            } else {
                columns = nil
            }
            if line.hasPrefix("- ") || line.hasPrefix("  - "), line.drop(while: { $0 == " " || $0 == "-" }).isEmpty {
                problems.append("line \(number + 1): empty list item")
            }
        }
        return problems
    }

    /// The cells of a table row, split at pipes that are not escaped.
    static func splitCells(_ line: Substring) -> [String] {
        var cells: [String] = []
        var current = ""
        var escaped = false
        for character in line.dropFirst() {
            if escaped { current.append(character); escaped = false; continue }
            if character == "\\" { escaped = true; current.append(character); continue }
            if character == "|" { cells.append(current); current = "" } else { current.append(character) }
        }
        if !current.allSatisfy(\.isWhitespace) { cells.append(current) }
        return cells
    }

    static let voidElements: Set<String> = ["meta", "br", "hr", "img", "link", "input", "wbr"]

    /// Problems of a rendered HTML document: unbalanced or stray tags, raw `<` in text, empty cells and headings.
    static func htmlProblems(_ text: String) -> [String] {
        var problems: [String] = []
        if text.contains("{{") { problems.append("leftover {{") }
        for empty in ["<td></td>", "<li></li>", "<dd></dd>", "<dt></dt>", "<p></p>", "<strong></strong>"] where text.contains(empty) {
            problems.append("empty element \(empty)")
        }
        let emptyCell = try! NSRegularExpression(pattern: #"<(th|td|h[1-6])(\s[^>]*)?>\s*</\1>"#)
        if let match = emptyCell.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
            let range = Range(match.range, in: text)
        {
            problems.append("empty element \(text[range])")
        }
        problems += tableShapeProblems(text)
        var stack: [String] = []
        var index = text.startIndex
        while index < text.endIndex {
            guard text[index] == "<" else {
                if text[index] == ">" { problems.append("raw > in text near \(context(text, index))") }
                index = text.index(after: index)
                continue
            }
            let rest = text[index...]
            if rest.hasPrefix("<!--") {
                guard let end = rest.range(of: "-->") else { problems.append("unclosed comment"); break }
                index = end.upperBound
                continue
            }
            if rest.hasPrefix("<!DOCTYPE") || rest.hasPrefix("<!doctype") {
                index = rest.firstIndex(of: ">").map { text.index(after: $0) } ?? text.endIndex
                continue
            }
            // Read a tag, respecting quoted attribute values.
            var cursor = text.index(after: index)
            var quote: Character?
            var tag = ""
            while cursor < text.endIndex {
                let character = text[cursor]
                if let open = quote {
                    if character == open { quote = nil }
                    if character == "<" { problems.append("raw < inside attribute near \(context(text, cursor))") }
                } else if character == "\"" || character == "'" {
                    quote = character
                } else if character == ">" {
                    break
                } else if character == "<" {
                    problems.append("raw < in text near \(context(text, index))")
                    break
                }
                tag.append(character)
                cursor = text.index(after: cursor)
            }
            guard cursor < text.endIndex, text[cursor] == ">" else { index = cursor; continue }
            let closing = tag.hasPrefix("/")
            let name = String(tag.drop(while: { $0 == "/" }).prefix(while: { $0.isLetter || $0.isNumber })).lowercased()
            if name.isEmpty {
                problems.append("raw < in text near \(context(text, index))")
            } else if closing {
                if stack.last == name {
                    stack.removeLast()
                } else {
                    problems.append("</\(name)> closes <\(stack.last ?? "nothing")> near \(context(text, index))")
                }
            } else if !voidElements.contains(name) && !tag.hasSuffix("/") {
                stack.append(name)
            }
            index = text.index(after: cursor)
        }
        if !stack.isEmpty { problems.append("unclosed elements: \(stack)") }
        return problems
    }

    /// Every row of a table has as many cells as its header row (the templates use no colspan).
    static func tableShapeProblems(_ text: String) -> [String] {
        var problems: [String] = []
        for table in text.components(separatedBy: "<table").dropFirst() {
            let body = table.components(separatedBy: "</table>").first ?? ""
            let rows = body.components(separatedBy: "<tr").dropFirst().map { $0.components(separatedBy: "</tr>").first ?? "" }
            let counts = rows.map { row in row.components(separatedBy: "<th").count - 1 + row.components(separatedBy: "<td").count - 1 }
            if let header = counts.first, let row = counts.dropFirst().first(where: { $0 != header }) {
                let heading = rows.first.map { String($0.prefix(120)) } ?? ""
                problems.append("a table row has \(row) cells, its header \(header): \(heading)")
            }
        }
        return problems
    }

    private static func context(_ text: String, _ index: String.Index) -> String {
        let start = text.index(index, offsetBy: -40, limitedBy: text.startIndex) ?? text.startIndex
        let end = text.index(index, offsetBy: 40, limitedBy: text.endIndex) ?? text.endIndex
        return String(text[start..<end]).replacingOccurrences(of: "\n", with: "⏎")
    }
}
