/// The output formats of the "what changed" page.
public enum DiffFormat: String, Sendable, Hashable, CaseIterable {
    /// For the terminal, with colour when asked for.
    case text
    /// To attach to an approval or paste in a merge request.
    case markdown
    /// A standalone page.
    case html
    /// Everything the diff knows, for tools.
    case json
}
