import DPIAModel
import Foundation

/// swift-argument-parser's messages about a wrong command line (an unknown option, a missing argument
/// or value), said in Dutch in a Dutch run. The option names, the option's help and the usage line stay
/// as they are: they are what the person types; so does the `Help:` line, whose help text is English.
/// A line this table does not know is kept in English. The Dutch lines begin with `error:`, as dpia's
/// own messages do.
enum UsageErrorText {
    /// `message` (argument-parser's full message) in `language`.
    static func text(_ message: String, in language: ReportLanguage) -> String {
        guard language == .nl else { return message }
        return message.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in lines.lazy.compactMap { $0(String(line)) }.first ?? String(line) }
            .joined(separator: "\n")
    }

    /// Each known line of argument-parser, in Dutch; the captures are the names and values typed.
    private static let lines: [@Sendable (String) -> String?] = [
        {
            $0.wholeMatch(of: /Error: Unknown option '([^']*)'\. Did you mean '([^']*)'\?/)
                .map { "error: onbekende optie '\($0.1)'; bedoelt u '\($0.2)'?" }
        },
        { $0.wholeMatch(of: /Error: Unknown option '([^']*)'/).map { "error: onbekende optie '\($0.1)'" } },
        { $0.wholeMatch(of: /Error: Unexpected argument '([^']*)'/).map { "error: onverwacht argument '\($0.1)'" } },
        { $0.wholeMatch(of: /Error: Missing expected argument '([^']*)'/).map { "error: het argument '\($0.1)' ontbreekt" } },
        { $0.wholeMatch(of: /Error: Missing value for '([^']*)'/).map { "error: '\($0.1)' heeft een waarde nodig" } },
        {
            $0.wholeMatch(of: /Error: The value '([^']*)' is invalid for '([^']*)'\. Please provide one of (.*)\./)
                .map {
                    "error: de waarde '\($0.1)' is ongeldig voor '\($0.2)'; kies uit "
                        + $0.3.replacingOccurrences(of: "' or '", with: "' of '")
                }
        },
        {
            $0.wholeMatch(of: /Error: The value '([^']*)' is invalid for '([^']*)'(.*)/)
                .map { "error: de waarde '\($0.1)' is ongeldig voor '\($0.2)'\($0.3)" }
        },
        { $0.wholeMatch(of: /Usage: (.*)/).map { "Gebruik: \($0.1)" } },
        { $0.wholeMatch(of: /\ \ See '([^']*)' for more information\./).map { "  Zie '\($0.1)' voor meer uitleg." } },
    ]
}
