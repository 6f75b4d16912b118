/// What `Templates/serve/error.html` shows.
struct ErrorPage: Encodable, Sendable {
    var frame: PageFrame
    var status: Int
    var message: String
}
