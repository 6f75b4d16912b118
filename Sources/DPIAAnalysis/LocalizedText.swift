import DPIAModel

/// A text in Dutch and English.
public struct LocalizedText: Sendable, Hashable, Codable {
    public var nl: String
    public var en: String

    public init(nl: String, en: String) { self.nl = nl; self.en = en }

    public subscript(language: ReportLanguage) -> String {
        switch language {
        case .nl: nl
        case .en: en
        }
    }
}
