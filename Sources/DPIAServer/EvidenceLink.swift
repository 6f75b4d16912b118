/// Evidence is text; it becomes a link only when it is an http(s) address, never `javascript:` or a file path.
enum EvidenceLink {
    static func isWebLink(_ text: String?) -> Bool {
        guard let text, !text.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" }) else { return false }
        let lower = text.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://")
    }
}
