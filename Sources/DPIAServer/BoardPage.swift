/// What `Templates/serve/board.html` shows.
struct BoardPage: Encodable, Sendable {
    var frame: PageFrame
    var rows: [MeasureRow]
    var owner: String?
    var activity: String?
    var statuses: [OverviewPage.Choice]
    var activities: [OverviewPage.Choice]
    var count: Int
    var overdueCount: Int
    var csvLink: String
    var icsLink: String
}
