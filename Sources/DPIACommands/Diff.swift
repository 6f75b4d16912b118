import ArgumentParser
import DPIAAnalysis
import DPIADiff
import DPIAModel
import DPIARender
import DPIASpec
import Foundation

/// `dpia diff`: what changed between two versions of a spec, for a reviewer.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two versions of a spec: the processing, who sees whom, the findings and the measures.",
        discussion: """
            Each version is a spec file, a git revision of one (REV:path, for example HEAD~1:Registers/x.yaml \
            or main:Registers/x.yaml), or a version recorded in the register (activity@hash): the project \
            file's register, or the one --db names.

            Entries are matched by id, so reordering is no change, and comments and layout are ignored. An \
            entry whose id changed shows as removed and added, unless it says `renamed_from: old-id`.

            Each change is classed: wider or riskier (more data, more parties or populations that see it, \
            weaker authentication, longer retention, a ground or safeguard removed, a measure dropped or \
            postponed), narrower or safer, or neither; the wider ones are listed first.

            Both versions must be of the same activity (the same id, or the new one says `renamed_from: old-id` \
            at the top); --allow-different compares two activities anyway.

            Exit codes:
              0  the diff was shown (also when there are changes)
              1  --fail-on-new: a new finding without a measure; --fail-on-widening: a
                 widening
              2  a version is unreadable or invalid, of another activity, or an option is
                 wrong
            """
    )

    @Argument(
        help: ArgumentHelp(
            "The old version: a spec file, REV:path, or activity@hash (a version recorded in the register).", valueName: "old"))
    var old: String

    @Argument(
        help: ArgumentHelp(
            "The new version: a spec file, REV:path, or activity@hash (a version recorded in the register).", valueName: "new"))
    var new: String

    @Option(
        help: ArgumentHelp(
            "The register database, to compare versions recorded in it (default: the project file's `register`).",
            valueName: "file"))
    var db: String?

    @Option(
        help: ArgumentHelp("Output: text (for the terminal), markdown, html or json.", valueName: "format"))
    var format: DiffFormat = .text

    @Option(
        name: [.customShort("o"), .customLong("out")],
        help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"))
    var out: String?

    @Option(
        name: .customLong("fail-on-new"),
        help: ArgumentHelp(
            "Exit with 1 when new findings without a measure appear at this level or above: high, medium or low.",
            valueName: "level"))
    var failOnNew: Level?

    @Flag(
        name: .customLong("fail-on-widening"),
        help: "Exit with 1 when a change makes the processing wider or riskier.")
    var failOnWidening = false

    @Flag(
        name: .customLong("allow-different"),
        help: "Compare two specs of different activities (different ids) instead of stopping.")
    var allowDifferent = false

    @Option(
        name: .customLong("source-url"),
        help: ArgumentHelp(
            "Link line numbers (HTML, Markdown) with this address; {path}, {commit} and {line} are "
                + "filled in, for example https://git.example.org/dpia/blob/{commit}/{path}#L{line}. "
                + "Default: derived from the git remote 'origin' on GitHub, GitLab or Codeberg; "
                + "'none' for no links.", valueName: "template"))
    var sourceURL: String?

    @Option(
        help: ArgumentHelp(
            "Language of the page and the messages: nl or en (default: the project file's `language`, else the new version's).",
            valueName: "lang"))
    var lang: ReportLanguage?

    func run() throws {
        let project = try Project.load()
        // --db, else the project's register once it has been recorded into.
        let register = db ?? project.file?.register.flatMap { FileManager.default.fileExists(atPath: $0) ? $0 : nil }
        let versions: (any RecordedVersionReader)? = register.map { RegisterVersionReader(path: $0) }
        let loader = SpecLoader()
        // Before the specs are read: --lang, else the project's language, else English.
        let early = project.words(lang)
        let sides: (LoadedActivity, LoadedActivity)
        let oldSide = DiffSide(old, withRegister: register != nil), newSide = DiffSide(new, withRegister: register != nil)
        do {
            sides = (
                try oldSide.load(loader: loader, versions: versions, words: early),
                try newSide.load(loader: loader, versions: versions, words: early)
            )
        } catch {
            Self.printError(error.lines)
            throw ExitCode(ExitStatus.invalidInput)
        }
        let words = Words(project.language(lang) ?? sides.1.activity.language)
        if !allowDifferent, let problem = Self.differentActivities(old: (old, sides.0.activity), new: (new, sides.1.activity), words: words)
        {
            Self.printError([problem])
            throw ExitCode(ExitStatus.invalidInput)
        }
        let analyzer = Analyzer(catalogue: ProvisionCatalogueLoader.builtin)
        let diff = ActivityDiffer().diff(old: analyzer.assess(sides.0), new: analyzer.assess(sides.1))
        let colour =
            format == .text && out == nil
            && Self.wantsColour(isTerminal: isatty(STDOUT_FILENO) == 1, environment: ProcessInfo.processInfo.environment)
        let links = sourceURL == "none" ? nil : SourceLinkResolver(template: sourceURL)
        let page = DiffPresenter(
            language: words.language, colour: colour,
            oldLink: format == .html || format == .markdown ? links?.link(for: oldSide) : nil,
            newLink: format == .html || format == .markdown ? links?.link(for: newSide) : nil
        )
        .render(diff, as: format)
        try write(page, words: words)
        try applyGates(diff, words: words)
    }

    /// Writes the page to --out (atomically) or to standard output.
    private func write(_ page: String, words: Words) throws {
        if let out {
            do {
                let target = URL(fileURLWithPath: out)
                try OutputFolder.writeAtomically(
                    Data(page.utf8), to: target.deletingLastPathComponent(),
                    name: target.lastPathComponent)
            } catch {
                let reason =
                    (error as? OutputError).map { error -> LocalizedText in
                        if case .writeFailed(_, let reason) = error { return reason }
                        return error.message
                    } ?? FileFailure.reason(error)
                Self.printError([
                    "\(out): error: "
                        + words.text(
                            nl: "de pagina kan hier niet geschreven worden: \(reason.nl)",
                            en: "cannot write the page here: \(reason.en)")
                ])
                throw ExitCode(ExitStatus.invalidInput)
            }
        } else {
            FileHandle.standardOutput.write(Data(page.utf8))
        }
    }

    /// --fail-on-new and --fail-on-widening: exit code 1 with the findings or changes that fail the gate.
    private func applyGates(_ diff: ActivityDiff, words: Words) throws {
        if let failOnNew {
            let gate = diff.newUnaddressedFindings(atOrAbove: failOnNew)
            if !gate.isEmpty {
                Self.printError([
                    "dpia diff: "
                        + words.text(
                            nl:
                                "\(gate.count) nieuwe bevinding\(gate.count == 1 ? "" : "en") zonder maatregel op niveau \(failOnNew.word(.nl)) of hoger: ",
                            en:
                                "\(gate.count) new finding\(gate.count == 1 ? "" : "s") without a measure at level \(failOnNew.rawValue) or above: "
                        )
                        + gate.map(\.id).joined(separator: ", ")
                ])
                throw ExitCode(ExitStatus.findings)
            }
        }
        if failOnWidening, !diff.widenings.isEmpty {
            let count = diff.widenings.count
            Self.printError([
                "dpia diff: "
                    + words.text(
                        nl: "\(count) wijziging\(count == 1 ? " maakt" : "en maken") de verwerking ruimer of riskanter: ",
                        en: "\(count) change\(count == 1 ? " makes" : "s make") the processing wider or riskier: ")
                    + diff.widenings.map(\.path).joined(separator: ", ")
            ])
            throw ExitCode(ExitStatus.findings)
        }
    }

    /// Why two versions cannot be compared as versions of one activity, or nil when they can: the same
    /// id, or the new one says it was renamed from the old one's id.
    static func differentActivities(
        old: (argument: String, activity: ProcessingActivity),
        new: (argument: String, activity: ProcessingActivity), words: Words = Words(.en)
    ) -> String? {
        let before = old.activity, after = new.activity
        guard before.id != after.id, after.renamedFrom != before.id else { return nil }
        // Titles on one line (the loader already refuses control characters in them).
        let oldTitle = DiffValue.collapsingWhitespace(before.title), newTitle = DiffValue.collapsingWhitespace(after.title)
        return "dpia diff: "
            + words.text(
                nl: "\(old.argument) is de verwerking '\(before.id)' (\(oldTitle)) en \(new.argument) is "
                    + "'\(after.id)' (\(newTitle)): dit zijn twee verschillende verwerkingen, geen twee versies van één. "
                    + "Vergelijk twee versies van dezelfde spec; is de id van de verwerking veranderd, zet dan 'renamed_from: \(before.id)' "
                    + "bovenaan de nieuwe versie; of geef --allow-different om ze toch te vergelijken.",
                en: "\(old.argument) is the activity '\(before.id)' (\(oldTitle)) and \(new.argument) is "
                    + "'\(after.id)' (\(newTitle)): these are two different processing activities, not two versions of one. "
                    + "Compare two versions of the same spec; if the activity's id changed, add 'renamed_from: \(before.id)' "
                    + "at the top of the new version; or pass --allow-different to compare them anyway.")
    }

    /// Colour only on a terminal, and never when `NO_COLOR` is set (https://no-color.org).
    static func wantsColour(isTerminal: Bool, environment: [String: String]) -> Bool {
        isTerminal && environment["NO_COLOR"] == nil
    }

    private static func printError(_ lines: [String]) {
        FileHandle.standardError.write(Data(lines.map { $0 + "\n" }.joined().utf8))
    }
}
