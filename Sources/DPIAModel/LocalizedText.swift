/// A text in Dutch and English: the words of findings and rules, and of the loader's diagnostics.
public struct LocalizedText: Sendable, Hashable, Codable {
    public var nl: String
    public var en: String

    public init(nl: String, en: String) { self.nl = nl; self.en = en }

    /// The same text in both languages (ids, names, numbers).
    public init(_ both: String) { self.init(nl: both, en: both) }

    public subscript(language: ReportLanguage) -> String {
        switch language {
        case .nl: nl
        case .en: en
        }
    }
}
