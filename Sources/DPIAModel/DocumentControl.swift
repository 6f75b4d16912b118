/// The document control of a DPIA (`document:`): who wrote it and how it changed, for the version
/// table, the cover and the signature block of every report format.
///
/// The status on the cover is the spec's `status:`; the data protection officer is `contacts.dpo`
/// and the date of the advice `governance.dpo_advice_on`: document control reuses them.
public struct DocumentControl: Sendable, Hashable, Codable {
    /// Who wrote the DPIA (a name or a function).
    public var author: String?
    /// The versions of the document, as written in the spec, oldest first.
    public var history: [DocumentVersion]

    public init(author: String? = nil, history: [DocumentVersion] = []) {
        self.author = author; self.history = history
    }
}

/// One line of the version table: `document.history` in the spec.
public struct DocumentVersion: Sendable, Hashable, Codable {
    /// The version label, for example `0.3`.
    public var version: String
    public var date: CalendarDate?
    public var author: String?
    /// What changed in this version.
    public var changes: String?

    public init(version: String, date: CalendarDate? = nil, author: String? = nil, changes: String? = nil) {
        self.version = version; self.date = date; self.author = author; self.changes = changes
    }
}
