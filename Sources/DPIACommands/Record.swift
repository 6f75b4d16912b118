import ArgumentParser
import DPIAAnalysis
import DPIAModel
import DPIARegister
import DPIASpec
import Foundation

/// `dpia record`: analyses specs and stores every new version in the register.
struct Record: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Analyse specs and store each new version of an activity, with its findings and measures, in the register.",
        discussion: """
            The register is register.sqlite in the folder of the specs, unless --db says otherwise. A version is \
            identified by a hash of its content (not of the file text): recording unchanged content adds nothing. \
            Activities that were adopted and have changed since are reported as needing re-assessment. \
            Nothing is recorded when a spec has an error.

            Exit codes:
              0  the specs were recorded (or were unchanged)
              2  a spec does not validate (nothing is recorded), two specs share an id,
                 or a wrong option
            """)

    @Argument(help: "Spec files or folders of specs (default: the folder `specs:` of the project file dpia.yaml).")
    var paths: [String] = []

    @OptionGroup var register: RegisterOptions
    @OptionGroup var day: DayOptions
    @OptionGroup var lang: LanguageOption

    func run() throws {
        let project = try Project.load()
        let pathWords = project.words(lang.language)
        let paths = try runReportingFailures(pathWords) { try project.specPaths(self.paths, words: pathWords) }
        let validation = SpecValidation(paths: paths, loader: SpecLoader())
        // --lang, else the project's language, else the language the specs are written in.
        let words = Words(project.language(lang.language) ?? validation.commonLanguage ?? .en)
        guard validation.isValid else {
            let lines =
                validation.lines(quiet: true, words: words) + [
                    words.text(
                        nl: "error: er is niets vastgelegd: herstel eerst de fouten hierboven (`dpia validate` toont elk probleem)",
                        en: "error: nothing was recorded: fix the errors above first (`dpia validate` shows every problem)")
                ]
            FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
            throw ExitCode(ExitStatus.invalidInput)
        }
        try runReportingFailures(words) {
            let recordedOn = try day.day()
            let loaded = validation.results.compactMap(\.activity)
            try Self.requireDistinctIDs(loaded, words: words)
            let assessments = Analyzer(catalogue: ProvisionCatalogueLoader.builtin).assess(all: loaded)
            let database = try RegisterDatabase(path: try register.pathForSpecs(paths, project: project))
            let outcomes = try database.record(assessments, on: recordedOn)
            print(Self.text(outcomes, assessments: assessments, path: database.path, words: words))
        }
    }

    /// Two spec files describing the same activity id cannot both be its current version.
    static func requireDistinctIDs(_ loaded: [LoadedActivity], words: Words = Words(.en)) throws {
        guard let shared = DuplicateIDCheck(loaded).shared.first else { return }
        throw CommandFailure(
            words.text(
                nl: "\(shared.locations[0].file) en \(shared.locations[1].file) beschrijven allebei verwerking '\(shared.id)'; "
                    + "elke verwerking in een register heeft een eigen id nodig",
                en: "\(shared.locations[0].file) and \(shared.locations[1].file) both describe activity '\(shared.id)'; "
                    + "each activity of a register needs its own id"))
    }

    /// What was recorded: a line for each activity, the warnings, and the totals.
    static func text(_ outcomes: [RecordOutcome], assessments: [Assessment], path: String, words: Words = Words(.en)) -> String {
        var lines: [String] = []
        for (outcome, assessment) in zip(outcomes, assessments) {
            let activity = assessment.activity
            let version = activity.version.map { words.text(nl: "versie ", en: "version ") + $0 }
            let facts = [version, activity.status?.name(in: words.language)].compactMap { $0 }
            let what =
                outcome.kind == .unchanged ? words.text(nl: "ongewijzigd", en: "unchanged") : words.text(nl: "vastgelegd ", en: "recorded ")
            var line = "\(what)  \(outcome.versionID)  \(activity.title)"
            if !facts.isEmpty { line += " (\(facts.joined(separator: ", ")))" }
            line += " — " + findingsText(assessment.findings, words: words)
            if outcome.kind == .returned {
                line += words.text(nl: "; dezelfde inhoud als een eerdere versie", en: "; same content as an earlier version")
            }
            lines.append(line)
        }
        let warning = words.text(nl: "waarschuwing: ", en: "warning: ")
        for notice in outcomes.compactMap(\.reassessment) { lines.append(warning + notice.message) }
        let new = outcomes.count { $0.kind != .unchanged }
        let (plural, unchanged) = (new == 1 ? "" : "s", outcomes.count - new)
        lines.append(
            words.text(
                nl: "\(path): \(new) nieuwe versie\(plural), \(unchanged) ongewijzigd",
                en: "\(path): \(new) new version\(plural), \(unchanged) unchanged"))
        return lines.joined(separator: "\n")
    }

    /// "3 findings (1 high, 2 medium, 0 low)", "3 bevindingen (hoog 1, midden 2, laag 0)".
    private static func findingsText(_ findings: [Finding], words: Words) -> String {
        let count = findings.count
        guard count > 0 else { return words.text(nl: "0 bevindingen", en: "0 findings") }
        let levels = Dictionary(grouping: findings, by: \.level).mapValues(\.count)
        let (high, medium, low) = (levels[.high] ?? 0, levels[.medium] ?? 0, levels[.low] ?? 0)
        return words.text(
            nl: "\(count) bevinding\(count == 1 ? "" : "en") (hoog \(high), midden \(medium), laag \(low))",
            en: "\(count) finding\(count == 1 ? "" : "s") (\(high) high, \(medium) medium, \(low) low)")
    }
}
