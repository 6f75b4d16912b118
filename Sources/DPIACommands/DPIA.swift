import ArgumentParser
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
          2  invalid input or usage: a spec that does not validate, a missing file, a wrong option
        """,
        subcommands: [
            Validate.self, Check.self, Rules.self, Report.self, RegisterCommand.self,
            Record.self, Actions.self, History.self, Export.self, Restore.self, Diff.self, Sample.self, Serve.self, Users.self,
        ]
    )

    public init() {}

    /// Runs `dpia` with `arguments` and returns the exit code; usage errors exit with 2, not 64.
    public static func run(arguments: [String]) -> Int32 {
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
            let message = fullMessage(for: error)
            if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            return code == .validationFailure ? ExitStatus.invalidInput : code.rawValue
        }
    }
}

/// The documented exit codes.
public enum ExitStatus {
    public static let ok: Int32 = 0
    public static let findings: Int32 = 1
    public static let invalidInput: Int32 = 2
}
