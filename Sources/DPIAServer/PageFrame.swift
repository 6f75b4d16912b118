/// What every page shows around its content: the title, who is signed in, and the form token.
struct PageFrame: Encodable, Sendable {
    var title: String
    var user: String?
    var role: String?
    var csrf: String
}
