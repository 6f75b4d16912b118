import DPIAModel
import Yams

/// Turns the YAML parser's errors into short messages for people who do not read YAML grammar,
/// without ever echoing the document (Yams puts the whole text in some of its messages).
enum YAMLErrorTranslator {
    static func diagnostic(for error: Error, text: String, file: String) -> Diagnostic {
        let (line, column, message) = describe(error, text: text)
        let position = withinText(line: line, column: column, text: text)
        let location = SourceLocation(file: file, line: position.line, column: position.column)
        return Diagnostic(.error, at: location, LocalizedText(nl: dutch(of: message), en: message))
    }

    /// The Dutch words of `message`; a message that quotes the parser keeps the parser's (English) words
    /// as a quotation, after Dutch advice on where to look.
    static func dutch(of message: String) -> String {
        if let dutch = dutch[message] { return dutch }
        let prefix = "YAML syntax error: "
        guard message.hasPrefix(prefix) else { return message }
        return "de YAML is hier niet te lezen; controleer de inspringing, de aanhalingstekens en de haakjes "
            + "(de YAML-lezer meldt: \"\(message.dropFirst(prefix.count))\")"
    }

    /// The Dutch words of the messages that do not quote the parser.
    static let dutch: [String: String] = [
        "a tab is used for indentation; YAML only allows spaces there":
            "hier wordt met een tab ingesprongen; YAML staat daar alleen spaties toe",
        "a key here is longer than 1024 characters, more than YAML allows; shorten the key, or put a long value between quotes":
            "een sleutel hier is langer dan 1024 tekens, meer dan YAML toestaat; maak de sleutel korter, of zet een lange waarde tussen aanhalingstekens",
        "a second YAML document starts here ('---'); describe one processing activity per file":
            "hier begint een tweede YAML-document ('---'); beschrijf één verwerking per bestand",
        "an alias (*name) refers to an anchor (&name) that is not defined before it":
            "een alias (*naam) verwijst naar een anker (&naam) dat er niet vóór staat",
        "could not read the YAML in this file": "de YAML in dit bestand kan niet gelezen worden",
        "unexpected ':' here; put text that contains ': ' between quotes, or check the indentation":
            "onverwachte ':' hier; zet tekst met ': ' erin tussen aanhalingstekens, of controleer het inspringen",
        "expected a new key here: check the indentation (keys of one mapping start in the same column) and the quotes (inside '...' write '' for ')":
            "hier hoort een nieuwe sleutel: controleer het inspringen (de sleutels van één blok beginnen in dezelfde kolom) "
            + "en de aanhalingstekens (binnen '...' schrijft u '' voor ')",
        "unknown escape with '\\' inside double quotes; write \\\\ for a backslash, or use single quotes":
            "onbekende escape met '\\' tussen dubbele aanhalingstekens; schrijf \\\\ voor een backslash, of gebruik enkele aanhalingstekens",
        "the indentation is not consistent here: the entries of a list must start with '- ' in the same column":
            "het inspringen klopt hier niet: de items van een lijst beginnen met '- ' in dezelfde kolom",
        "expected 'key: value' here; a line of text that continues the previous value needs quotes or a block ('|')":
            "hier hoort 'sleutel: waarde'; een regel tekst die de vorige waarde voortzet heeft aanhalingstekens of een blok ('|') nodig",
        "a value cannot start with this character; put the value between quotes":
            "een waarde kan niet met dit teken beginnen; zet de waarde tussen aanhalingstekens",
        "a list in brackets ([...]) is not closed with ']'": "een lijst tussen haken ([...]) wordt niet gesloten met ']'",
        "a mapping in braces ({...}) is not closed with '}'": "een blok tussen accolades ({...}) wordt niet gesloten met '}'",
        "the file ends inside a quoted text or a bracket; close the quote or bracket":
            "het bestand eindigt binnen een tekst tussen aanhalingstekens of binnen haken; sluit het aanhalingsteken of de haak",
    ]

    /// The parser puts the end of a file that does not end with a line break on a line after the
    /// last one; such a position becomes the end of the last line, where an editor can show it.
    static func withinText(line: Int, column: Int, text: String) -> (line: Int, column: Int) {
        var breaks = 0
        var lastLineStart = text.unicodeScalars.startIndex
        var previous: Unicode.Scalar?
        for index in text.unicodeScalars.indices {
            let scalar = text.unicodeScalars[index]
            // The line breaks of YAML 1.1, as the parser counts them; \r\n counts once.
            if scalar == "\n" && previous != "\r" || scalar == "\r" || scalar == "\u{85}" || scalar == "\u{2028}"
                || scalar == "\u{2029}"
            {
                breaks += 1
            }
            if scalar == "\n" || scalar == "\r" || scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}" {
                lastLineStart = text.unicodeScalars.index(after: index)
            }
            previous = scalar
        }
        guard line > breaks + 1 else { return (line, column) }
        return (breaks + 1, text.unicodeScalars[lastLineStart...].count + 1)
    }

    private static func describe(_ error: Error, text: String) -> (Int, Int, String) {
        guard let yamlError = error as? YamlError else {
            return (1, 1, "could not read the YAML in this file")
        }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _):
            if let tab = firstIndentingTab(in: text, from: mark.line - 2, to: mark.line) {
                return (tab.line, tab.column, "a tab is used for indentation; YAML only allows spaces there")
            }
            if problem == "could not find expected ':'", mark.column > 1024 {
                return (
                    mark.line, mark.column,
                    "a key here is longer than 1024 characters, more than YAML allows; "
                        + "shorten the key, or put a long value between quotes"
                )
            }
            return (mark.line, mark.column, message(problem: problem, context: context?.text))
        case .composer(_, let problem, let mark, _):
            if problem.contains("another document") {
                return (
                    mark.line, mark.column,
                    "a second YAML document starts here ('---'); "
                        + "describe one processing activity per file"
                )
            }
            if problem.contains("undefined alias") {
                return (mark.line, mark.column, "an alias (*name) refers to an anchor (&name) that is not defined before it")
            }
            return (mark.line, mark.column, "YAML error: \(problem)")
        case .reader(let problem, let offset, let value, _):
            let position = offset.map { lineAndColumn(ofCharacter: $0, in: text) } ?? (1, 1)
            let what =
                problem.contains("control characters") && value >= 0
                ? "the character \(codePoint(Int(value))) is not allowed in YAML"
                : "the text cannot be read as YAML: \(problem)"
            return (position.0, position.1, what)
        default:
            return (1, 1, "could not read the YAML in this file")
        }
    }

    /// The parser's problem in words a privacy officer can act on.
    private static func message(problem: String, context: String?) -> String {
        switch problem {
        case "mapping values are not allowed in this context":
            return "unexpected ':' here; put text that contains ': ' between quotes, or check the indentation"
        case "did not find expected key":
            return "expected a new key here: check the indentation (keys of one mapping start in the same column) "
                + "and the quotes (inside '...' write '' for ')"
        case "found unknown escape character":
            return "unknown escape with '\\' inside double quotes; write \\\\ for a backslash, or use single quotes"
        case "did not find expected '-' indicator":
            return "the indentation is not consistent here: the entries of a list must start with '- ' in the same column"
        case "could not find expected ':'":
            return "expected 'key: value' here; a line of text that continues the previous value needs quotes "
                + "or a block ('|')"
        case "found character that cannot start any token":
            return "a value cannot start with this character; put the value between quotes"
        case "found undefined alias":
            return "an alias (*name) refers to an anchor (&name) that is not defined before it"
        case "did not find expected ',' or ']'":
            return "a list in brackets ([...]) is not closed with ']'"
        case "did not find expected ',' or '}'":
            return "a mapping in braces ({...}) is not closed with '}'"
        case "found unexpected end of stream":
            return "the file ends inside a quoted text or a bracket; close the quote or bracket"
        default:
            return "YAML syntax error: \(problem)" + (context.map { " (\($0))" } ?? "")
        }
    }

    /// `U+0007`: a code point as the Unicode standard writes it, with at least four hex digits.
    static func codePoint(_ value: Int) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// The first tab in the leading whitespace of a line from `firstLine` to `lastLine` (1-based).
    static func firstIndentingTab(in text: String, from firstLine: Int, to lastLine: Int) -> (line: Int, column: Int)? {
        var line = 1
        var column = 1
        var atLineStart = true
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n") {
                line += 1
                if line > lastLine { return nil }
                column = 1
                atLineStart = true
                continue
            }
            if atLineStart {
                if byte == UInt8(ascii: "\t"), line >= firstLine { return (line, column) }
                if byte != UInt8(ascii: " ") { atLineStart = false }
            }
            column += 1
        }
        return nil
    }

    /// 1-based line and column of the character at `offset` (in Characters).
    private static func lineAndColumn(ofCharacter offset: Int, in text: String) -> (Int, Int) {
        var line = 1
        var column = 1
        for character in text.prefix(offset) {
            if character == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }
}
