/// How serious a diagnostic is.
public enum DiagnosticSeverity: String, Sendable, Hashable, Codable {
    case error, warning, note
}

/// A message about a place in a spec, printed in the compiler format
/// `path:line:column: error: message`.
///
/// A diagnostic written in both languages keeps its Dutch words too, so that a run prints every line
/// in one language (``description(in:)``); ``message`` is the English text (JSON, SARIF, old callers).
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    public var location: SourceLocation
    public var severity: DiagnosticSeverity
    public var message: String
    /// The message in both languages, when it was written in both.
    public var localized: LocalizedText?

    public init(_ severity: DiagnosticSeverity, at location: SourceLocation, _ message: String) {
        self.location = location; self.severity = severity; self.message = message
    }

    /// A diagnostic whose message exists in Dutch and English.
    public init(_ severity: DiagnosticSeverity, at location: SourceLocation, _ message: LocalizedText) {
        self.location = location; self.severity = severity; self.message = message.en; localized = message
    }

    /// The message in `language`; the English one when it was written in English only.
    public func message(in language: ReportLanguage) -> String { localized?[language] ?? message }

    public var description: String { "\(location): \(severity.rawValue): \(message)" }

    /// ``description`` in `language`: `path:line:column: error: message`.
    public func description(in language: ReportLanguage) -> String {
        "\(location): \(severity.rawValue): \(message(in: language))"
    }
}
