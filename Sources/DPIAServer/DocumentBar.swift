/// What `Templates/serve/bar.html` puts on top of a document the server shows as the command line makes it
/// (the report, the diff): the page header and where the document belongs.
struct DocumentBar: Encodable, Sendable {
    var frame: PageFrame
    var activityID: String
    var activityLink: String
    /// What the document is, e.g. "DPIA, versie …".
    var what: String
}
