/// How far a measure of the plan has come, as the register tracks it after the spec was written.
///
/// The plan (what, who, when) lives in the spec's `measures:`; progress lives in the register as
/// events. The register hands one value per measure to whoever shows it (the report renderer
/// receives them as input and never opens the database itself).
public struct MeasureProgress: Sendable, Hashable, Codable {
    /// The id of the measure in the spec.
    public var measureID: String
    /// The effective status: the latest recorded update, else the spec's status, else planned.
    public var status: MeasureStatus
    /// The day of the latest recorded update; nil when no update was recorded.
    public var updatedOn: CalendarDate?
    /// A link or document that shows the measure was carried out, from the latest update that gave one.
    public var evidence: String?
    /// The note of the latest update.
    public var note: String?
    /// Whether the measure is no longer in the latest recorded version of the spec.
    public var removed: Bool

    public init(
        measureID: String, status: MeasureStatus, updatedOn: CalendarDate? = nil, evidence: String? = nil,
        note: String? = nil, removed: Bool = false
    ) {
        self.measureID = measureID; self.status = status; self.updatedOn = updatedOn; self.evidence = evidence
        self.note = note; self.removed = removed
    }
}
