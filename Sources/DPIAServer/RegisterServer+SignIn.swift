import DPIARegister
import Foundation
import HTTPTypes
import Hummingbird

extension RegisterServer {
    /// A hash of a password nobody has: checked when the name is unknown, so that the answer takes as
    /// long as for a known name and does not tell which names exist.
    static let unknownUserHash = PasswordHasher.hash("no user has this password", cost: 4)

    func addSignInRoutes(to router: Router<ServeContext>) {
        router.get("/login") { request, context in
            if context.session?.isSignedIn == true { return redirect("/") }
            let session: Session
            if let current = context.session { session = current } else { session = await sessions.startAnonymous() }
            var response = try page("login", LoginPage(frame: frame(words("serve_sign_in"), session), failed: false, name: nil))
            response.setCookie(sessionCookie(session.id))
            return response
        }

        router.post("/login") { request, context in
            let form = try await form(of: request, context: context)
            try requireToken(form, session: context.session)
            let name = form.text("name") ?? ""
            let password = form["password"] ?? ""
            let user = UserError.isValidName(name) ? try register.user(named: name) : nil
            let matches = PasswordHasher.verify(password, hash: user?.passwordHash ?? Self.unknownUserHash) && user != nil
            guard let user, matches else {
                let delay = await throttle.failed(name)
                try await Task.sleep(for: .milliseconds(delay))
                return try page(
                    "login", LoginPage(frame: frame(words("serve_sign_in"), context.session), failed: true, name: name),
                    status: .unauthorized)
            }
            await throttle.succeeded(name)
            let session = await sessions.signIn(userName: user.name, role: user.role, replacing: context.session?.id)
            var response = redirect("/")
            response.setCookie(sessionCookie(session.id))
            return response
        }

        router.post("/logout") { request, context in
            let form = try await form(of: request, context: context)
            try requireToken(form, session: context.session)
            if let session = context.session { await sessions.end(id: session.id) }
            var response = redirect("/login")
            response.setCookie(
                Cookie(
                    name: SessionMiddleware.cookieName, value: "", maxAge: 0, path: "/",
                    secure: configuration.secureCookies, httpOnly: true, sameSite: .strict))
            return response
        }

        router.get("/serve.css") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/css; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: try templates.render("serve/style.css", [String: String]()))))
        }
    }

    /// The session cookie: not readable by scripts, never sent by other sites, only over TLS with `--secure-cookies`.
    func sessionCookie(_ id: String) -> Cookie {
        Cookie(
            name: SessionMiddleware.cookieName, value: id, path: "/", secure: configuration.secureCookies,
            httpOnly: true, sameSite: .strict)
    }
}
