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
    /// Which measures of the filtered list this page shows (1-based), and links to the pages around it.
    var firstShown: Int
    var lastShown: Int
    var previousLink: String?
    var nextLink: String?
    var hasRows: Bool
}
