/// What `Templates/serve/feed.html` shows: a new calendar link, once.
struct FeedPage: Encodable, Sendable {
    var frame: PageFrame
    var link: String
}
