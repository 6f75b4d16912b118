/// The one writer of comma- or semicolon-separated values: the register's CSV (`dpia register`) and
/// `dpia actions list --format csv`.
///
/// Fields are quoted as RFC 4180 says. A field a spreadsheet could run as a formula gets a leading
/// apostrophe (OWASP's advice on CSV injection), so that Excel or LibreOffice shows it as text instead of
/// running `=HYPERLINK(…)`: one that starts with a tab or carriage return, or whose first character after
/// any leading spaces, no-break spaces, line breaks, control or invisible format characters is `=`, `+`,
/// `-` or `@` (or their full-width forms). Spreadsheets skip such leading characters before they look
/// for a formula, so `" =1+1"` is guarded as `"=1+1"` is.
public struct CSVWriter: Sendable {
    /// The character between fields: `;` for Excel with Dutch settings, `,` otherwise.
    public var separator: Character
    /// The line end: `\r\n` for Excel, `\n` for the terminal.
    public var lineEnd: String
    /// Whether the text starts with a UTF-8 byte order mark (Excel needs it to read accents).
    public var byteOrderMark: Bool

    public init(separator: Character, lineEnd: String, byteOrderMark: Bool) {
        self.separator = separator
        self.lineEnd = lineEnd
        self.byteOrderMark = byteOrderMark
    }

    /// The whole file: every row on its own line, each line ended.
    public func document(_ rows: [[String]]) -> String {
        (byteOrderMark ? "\u{FEFF}" : "") + rows.map { line($0) + lineEnd }.joined()
    }

    /// One row, without its line end.
    public func line(_ fields: [String]) -> String {
        fields.map(cell).joined(separator: String(separator))
    }

    /// One field: guarded against formulas, then quoted when it holds a separator, quote or line break.
    public func cell(_ field: String) -> String {
        let value = Self.startsFormula(field) ? "'" + field : field
        guard value.contains(where: { $0 == separator || $0 == ";" || $0 == "," || $0 == "\"" || $0.isNewline })
        else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Whether a spreadsheet could read `field` as a formula (see the type's description).
    public static func startsFormula(_ field: String) -> Bool {
        guard let first = field.unicodeScalars.first else { return false }
        if first == "\t" || first == "\r" { return true }
        guard let start = field.unicodeScalars.first(where: { !isSkipped($0) }) else { return false }
        return formulaStarts.contains(start)
    }

    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}"]

    /// Characters a spreadsheet may pass over before it looks for a formula: white space (the no-break
    /// space too), control characters and invisible format characters (zero-width space, byte order mark).
    private static func isSkipped(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar.properties.generalCategory == .control
            || scalar.properties.generalCategory == .format
    }
}
