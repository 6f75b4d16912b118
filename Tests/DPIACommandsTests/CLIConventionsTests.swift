import ArgumentParser
import Foundation
import Testing

@testable import DPIACommands

/// The conventions every command follows: its help lists its exit codes, its help text is not broken
/// in the middle of a sentence, and an output path is always `--out` with `-o` as its short form.
@Suite struct CLIConventionsTests {
    /// Every command and subcommand of `dpia`.
    static var commands: [any ParsableCommand.Type] {
        var all: [any ParsableCommand.Type] = []
        var queue = DPIA.configuration.subcommands
        while !queue.isEmpty {
            let command = queue.removeFirst()
            all.append(command)
            queue += command.configuration.subcommands
        }
        return all
    }

    @Test func everyCommandsHelpListsItsExitCodes() {
        #expect(Self.commands.count > 20)
        for command in Self.commands {
            let help = DPIA.helpMessage(for: command, columns: 200)
            #expect(help.contains("Exit codes:"), "\(command) has no exit codes in its help")
            #expect(help.contains("  0  "), "\(command)")
            #expect(help.contains("  2  "), "\(command)")
        }
    }

    /// A paragraph of prose is one line in the help's source: the help is wrapped to the terminal,
    /// so a line break written in the middle of a sentence shows as a broken line.
    @Test func helpTextIsNotBrokenMidSentence() {
        for command in [DPIA.self] + Self.commands {
            let lines = command.configuration.discussion.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, line) in lines.enumerated().dropLast() {
                let next = lines[index + 1]
                let prose = !line.isEmpty && !line.hasPrefix(" ") && !line.hasSuffix(":")
                let nextProse = !next.isEmpty && !next.hasPrefix(" ") && !next.hasPrefix("- ")
                #expect(!(prose && nextProse), "\(command): a line break in the middle of a paragraph after '\(line)'")
            }
            // Indented lines (the exit codes) are not wrapped with their indentation: longer than a terminal,
            // their end would start at the left margin.
            for line in lines where line.hasPrefix(" ") {
                #expect(line.count <= 80, "\(command): '\(line)' is wider than a terminal")
                #expect(!line.hasSuffix("\\"), "\(command): '\(line)'")
            }
        }
    }

    @Test func everyOutputPathIsOutWithDashO() {
        for command in Self.commands {
            let help = DPIA.helpMessage(for: command, columns: 200)
            #expect(!help.contains("--output"), "\(command) still shows --output")
            if help.contains("--out ") { #expect(help.contains("-o, --out"), "\(command): --out without -o") }
        }
        for name in ["export", "diff", "report", "register", "sample", "new"] {
            let command = Self.commands.first { $0.configuration.commandName == name }
            #expect(command.map { DPIA.helpMessage(for: $0, columns: 200).contains("-o, --out") } == true, "\(name)")
        }
    }

    @Test func exportAcceptsOutAndTheOldOutput() throws {
        let parsed = try DPIA.parseAsRoot(["export", "-o", "a.json"]) as? Export
        #expect(parsed?.out == "a.json")
        let old = try DPIA.parseAsRoot(["export", "--output", "b.json"]) as? Export
        #expect(old?.oldOutput == "b.json")
    }
}
