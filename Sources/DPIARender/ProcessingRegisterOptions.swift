import DPIAModel

/// What the art. 30 register needs beside the assessments.
public struct ProcessingRegisterOptions: Sendable {
    public var language: ReportLanguage
    public var date: CalendarDate?
    /// For publication: leaves out contacts, risks and measures.
    public var isPublic: Bool
    /// The word catalogue of ``language`` (key → text); nil for dpia's own. ``ReportRenderer`` sets it
    /// from its ``TemplateSet``.
    public var words: [String: String]?

    public init(language: ReportLanguage = .nl, date: CalendarDate? = nil, isPublic: Bool = false, words: [String: String]? = nil) {
        self.language = language; self.date = date; self.isPublic = isPublic; self.words = words
    }
}
