/// What `Templates/serve/login.html` shows.
struct LoginPage: Encodable, Sendable {
    var frame: PageFrame
    var failed: Bool
    var name: String?
}
