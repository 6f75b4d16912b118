import DPIAModel

/// An adopted DPIA whose spec has changed since it was adopted: it needs to be assessed and adopted again.
public struct ReassessmentNotice: Sendable, Hashable, Codable {
    public var activityID: String
    /// The version that was adopted (status `adopted`).
    public var adoptedVersionID: String
    /// When the adopted version was recorded.
    public var adoptedRecordedOn: CalendarDate
    /// The latest recorded version.
    public var currentVersionID: String
    /// The status the latest version gives, if any.
    public var currentStatus: ActivityStatus?
    /// Top-level spec sections that differ between the adopted and the latest version (`measures`, `flows`, ...).
    public var changedSections: [String]

    public init(
        activityID: String, adoptedVersionID: String, adoptedRecordedOn: CalendarDate,
        currentVersionID: String, currentStatus: ActivityStatus?, changedSections: [String]
    ) {
        self.activityID = activityID; self.adoptedVersionID = adoptedVersionID
        self.adoptedRecordedOn = adoptedRecordedOn; self.currentVersionID = currentVersionID
        self.currentStatus = currentStatus; self.changedSections = changedSections
    }

    /// One sentence for the terminal.
    public var message: String {
        "\(activityID) needs re-assessment: it was adopted as \(adoptedVersionID) (recorded \(adoptedRecordedOn)) and has "
            + "changed since; the current version \(currentVersionID) differs in: \(changedSections.joined(separator: ", "))."
    }
}
