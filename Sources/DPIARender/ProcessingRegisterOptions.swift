import DPIAModel

/// What the art. 30 register needs beside the assessments.
public struct ProcessingRegisterOptions: Sendable {
    public var language: ReportLanguage
    public var date: CalendarDate?
    /// For publication: leaves out contacts, risks and measures.
    public var isPublic: Bool

    public init(language: ReportLanguage = .nl, date: CalendarDate? = nil, isPublic: Bool = false) {
        self.language = language; self.date = date; self.isPublic = isPublic
    }
}
