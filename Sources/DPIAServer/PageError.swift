import Hummingbird

/// A request the server refuses or cannot answer, shown as a plain page: a title and a sentence, never
/// a stack trace or a file path.
struct PageError: Error, Sendable {
    var status: HTTPResponse.Status
    var title: String
    var message: String

    static func notFound(_ message: String) -> PageError { PageError(status: .notFound, title: "Niet gevonden", message: message) }
    static func forbidden(_ message: String) -> PageError { PageError(status: .forbidden, title: "Geen toegang", message: message) }
    static func badRequest(_ message: String) -> PageError { PageError(status: .badRequest, title: "Onjuist verzoek", message: message) }
}
