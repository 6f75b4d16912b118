import DPIAModel
import DPIARegister

/// One run of a command on an existing register: the words of its messages and the register,
/// opened when the command first asks for it (so that checks of its own options come first).
struct RegisterSession {
    /// `--lang`, else the project's language, else English.
    let words: Words
    let project: Project
    let options: RegisterOptions

    /// The register (``RegisterOptions/openExisting(_:words:)``): never creates one.
    func database() throws -> RegisterDatabase { try options.openExisting(project, words: words) }

    /// Prints the command's line in the run's language.
    func say(nl: String, en: String) { print(words.text(nl: nl, en: en)) }
}

extension RegisterOptions {
    /// Runs `body` of a register command: loads the project, takes the words of `lang`, and turns
    /// every failure into a message in those words and exit code 2 (``runReportingFailures(_:_:)``).
    @discardableResult
    func session<Value>(_ lang: LanguageOption, _ body: (RegisterSession) throws -> Value) throws -> Value {
        let project = try Project.load()
        let words = project.words(lang.language)
        return try runReportingFailures(words) { try body(RegisterSession(words: words, project: project, options: self)) }
    }
}
