/// What `Templates/serve/activity.html` shows.
struct ActivityPage: Encodable, Sendable {
    struct Version: Encodable, Sendable {
        var sequence: Int
        var versionID: String
        var recordedOn: String
        var label: String?
        var status: String
        var high: Int
        var residualHigh: Int
        var diffLink: String?
    }
    var frame: PageFrame
    var id: String
    var title: String
    var verdict: String
    var reportLink: String
    var versions: [Version]
    var measures: [MeasureRow]
    var hasMeasures: Bool
    var diffAction: String
    var fromChoices: [OverviewPage.Choice]
    var toChoices: [OverviewPage.Choice]
    var canCompare: Bool
}
