/// The effective progress of one measure, as the register database knows it: the status of the
/// latest recorded event (or the spec's own status), when it was last updated and the evidence.
///
/// Reports receive a `[measureID: MeasureProgress]` dictionary as input; they never open the database.
public struct MeasureProgress: Sendable, Hashable, Codable {
    public var status: MeasureStatus
    /// The day of the latest event; nil when the status comes from the spec.
    public var updatedOn: CalendarDate?
    /// A URL or document reference that shows the measure is in place.
    public var evidence: String?

    public init(status: MeasureStatus, updatedOn: CalendarDate? = nil, evidence: String? = nil) {
        self.status = status; self.updatedOn = updatedOn; self.evidence = evidence
    }
}
