/// A parsed legal citation: law, article, lid and letter, the key a provision is found by.
public struct Citation: Sendable, Hashable, Codable {
    /// The law's id in the catalogue.
    public var law: String
    public var article: String
    public var paragraph: String?
    public var letter: String?

    public init(law: String, article: String, paragraph: String? = nil, letter: String? = nil) {
        self.law = law; self.article = article; self.paragraph = paragraph; self.letter = letter
    }
}
