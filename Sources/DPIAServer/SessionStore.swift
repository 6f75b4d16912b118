import DPIARegister
import Foundation

/// The sessions of the running server, in memory: a restart signs everybody out (docs/serve.md).
actor SessionStore {
    /// Sessions end after this long without a request.
    let idleTimeout: TimeInterval
    private var sessions: [String: Session] = [:]

    init(idleTimeout: TimeInterval = 8 * 3600) { self.idleTimeout = idleTimeout }

    /// A session nobody has signed in to, for the sign-in form's token.
    func startAnonymous() -> Session {
        store(
            Session(
                id: RandomToken.make(), userName: nil, role: nil, csrfToken: RandomToken.make(),
                expires: Date().addingTimeInterval(idleTimeout)))
    }

    /// A new session for a user who signed in; the old session (if any) ends, so that its id cannot be reused.
    func signIn(userName: String, role: UserRole, replacing old: String?) -> Session {
        if let old { sessions[old] = nil }
        return store(
            Session(
                id: RandomToken.make(), userName: userName, role: role, csrfToken: RandomToken.make(),
                expires: Date().addingTimeInterval(idleTimeout)))
    }

    /// The live session with this id, its expiry moved on; nil when unknown or expired.
    func session(id: String) -> Session? {
        guard var session = sessions[id] else { return nil }
        let now = Date()
        if session.expires < now {
            sessions[id] = nil
            return nil
        }
        session.expires = now.addingTimeInterval(idleTimeout)
        sessions[id] = session
        return session
    }

    /// A session under a fixed id (for users named by a single-sign-on proxy; never sent as a cookie).
    func signInKeepingID(id: String, userName: String, role: UserRole) -> Session {
        store(
            Session(
                id: id, userName: userName, role: role, csrfToken: RandomToken.make(),
                expires: Date().addingTimeInterval(idleTimeout)))
    }

    func end(id: String) { sessions[id] = nil }

    private func store(_ session: Session) -> Session {
        let now = Date()
        if sessions.count > 10_000 { sessions = sessions.filter { $0.value.expires > now } }
        sessions[session.id] = session
        return session
    }
}
