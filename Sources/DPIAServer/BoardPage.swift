/// What `Templates/serve/board.html` shows.
struct BoardPage: Encodable, Sendable {
    var frame: PageFrame
    /// The measures of the page as table rows (rendered once per measure and kept, ``BoardCache``).
    var rows: [RenderedRow]
    var owner: String?
    var activity: String?
    /// The status filter as given (for the calendar link form).
    var status: String?
    var statuses: [OverviewPage.Choice]
    var activities: [OverviewPage.Choice]
    /// Whether the activities are listed to choose from (else a field takes the id).
    var chooseActivity: Bool
    var overdueCount: String
    var csvLink: String
    var icsLink: String
    /// Which measures of the filtered list this page shows, of how many, and the pages around it.
    var paging: Paging
}
