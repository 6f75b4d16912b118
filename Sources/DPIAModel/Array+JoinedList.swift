extension Array where Element == String {
    /// `a, b en c` / `a, b and c` (or another conjunction: `a, b of c`).
    public func joinedList(_ language: ReportLanguage, conjunction: String? = nil) -> String {
        guard count > 1 else { return first ?? "" }
        let last = self[count - 1]
        let head = dropLast().joined(separator: ", ")
        return head + " \(conjunction ?? (language == .nl ? "en" : "and")) " + last
    }

    /// The list joined in both languages.
    public var localizedList: LocalizedText { LocalizedText(nl: joinedList(.nl), en: joinedList(.en)) }
}
