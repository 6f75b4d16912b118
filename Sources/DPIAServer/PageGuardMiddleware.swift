import HTTPTypes
import Hummingbird
import Logging

/// Turns every error into a plain page without internals, and sets the security headers on every response:
/// a Content-Security-Policy without any script, no framing, no sniffing, no caching of register data.
struct PageGuardMiddleware: RouterMiddleware {
    typealias Context = ServeContext
    let pages: RegisterServer

    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

    func handle(
        _ request: Request, context: ServeContext,
        next: (Request, ServeContext) async throws -> Response
    ) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let failure as SessionFailure {
            response = errorResponse(failure.error, session: failure.session, request: request, context: context)
        } catch {
            response = errorResponse(error, session: context.session, request: request, context: context)
        }
        response.headers[HTTPField.Name("Content-Security-Policy")!] = Self.contentSecurityPolicy
        response.headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        response.headers[.cacheControl] = "no-store"
        return response
    }

    private func errorResponse(_ error: any Error, session: Session?, request: Request, context: ServeContext) -> Response {
        switch error {
        case let error as PageError:
            return pages.errorResponse(error, session: session)
        case let error as HTTPResponseError where error.status == .notFound:
            return pages.errorResponse(.notFound(pages.words("serve_no_such_page")), session: session)
        case let error as HTTPResponseError where error.status.code < 500:
            return pages.errorResponse(
                PageError(status: error.status, title: "serve_bad_request", message: pages.words("serve_cannot_process")),
                session: session)
        default:
            context.logger.error("request failed", metadata: ["path": .string(request.uri.path), "error": .string("\(error)")])
            return pages.errorResponse(
                PageError(
                    status: .internalServerError, title: "serve_went_wrong", message: pages.words("serve_went_wrong_message")),
                session: session)
        }
    }
}

/// Pages behind it need a signed-in user; others go to the sign-in page.
struct SignInRequiredMiddleware: RouterMiddleware {
    typealias Context = ServeContext

    func handle(
        _ request: Request, context: ServeContext,
        next: (Request, ServeContext) async throws -> Response
    ) async throws -> Response {
        guard context.session?.isSignedIn == true else { return Response(status: .seeOther, headers: [.location: "/login"]) }
        return try await next(request, context)
    }
}
