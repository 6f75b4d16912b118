import DPIAModel

/// The spelling checks commands need outside the loader: ids, and "did you mean" among words.
public enum Spelling {
    /// Whether `text` is spelled as an id (lowercase letters, digits and `-`, not starting with `-`).
    public static func isID(_ text: String) -> Bool { IdentifierShape.isID(text) && text.count <= PortableName.maxLength }

    /// The candidate closest to `word` when it is close enough to be a typo (``Suggestion``), or nil.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        Suggestion.closest(to: word, in: candidates)
    }
}
