import DPIAModel

/// One line of an activity's history: a recorded version with its finding counts.
public struct VersionSummary: Sendable, Hashable, Codable {
    /// 1 for the first recording of the activity, then 2, 3, ...
    public var sequence: Int
    public var recordedOn: CalendarDate
    public var versionID: String
    public var contentHash: String
    public var title: String
    /// The spec's `version:` label.
    public var label: String?
    public var status: ActivityStatus?
    public var sourcePath: String?
    /// Findings per risk level before measures.
    public var findings: FindingCounts

    public init(
        sequence: Int, recordedOn: CalendarDate, versionID: String, contentHash: String, title: String,
        label: String?, status: ActivityStatus?, sourcePath: String?, findings: FindingCounts
    ) {
        self.sequence = sequence; self.recordedOn = recordedOn; self.versionID = versionID
        self.contentHash = contentHash; self.title = title; self.label = label; self.status = status
        self.sourcePath = sourcePath; self.findings = findings
    }
}

/// How many findings a version has at each level, and how many no measure addresses.
public struct FindingCounts: Sendable, Hashable, Codable {
    public var high = 0
    public var medium = 0
    public var low = 0
    /// Findings without a measure.
    public var unaddressed = 0
    /// Findings whose level after measures is still high.
    public var residualHigh = 0

    public init(high: Int = 0, medium: Int = 0, low: Int = 0, unaddressed: Int = 0, residualHigh: Int = 0) {
        self.high = high; self.medium = medium; self.low = low; self.unaddressed = unaddressed
        self.residualHigh = residualHigh
    }

    public var total: Int { high + medium + low }
}

/// The recorded versions of one activity, oldest first, and whether it needs re-assessment.
public struct ActivityHistory: Sendable, Hashable, Codable {
    public var activityID: String
    public var versions: [VersionSummary]
    public var reassessment: ReassessmentNotice?

    public init(activityID: String, versions: [VersionSummary], reassessment: ReassessmentNotice?) {
        self.activityID = activityID; self.versions = versions; self.reassessment = reassessment
    }
}
