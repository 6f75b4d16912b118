/// What a legal reference written in a spec (`grounds`, `law`, a basis) resolves to in the catalogue.
public struct GroundResolution: Sendable, Hashable {
    /// The text as written.
    public var text: String
    /// The provisions it names, one per citation it holds ("X jo. Y" holds two).
    public var provisions: [Provision]
    /// The citations in it that name no provision of the catalogue.
    public var unresolved: [UnresolvedCitation]

    public init(text: String, provisions: [Provision], unresolved: [UnresolvedCitation]) {
        self.text = text; self.provisions = provisions; self.unresolved = unresolved
    }
}

/// A citation that names no provision of the catalogue, with the nearest entries for a did-you-mean.
public struct UnresolvedCitation: Sendable, Hashable {
    /// The part of the reference that did not resolve.
    public var text: String
    /// The law and article, when the text could be read as a citation.
    public var citation: Citation?
    /// Catalogue entries of the same law and article (or the same article), nearest first.
    public var suggestions: [Provision]

    public init(text: String, citation: Citation?, suggestions: [Provision]) {
        self.text = text; self.citation = citation; self.suggestions = suggestions
    }
}
