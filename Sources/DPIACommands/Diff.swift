import ArgumentParser
import DPIAAnalysis
import DPIADiff
import DPIAModel
import DPIASpec
import Foundation

/// `dpia diff`: what changed between two versions of a spec, for a reviewer.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two versions of a spec: the processing, who sees whom, the findings and the measures.",
        discussion: """
        Each version is a spec file, a git revision of one (REV:path, for example HEAD~1:Registers/x.yaml \
        or main:Registers/x.yaml), or a version recorded in the register (activity@hash) with --db.

        Entries are matched by id, so reordering is no change, and comments and layout are ignored. An \
        entry whose id changed shows as removed and added, unless it says `renamed_from: old-id`.

        Exit codes:
          0  the diff was shown (also when there are changes)
          1  --fail-on-new: new unaddressed findings at or above the level
          2  a version could not be read or does not validate, or an option is wrong
        """
    )

    @Argument(help: ArgumentHelp("The old version: a spec file, REV:path, or activity@hash with --db.", valueName: "old"))
    var old: String

    @Argument(help: ArgumentHelp("The new version: a spec file, REV:path, or activity@hash with --db.", valueName: "new"))
    var new: String

    @Option(help: ArgumentHelp("The register database, to compare versions recorded in it.", valueName: "file"))
    var db: String?

    @Option(help: ArgumentHelp("Output: text (for the terminal), markdown, html or json.", valueName: "format"),
            transform: { try Diff.word($0, option: "--format", as: DiffFormat.self) })
    var format: DiffFormat = .text

    @Option(help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"))
    var out: String?

    @Option(name: .customLong("fail-on-new"),
            help: ArgumentHelp("Exit with 1 when new findings without a measure appear at this level or above: high, medium or low.",
                               valueName: "level"),
            transform: { try Diff.word($0, option: "--fail-on-new", as: Level.self) })
    var failOnNew: Level?

    @Option(help: ArgumentHelp("Language of the page: nl or en (default: the new version's language).", valueName: "lang"),
            transform: { try Diff.word($0, option: "--lang", as: ReportLanguage.self) })
    var lang: ReportLanguage?

    func run() throws {
        let versions: (any RecordedVersionReader)? = db.map { RegisterVersionReader(path: $0) }
        let loader = SpecLoader()
        let sides: (LoadedActivity, LoadedActivity)
        do {
            sides = (try DiffSide(old, withRegister: db != nil).load(loader: loader, versions: versions),
                     try DiffSide(new, withRegister: db != nil).load(loader: loader, versions: versions))
        } catch {
            Self.printError(error.lines)
            throw ExitCode(ExitStatus.invalidInput)
        }
        let analyzer = Analyzer(catalogue: ProvisionCatalogueLoader.builtin)
        let diff = ActivityDiffer().diff(old: analyzer.assess(sides.0), new: analyzer.assess(sides.1))
        let colour = format == .text && out == nil
            && Self.wantsColour(isTerminal: isatty(STDOUT_FILENO) == 1, environment: ProcessInfo.processInfo.environment)
        let page = DiffPresenter(language: lang ?? diff.new.language, colour: colour).render(diff, as: format)
        if let out {
            do {
                try Data(page.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
            } catch {
                Self.printError(["\(out): error: cannot write the page here (\(error.localizedDescription)); "
                                 + "check that the folder exists and is writable"])
                throw ExitCode(ExitStatus.invalidInput)
            }
        } else {
            FileHandle.standardOutput.write(Data(page.utf8))
        }
        if let failOnNew {
            let gate = diff.newUnaddressedFindings(atOrAbove: failOnNew)
            if !gate.isEmpty {
                Self.printError(["dpia diff: \(gate.count) new finding\(gate.count == 1 ? "" : "s") without a measure "
                                 + "at level \(failOnNew.rawValue) or above: " + gate.map(\.id).joined(separator: ", ")])
                throw ExitCode(ExitStatus.findings)
            }
        }
    }

    /// Colour only on a terminal, and never when `NO_COLOR` is set (https://no-color.org).
    static func wantsColour(isTerminal: Bool, environment: [String: String]) -> Bool {
        isTerminal && environment["NO_COLOR"] == nil
    }

    /// Parses a vocabulary word of an option, naming the allowed values when it is wrong.
    static func word<Value: RawRepresentable & CaseIterable>(_ text: String, option: String,
                                                             as type: Value.Type) throws -> Value
        where Value.RawValue == String {
        if let value = Value(rawValue: text.lowercased()) { return value }
        let allowed = Value.allCases.map(\.rawValue).joined(separator: ", ")
        throw ValidationError("\(option) '\(text)' is not one of: \(allowed)")
    }

    private static func printError(_ lines: [String]) {
        FileHandle.standardError.write(Data(lines.map { $0 + "\n" }.joined().utf8))
    }
}
