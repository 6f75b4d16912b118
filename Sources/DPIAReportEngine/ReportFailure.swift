/// An error of the report engine, explained in words: a command prints it as `error: …` (exit code 2).
public struct ReportFailure: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
