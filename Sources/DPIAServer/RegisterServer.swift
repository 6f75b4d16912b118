import DPIAAnalysis
import DPIAModel
import DPIARegister
import DPIARender
import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// `dpia serve`: the register as a small web application for privacy officers, project leads and reviewers.
///
/// Pages are rendered on the server from `Templates/serve/` (no JavaScript); every value goes through the
/// reports' HTML escaper. Everything shown is read through the register's API, and an update of a measure
/// is the same event `dpia actions update` records.
public struct RegisterServer: Sendable {
    public let configuration: ServerConfiguration
    let register: RegisterDatabase
    let templates: TemplateSet
    let words: Words
    let sessions = SessionStore()
    let throttle: LoginThrottle
    let assessments: AssessmentCache
    let boardCache: BoardCache

    /// Opens the register (which must exist) and the templates.
    public init(configuration: ServerConfiguration) throws {
        self.configuration = configuration
        // A templates folder whose catalogue lacks the pages' words would show their keys: refused at the start.
        let language = configuration.language.rawValue
        if let missing = configuration.templates.missingWord(prefix: "serve_", language: configuration.language) {
            throw TemplateError.syntax(
                file: configuration.templates.root + "/\(language)/words.json", line: 1, column: 1,
                message: "'\(missing)' is not in \(language)/words.json; the web pages need every serve_ word of "
                    + "dpia's own Templates/\(language)/words.json: copy them into this catalogue")
        }
        register = try RegisterDatabase(path: configuration.databasePath, create: false)
        templates = configuration.templates
        words = Words(language: configuration.language, templates: configuration.templates)
        throttle = LoginThrottle(initialMilliseconds: configuration.loginDelay, maximumMilliseconds: configuration.maximumLoginDelay)
        assessments = AssessmentCache(register: register)
        boardCache = BoardCache(register: register) { [templates, words] measure in
            try templates.render(document: "serve/measure-row.html", language: words.language.rawValue, MeasureRow(measure, words: words))
        }
    }

    /// Every route of the server, behind the error pages, security headers and session lookup.
    public func router() -> Router<ServeContext> {
        let router = Router(context: ServeContext.self)
        router.add(middleware: PageGuardMiddleware(pages: self))
        router.add(
            middleware: SessionMiddleware(
                sessions: sessions, register: register, trustHeader: configuration.trustHeader.flatMap { HTTPField.Name($0) }))
        addSignInRoutes(to: router)
        addCalendarRoute(to: router)
        let pages = router.group().add(middleware: SignInRequiredMiddleware())
        addPageRoutes(to: pages)
        addMeasureRoutes(to: pages)
        addFeedRoutes(to: pages)
        addFeedTokenRoute(to: pages)
        return router
    }

    /// The application: listens on the configured address, stops cleanly on SIGTERM and SIGINT.
    public func application(logger: Logger? = nil) -> some ApplicationProtocol {
        var logger = logger ?? Logger(label: "dpia-serve")
        if logger.logLevel > .info { logger.logLevel = .info }
        return Application(
            router: router(),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "dpia"),
            logger: logger)
    }

    /// Serves until SIGTERM or SIGINT.
    public func run() async throws {
        // The board's cache is filled while the first visitor signs in: on a register of thousands of
        // activities reading every measure takes seconds, which the first page would otherwise wait.
        let warmUp = Task(priority: .utility) { [boardCache, configuration] in
            _ = try? await boardCache.overview(today: configuration.today())
        }
        defer { warmUp.cancel() }
        try await application().runService(gracefulShutdownSignals: [.sigterm, .sigint])
    }

    // MARK: - Rendering

    func frame(_ title: String, _ session: Session?) -> PageFrame {
        PageFrame(title: title, user: session?.userName, role: session?.role.map(words.role), csrf: session?.csrfToken ?? "")
    }

    /// A page from `Templates/serve/<name>.html.mustache`.
    func page(_ name: String, _ model: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        html(try templates.render(document: "serve/\(name).html", language: words.language.rawValue, model), status: status)
    }

    func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    func file(_ text: String, type: String, name: String) -> Response {
        Response(
            status: .ok, headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(name)\""],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    func redirect(_ path: String) -> Response {
        Response(status: .seeOther, headers: [.location: path])
    }

    /// The error page for a refusal or failure; if even that cannot be rendered, a line of text.
    func errorResponse(_ error: PageError, session: Session?) -> Response {
        let model = ErrorPage(frame: frame(words(error.title), session), status: Int(error.status.code), message: error.message)
        if let response = try? page("error", model, status: error.status) { return response }
        return Response(
            status: error.status, headers: [.contentType: "text/plain; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: words(error.title) + ": " + error.message + "\n")))
    }

    /// The form fields of a POST body; a body larger than the limit is refused.
    func form(of request: Request, context: ServeContext) async throws -> Form {
        var request = request
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: configuration.maximumBodySize)
        } catch {
            throw PageError(status: .contentTooLarge, title: "serve_too_large", message: words("serve_form_too_large"))
        }
        return Form(encoded: String(buffer: body))
    }

    /// The form's token must be the session's: otherwise another site may have sent it.
    func requireToken(_ form: Form, session: Session?) throws {
        guard let session, let token = form["csrf"], RandomToken.equal(token, session.csrfToken) else {
            throw PageError(
                status: .forbidden, title: "serve_form_expired", message: words("serve_form_expired_message"))
        }
    }

    /// Runs blocking register work on a dispatch thread: a write waits for its commit to reach the disk,
    /// and must not hold one of the few threads of Swift's cooperative pool that every request needs.
    func offload<Value: Sendable>(_ body: @escaping @Sendable () throws -> Value) async throws -> Value {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try body() }) }
        }
    }

    static func query(_ request: Request) -> Form { Form(encoded: request.uri.query ?? "") }
}
