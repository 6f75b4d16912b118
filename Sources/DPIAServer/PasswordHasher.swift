import HummingbirdBcrypt

/// bcrypt for the passwords of `dpia serve` users (hummingbird-auth's implementation).
public enum PasswordHasher {
    /// The cost of new hashes: 2^12 rounds, about a quarter of a second on a server.
    public static let defaultCost: UInt8 = 12

    /// The bcrypt hash of `password` (60 characters, `$2b$12$…`).
    public static func hash(_ password: String, cost: UInt8 = defaultCost) -> String {
        Bcrypt.hash(password, cost: cost)
    }

    /// Whether `password` matches `hash`.
    public static func verify(_ password: String, hash: String) -> Bool {
        Bcrypt.verify(password, hash: hash)
    }

    /// Rules for a new password, as a sentence; nil when it is acceptable.
    public static func problem(with password: String) -> String? {
        if password.count < 12 { return "the password is too short: use at least 12 characters (a sentence of a few words works well)" }
        if password.utf8.count > 72 { return "the password is too long: bcrypt uses at most 72 bytes; use a shorter one" }
        return nil
    }
}
