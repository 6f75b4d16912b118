import DPIARegister
import HTTPTypes
import Hummingbird

/// Finds the session of the request's cookie (or, with `--trust-header`, the user the proxy names).
struct SessionMiddleware: RouterMiddleware {
    typealias Context = ServeContext
    static let cookieName = "dpia_session"

    let sessions: SessionStore
    let register: RegisterDatabase
    let trustHeader: HTTPField.Name?

    func handle(
        _ request: Request, context: ServeContext,
        next: (Request, ServeContext) async throws -> Response
    ) async throws -> Response {
        var context = context
        if let trustHeader {
            // The proxy signs users in; its header is the only source of who is asking.
            if let name = request.headers[trustHeader], let user = try register.user(named: name) {
                context.session = await sessions.forProxyUser(name: user.name, role: user.role)
            }
        } else if let id = request.cookies[Self.cookieName]?.value, let session = await sessions.session(id: id) {
            // A user removed (or given another role) with `dpia users` loses the session at the next request.
            if let name = session.userName, try register.user(named: name)?.role != session.role {
                await sessions.end(id: id)
            } else {
                context.session = session
            }
        }
        do {
            return try await next(request, context)
        } catch {
            // The error page is made outside this middleware: it carries the session along, so that the
            // page shows the header (who is signed in, the menu) like every other page.
            throw SessionFailure(error: error, session: context.session)
        }
    }
}

/// An error of a page, with the session of the request that failed.
struct SessionFailure: Error {
    var error: any Error
    var session: Session?
}

extension SessionStore {
    /// One session per user named by the proxy, so that its form token stays the same between requests.
    func forProxyUser(name: String, role: UserRole) -> Session {
        let id = "proxy:" + name
        if let session = session(id: id), session.role == role { return session }
        return signInKeepingID(id: id, userName: name, role: role)
    }
}
