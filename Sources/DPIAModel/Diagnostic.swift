/// How serious a diagnostic is.
public enum DiagnosticSeverity: String, Sendable, Hashable, Codable {
    case error, warning, note
}

/// A message about a place in a spec, printed in the compiler format
/// `path:line:column: error: message`.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    public var location: SourceLocation
    public var severity: DiagnosticSeverity
    public var message: String

    public init(_ severity: DiagnosticSeverity, at location: SourceLocation, _ message: String) {
        self.location = location; self.severity = severity; self.message = message
    }

    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}
