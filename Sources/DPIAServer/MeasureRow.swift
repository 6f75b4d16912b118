import DPIAModel
import DPIARegister

/// A measure as the board and the activity page list it.
struct MeasureRow: Encodable, Sendable {
    var activityID: String
    var activityTitle: String
    var measureID: String
    var description: String?
    var owner: String?
    var due: String?
    var status: String
    var overdue: Bool
    var removed: Bool
    var evidence: String?
    var evidenceIsLink: Bool
    var updatedOn: String?
    var link: String
    var activityLink: String

    init(_ tracked: TrackedMeasure, words: Words) {
        activityID = tracked.activityID; activityTitle = tracked.activityTitle; measureID = tracked.measure.id
        description = tracked.measure.description; owner = tracked.measure.owner; due = tracked.measure.due?.description
        status = words.measureStatus(tracked.progress.status); overdue = tracked.isOverdue; removed = tracked.progress.removed
        evidence = tracked.progress.evidence; evidenceIsLink = EvidenceLink.isWebLink(tracked.progress.evidence)
        updatedOn = tracked.progress.updatedOn?.description
        link = Paths.measure(activityID: tracked.activityID, measureID: tracked.measure.id)
        activityLink = Paths.activity(tracked.activityID)
    }
}
