/// A file format `dpia report` writes: `--format md,html,docx,pdf`, or `formats:` in the project file.
public enum ReportFormat: String, Sendable, Hashable, Codable, CaseIterable {
    case md, html, docx, pdf

    /// The formats written when none are named: Markdown and HTML.
    public static let defaults: [ReportFormat] = [.md, .html]

    /// The report file of this format in an activity's folder: `dpia.md`, `dpia.html`, `dpia.docx`, `dpia.pdf`.
    public var fileName: String { "dpia." + rawValue }

    /// The formats of a comma-separated list (`md,html,docx`), in the order of ``allCases`` and without
    /// repeats; a failure names the word that is no format and the formats there are.
    public static func list(_ text: String) -> Result<[ReportFormat], ReportFormatError> {
        var named = Set<ReportFormat>()
        for word in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
            guard let format = ReportFormat(rawValue: word == "markdown" ? "md" : word == "word" ? "docx" : word) else {
                return .failure(ReportFormatError(word: word))
            }
            named.insert(format)
        }
        guard !named.isEmpty else { return .failure(ReportFormatError(word: text)) }
        return .success(allCases.filter(named.contains))
    }
}

/// A word in a list of report formats that is no format.
public struct ReportFormatError: BilingualError, Sendable, CustomStringConvertible {
    public var word: String
    /// The English words (``message``'s `en`).
    public var description: String { message.en }

    /// The message in Dutch and English.
    public var message: LocalizedText {
        LocalizedText(
            nl: "onbekend rapportformaat '\(word)'; schrijf een of meer van md, html, docx, pdf, gescheiden door komma's, "
                + "bijvoorbeeld 'md,html,docx'",
            en: "unknown report format '\(word)'; write one or more of md, html, docx, pdf separated by commas, "
                + "for example 'md,html,docx'")
    }
}
