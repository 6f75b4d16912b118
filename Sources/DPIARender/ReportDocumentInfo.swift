import DPIAModel

/// What the Word and PDF files of a report carry besides its text: the document properties (title,
/// author, subject, language) and the date their timestamps are fixed to, so that they stay
/// byte-identical for the same input.
public struct ReportDocumentInfo: Sendable, Hashable {
    public var title: String
    /// `document.author`, else the controller.
    public var author: String
    public var subject: String
    /// `nl` or `en`.
    public var language: String
    /// The report's date (`--date`, else the spec's `updated`); nil: a fixed date is used.
    public var date: CalendarDate?

    public init(title: String, author: String, subject: String, language: String, date: CalendarDate?) {
        self.title = title; self.author = author; self.subject = subject; self.language = language; self.date = date
    }

    /// Seconds since 1970 at noon UTC of ``date``, else of 1 January 1980 (the first date a zip file can hold).
    public var epochSeconds: Int {
        let day = date ?? CalendarDate(year: 1980, month: 1, day: 1)
        return day.daysSince1970 * 86_400 + 12 * 3_600
    }
}
