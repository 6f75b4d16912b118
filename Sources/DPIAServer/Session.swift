import DPIARegister
import Foundation

/// A browser's session: who signed in (nobody yet on the sign-in page) and the token its forms carry.
public struct Session: Sendable, Hashable {
    /// The value of the session cookie: 32 random bytes, hex.
    public var id: String
    public var userName: String?
    public var role: UserRole?
    /// Every form of this session carries this token; a POST without it is refused (CSRF).
    public var csrfToken: String
    public var expires: Date

    public var isSignedIn: Bool { userName != nil }
}

/// Random tokens for sessions and forms.
enum RandomToken {
    /// 32 bytes from the system's random generator, as 64 hex digits.
    static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max, using: &generator)) }.joined()
    }

    /// Compares without stopping at the first difference, so that timing tells nothing about a token.
    static func equal(_ lhs: String, _ rhs: String) -> Bool {
        let left = Array(lhs.utf8), right = Array(rhs.utf8)
        guard left.count == right.count else { return false }
        var difference: UInt8 = 0
        for index in left.indices { difference |= left[index] ^ right[index] }
        return difference == 0
    }
}
