import Hummingbird

/// A request the server refuses or cannot answer, shown as a plain page: a title and a sentence, never
/// a stack trace or a file path. The title is a key of the word catalogue (``Words``), the message already worded.
struct PageError: Error, Sendable {
    var status: HTTPResponse.Status
    var title: String
    var message: String

    static func notFound(_ message: String) -> PageError { PageError(status: .notFound, title: "serve_not_found", message: message) }
    static func forbidden(_ message: String) -> PageError { PageError(status: .forbidden, title: "serve_forbidden", message: message) }
    static func badRequest(_ message: String) -> PageError { PageError(status: .badRequest, title: "serve_bad_request", message: message) }
}
