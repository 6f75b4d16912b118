/// Helpers shared by the writers for text from the spec.
enum DiffValueText {
    /// Whitespace runs (including line breaks) folded into one space; control characters (which could
    /// move a terminal's cursor) dropped.
    static func oneLine(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var lastWasSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
            } else if scalar.value >= 0x20, scalar.value != 0x7F, !(0x80..<0xA0).contains(scalar.value) {
                out.append(scalar)
                lastWasSpace = false
            }
        }
        return String(out)
    }
}
