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
    /// The risks it addresses, as the report names them.
    var addresses: [String]
    var hasAddresses: Bool
    var definitions: [Definition]
    var events: [Event]
    var hasEvents: Bool
    /// Whether to confirm that the user's update was recorded.
    var saved: Bool
    var canUpdate: Bool
    var action: String
    var statuses: [OverviewPage.Choice]
}
