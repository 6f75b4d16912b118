/// What `Templates/serve/measure.html` shows.
struct MeasurePage: Encodable, Sendable {
    struct Definition: Encodable, Sendable {
        var versionID: String
        var recordedOn: String
        var text: String
    }
    struct Event: Encodable, Sendable {
        var on: String
        var status: String
        var author: String?
        var note: String?
        var evidence: String?
        var evidenceIsLink: Bool
    }
    var frame: PageFrame
    var measure: MeasureRow
    var activityLink: String
    var decision: String
    var addresses: String
    var definitions: [Definition]
    var events: [Event]
    var hasEvents: Bool
    var canUpdate: Bool
    var action: String
    var statuses: [OverviewPage.Choice]
}
