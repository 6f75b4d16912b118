import DPIAServer
import Foundation

/// Reads a new password: from the terminal without showing it (twice, to catch a typo), or the first line of
/// standard input when that is not a terminal (`printf '%s\n' "$PW" | dpia users add …`).
enum PasswordInput {
    /// Prompts and messages in `words`.
    static func read(confirm: Bool, words: Words = Words(.en)) throws -> String {
        let password: String
        if isatty(STDIN_FILENO) == 1 {
            password = try prompt(words.text(nl: "Wachtwoord: ", en: "Password: "), words)
            if confirm, try prompt(words.text(nl: "Nog een keer: ", en: "Again: "), words) != password {
                throw CommandFailure(
                    words.text(
                        nl: "de twee wachtwoorden verschillen; er is niets veranderd",
                        en: "the two passwords differ; nothing was changed"))
            }
        } else {
            guard let line = readLine(strippingNewline: true) else {
                throw CommandFailure(
                    words.text(
                        nl: "geen wachtwoord: typ het als erom gevraagd wordt, of geef het op de eerste regel van standaardinvoer",
                        en: "no password: type it when asked, or give it on the first line of standard input"))
            }
            password = line
        }
        if let problem = PasswordHasher.problem(with: password) { throw CommandFailure(problem) }
        return password
    }

    /// One line from the terminal with echo off; echo is restored whatever happens.
    private static func prompt(_ text: String, _ words: Words) throws -> String {
        FileHandle.standardError.write(Data(text.utf8))
        var saved = termios()
        tcgetattr(STDIN_FILENO, &saved)
        var silent = saved
        silent.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSANOW, &silent)
        defer {
            tcsetattr(STDIN_FILENO, TCSANOW, &saved)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        guard let line = readLine(strippingNewline: true) else {
            throw CommandFailure(
                words.text(
                    nl: "er is geen wachtwoord getypt; er is niets veranderd",
                    en: "no password was typed; nothing was changed"))
        }
        return line
    }
}
