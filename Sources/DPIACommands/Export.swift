import ArgumentParser
import DPIARegister
import DPIARender
import Foundation

/// `dpia export`: the whole register as JSON.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the whole register as JSON (every version, finding, measure and update).",
        discussion: """
            Restore it with `dpia restore <file> --db <new file>`. Example: dpia export --db register.sqlite > register.json

            Exit codes:
              0  the register was written
              2  no register, the file cannot be written, or a wrong option
            """)

    @Option(
        name: [.customShort("o"), .customLong("out")],
        help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var out: String?

    /// The spelling of --out before all commands used --out; still accepted, not shown in the help.
    @Option(name: .customLong("output"), help: .hidden)
    var oldOutput: String?

    @OptionGroup var register: RegisterOptions
    @OptionGroup var lang: LanguageOption

    func run() throws {
        try register.session(lang) { session in
            let json = try session.database().exportJSON() + Data("\n".utf8)
            if let output = out ?? oldOutput {
                let target = URL(fileURLWithPath: output)
                try OutputFolder.writeAtomically(json, to: target.deletingLastPathComponent(), name: target.lastPathComponent)
            } else {
                FileHandle.standardOutput.write(json)
            }
        }
    }
}
