import DPIAModel

/// What a report needs beside the assessment.
public struct ReportOptions: Sendable {
    /// Overrides the spec's `language`.
    public var language: ReportLanguage?
    /// The report date; without it the report carries no date, so that output stays byte-identical.
    public var date: CalendarDate?
    /// The effective status of measures from the register database, keyed by measure id.
    public var progress: [String: MeasureProgress]
    /// The versions of the activity recorded in the register (`dpia record`), oldest first, for the
    /// version table after those the spec's `document.history` names.
    public var recordedVersions: [DocumentVersion]
    /// The word catalogue of the report's language (key → text); nil for dpia's own. ``ReportRenderer``
    /// sets it from its ``TemplateSet``, so that a templates folder rewords the values too.
    public var words: [String: String]?

    public init(
        language: ReportLanguage? = nil, date: CalendarDate? = nil, progress: [String: MeasureProgress] = [:],
        recordedVersions: [DocumentVersion] = [], words: [String: String]? = nil
    ) {
        self.language = language; self.date = date; self.progress = progress; self.recordedVersions = recordedVersions
        self.words = words
    }
}
