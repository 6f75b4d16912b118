import ArgumentParser
import DPIAAnalysis
import DPIAModel
import DPIASpec
import Foundation

/// The root command of `dpia`.
public struct DPIA: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "dpia",
        abstract: "Data Protection Impact Assessments and the register of processing activities from YAML specs.",
        discussion: """
            Exit codes:
              0  everything is fine
              1  findings at or above --fail-on (check) or --fail-on-new (diff)
              2  invalid input or usage: a spec that does not validate, a missing file, a
                 wrong option
            """,
        version: BuildInfo.line,
        subcommands: [
            Init.self, New.self, Validate.self, Check.self, Rules.self, Provisions.self, Report.self, RegisterCommand.self,
            Record.self, Actions.self, History.self, Export.self, Restore.self, Diff.self, Sample.self, Serve.self, Users.self,
        ]
    )

    public init() {}

    /// Runs `dpia` with `arguments` and returns the exit code; usage errors exit with 2, not 64.
    public static func run(arguments: [String]) -> Int32 {
        // No command: the help, as a usage error (exit code 2).
        if arguments.isEmpty {
            FileHandle.standardError.write(Data((helpMessage() + "\n").utf8))
            return ExitStatus.invalidInput
        }
        if let first = arguments.first, let message = unknownCommandMessage(first, arguments: arguments) {
            FileHandle.standardError.write(Data((message + "\n").utf8))
            return ExitStatus.invalidInput
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            return ExitCode.success.rawValue
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                // --help, --version: print as argument-parser does.
                print(fullMessage(for: error))
                return 0
            }
            if let exit = error as? ExitCode { return exit.rawValue }
            let message = UsageErrorText.text(fullMessage(for: error), in: runLanguage(arguments))
            if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            return code == .validationFailure ? ExitStatus.invalidInput : code.rawValue
        }
    }
}

extension DPIA {
    /// The names of the commands.
    static var commandNames: [String] {
        configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
    }

    /// The language of a run's messages before its command could be read: `--lang` when the arguments say
    /// it, else the project's language (also from a project file with a mistake, when its `language:`
    /// could be read; the mistake is for the commands to report), else English.
    static func runLanguage(_ arguments: [String]) -> ReportLanguage {
        for (index, argument) in arguments.enumerated() {
            let value =
                argument.hasPrefix("--lang=")
                ? String(argument.dropFirst(7)) : argument == "--lang" && index + 1 < arguments.count ? arguments[index + 1] : nil
            if let value, let language = ReportLanguage(rawValue: value) { return language }
        }
        let current = FileManager.default.currentDirectoryPath
        guard let path = ProjectFile.find(from: current) else { return .en }
        switch ProjectFile.load(file: path) {
        case .success(let file): return file.language ?? .en
        case .failure(let error): return error.language ?? .en
        }
    }

    /// For a first argument that is no command and no option: the message naming the closest command,
    /// in the language of the run's `arguments`.
    static func unknownCommandMessage(_ word: String, arguments: [String]) -> String? {
        guard !word.hasPrefix("-"), !commandNames.contains(word) else { return nil }
        let words = Words(runLanguage(arguments))
        let suggestion =
            Suggestion.closest(to: word, in: commandNames)
            .map { words.text(nl: "; bedoelt u '\($0)'?", en: "; did you mean '\($0)'?") } ?? ""
        return words.text(
            nl: "error: '\(word)' is geen dpia-commando\(suggestion) (`dpia --help` toont de commando's)",
            en: "error: '\(word)' is not a dpia command\(suggestion) (`dpia --help` lists the commands)")
    }
}

/// The documented exit codes.
public enum ExitStatus {
    public static let ok: Int32 = 0
    public static let findings: Int32 = 1
    public static let invalidInput: Int32 = 2
}
