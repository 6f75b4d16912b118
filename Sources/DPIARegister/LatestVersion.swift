import DPIAModel

/// The latest recorded version of an activity, as the register overview of `dpia serve` lists it.
public struct LatestVersion: Sendable, Hashable {
    public var activityID: String
    public var versionID: String
    public var title: String
    public var label: String?
    public var status: ActivityStatus?
    public var recordedOn: CalendarDate
    /// How many times a changed version was recorded.
    public var recordings: Int
    /// The findings of this version.
    public var findings: FindingCounts

    public init(
        activityID: String, versionID: String, title: String, label: String?, status: ActivityStatus?,
        recordedOn: CalendarDate, recordings: Int, findings: FindingCounts
    ) {
        self.activityID = activityID; self.versionID = versionID; self.title = title; self.label = label
        self.status = status; self.recordedOn = recordedOn; self.recordings = recordings; self.findings = findings
    }
}
