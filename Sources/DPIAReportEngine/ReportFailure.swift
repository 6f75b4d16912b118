import DPIAModel
import DPIARender

/// An error of the report engine, explained in words: a command prints it as `error: …` in the run's
/// language (exit code 2).
public struct ReportFailure: BilingualError, Sendable, CustomStringConvertible {
    /// The message in Dutch and English.
    public var message: LocalizedText
    /// The English words (``message``'s `en`).
    public var description: String { message.en }

    public init(nl: String, en: String) { message = LocalizedText(nl: nl, en: en) }

    /// A message that is already in the run's language (a spec's error lines), or says the same in both.
    public init(_ text: String) { message = LocalizedText(text) }

    /// The failure of writing output, in its words.
    public init(_ error: OutputError) { message = error.message }
}
