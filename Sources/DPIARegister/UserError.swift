import DPIAModel

/// What can go wrong with the users of a register, in words an administrator understands.
public enum UserError: BilingualError, Sendable, Hashable, CustomStringConvertible {
    /// The name breaks the rules for sign-in names.
    case invalidName(String)
    case duplicateName(String)
    case unknownUser(String, known: [String])
    /// The password hash is not a bcrypt hash (a programming error, never a user's).
    case invalidHash

    /// The English words (``message``'s `en`).
    public var description: String { message.en }

    /// The message in Dutch and English: one table, so that no error is added in one language only.
    public var message: LocalizedText {
        switch self {
        case .invalidName(let name):
            return LocalizedText(
                nl: "'\(name)' kan geen gebruikersnaam zijn: gebruik 1 tot 64 kleine letters, cijfers, '.', '_' of '-' "
                    + "(bijvoorbeeld j.devries).",
                en: "'\(name)' cannot be a user name: use 1 to 64 lowercase letters, digits, '.', '_' or '-' "
                    + "(for example j.devries).")
        case .duplicateName(let name):
            return LocalizedText(
                nl: "Er is al een gebruiker '\(name)'. Kies een andere naam, of verwijder die gebruiker eerst met "
                    + "`dpia users remove \(name)`.",
                en: "There is already a user '\(name)'. Choose another name, or remove that user first with "
                    + "`dpia users remove \(name)`.")
        case .unknownUser(let name, let known):
            return LocalizedText(
                nl: "Geen gebruiker '\(name)' in het register ("
                    + (known.isEmpty
                        ? "het register heeft nog geen gebruikers; voeg er een toe met `dpia users add`"
                        : "gebruikers: " + known.joined(separator: ", ")) + ").",
                en: "No user '\(name)' in the register ("
                    + (known.isEmpty
                        ? "the register has no users yet; add one with `dpia users add`" : "users: " + known.joined(separator: ", "))
                    + ").")
        case .invalidHash:
            return LocalizedText("the password could not be stored as a bcrypt hash")
        }
    }

    /// Whether `name` may be a sign-in name (the same rule as the schema's).
    public static func isValidName(_ name: String) -> Bool {
        (1...64).contains(name.utf8.count)
            && name.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x5F || $0 == 0x2D }
    }
}
