/// The spelling rules of ids and rule ids, checked byte by byte (no regular expressions: this runs
/// for every id of every spec).
enum IdentifierShape {
    /// The spelling of an id as the JSON Schema writes it (`docs/dpia-spec.schema.json`, with `maxLength`
    /// ``PortableName/maxLength``); ``isID(_:)`` checks the same, and a test keeps the two equal.
    static let pattern = "^[a-z0-9][a-z0-9-]*$"

    /// An id: lowercase letters, digits and `-`, starting with a letter or digit (an id starting with `-`
    /// would name a report folder that command-line tools read as an option).
    static func isID(_ text: String) -> Bool {
        guard let first = text.utf8.first, isLowerOrDigit(first) else { return false }
        return hasIDCharactersOnly(text)
    }

    /// Whether `text` consists of lowercase letters, digits and `-` only (wherever they are).
    static func hasIDCharactersOnly(_ text: String) -> Bool {
        text.utf8.allSatisfy { isLowerOrDigit($0) || $0 == UInt8(ascii: "-") }
    }

    /// A rule id: snake_case, starting with a letter (`retention_deletion_not_automated`).
    static func isRuleID(_ text: Substring) -> Bool {
        guard let first = text.utf8.first, first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z") else { return false }
        return text.utf8.allSatisfy { isLowerOrDigit($0) || $0 == UInt8(ascii: "_") }
    }

    /// A finding id: a rule id, `@`, and an element path (`retention_no_period@retention/cv`).
    static func isFindingID(_ text: String) -> Bool {
        guard let at = text.firstIndex(of: "@") else { return false }
        return isRuleID(text[..<at]) && text.index(after: at) < text.endIndex
    }

    /// A valid id close to `text`: lowercased, with runs of other characters turned into `-`.
    static func suggestedID(for text: String) -> String {
        var result = ""
        var pendingDash = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.isASCII, isLowerOrDigit(UInt8(scalar.value)) {
                if pendingDash, !result.isEmpty { result.append("-") }
                result.unicodeScalars.append(scalar)
                pendingDash = false
            } else {
                pendingDash = true
            }
        }
        return result
    }

    private static func isLowerOrDigit(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }
}
