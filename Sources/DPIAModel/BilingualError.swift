/// An error that explains itself in Dutch and English: a command prints `message` in the run's
/// language as `error: …` (exit code 2).
public protocol BilingualError: Error {
    /// What went wrong and what would be right, in both languages.
    var message: LocalizedText { get }
}
