import ArgumentParser
import DPIAModel
import DPIARender
import DPIAReportEngine
import Foundation

/// `dpia report`: writes the DPIA of each spec as Markdown and HTML, and as Word and PDF when asked.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the DPIA of each spec as Markdown and HTML (and Word, PDF): <out>/<id>/dpia.md, dpia.html, dpia.docx, dpia.pdf.",
        discussion: """
            The report follows the Model DPIA Rijksdienst: management summary, parts A–D with sections 1–17, the \
            advice of the data protection officer and the adoption. Sections without data in the spec say what is \
            missing. The HTML file is self-contained (no network) and prints on A4.

            Templates: --templates DIR, else dpia's own templates (next to the dpia executable, installed beside it, \
            or in the repository it was built from). A Templates/ folder in the current folder is used only when \
            named with --templates. Copy Templates/ to adapt the wording or the layout.

            Formats: --format md,html,docx,pdf (default md,html, or the project file's `formats:`). Word (docx) is \
            written by pandoc from the Markdown report, with the styles of reference.docx in the templates folder \
            (replace it with your house style); PDF is the HTML report printed by Chromium (A4, page numbers). \
            Install them with `sudo apt-get install pandoc chromium`; without them dpia says so and writes nothing.

            Measure status: when the register database exists (--db, or register.sqlite next to the spec), the \
            report shows the latest recorded status of each measure instead of the spec's.

            The output is byte-identical for the same input: the report carries a date only with --date.

            Only what changed is written: a report is written again when its spec, the templates, --lang, \
            --date, the measure status in the register or dpia itself changed since the last run, or when its \
            files in the output folder were changed or removed. The other reports are left as they are. \
            What the last run wrote is kept in <out>/.dpia-report-state.json; --force writes every report.

            Nothing is written unless every spec validates: the reports are first written into a hidden \
            folder inside the output folder and then moved into place, each file replaced at once.

            Exit codes:
              0  the reports were written (or were already up to date)
              2  a spec does not validate (its errors are printed and nothing is
                 written), a path holds no specs, two specs share an id, the
                 templates are missing, a converter for docx or pdf is missing,
                 or an option is wrong
            """
    )

    @Argument(help: "Spec files or folders of specs (default: the folder `specs:` of the project file dpia.yaml).")
    var paths: [String] = []

    @Option(
        name: .customLong("lang"), help: "Language of the reports: nl or en (default: the project file's `language`, else each spec's).")
    var language: ReportLanguage?

    @Flag(name: .customLong("force"), help: "Write every report, also those that are up to date.")
    var force = false

    @Option(
        name: .customLong("format"),
        help: ArgumentHelp(
            "The formats to write, separated by commas: md, html, docx, pdf (default: the project file's `formats`, else md,html).",
            valueName: "formats"))
    var format: String?

    @OptionGroup var documents: RenderOptions

    @OptionGroup var register: RegisterOptions

    func run() throws {
        let project = try Project.load()
        let language = project.language(self.language)
        // Only a language asked for (--lang, the project) changes these lines: without one they stay English.
        let words = project.words(language)
        try runReportingFailures(words) {
            let day = try documents.day()
            let renderer = try documents.renderer(project, words: words)
            let formats = try ReportFormatChoice.formats(format, project: project, words: words)
            // Before anything is read or written: a missing converter ends the run here.
            let converters = try ReportConverters.find(for: formats, templates: renderer.templates)
            let expansion = SpecPaths(try project.specPaths(paths, words: project.words(language)))
            var run = ReportRun(
                files: expansion.files, problems: expansion.problems.map { $0.description(in: words.language) }, renderer: renderer,
                language: language, date: day,
                progress: MeasureProgressLookup(database: register.named(project)), output: documents.folder(project),
                formats: formats, converters: converters, force: force)
            let progress = ProgressLine(total: expansion.files.count, threshold: run.window)
            // The line goes before anything else is printed: once every spec is read, or on an error.
            run.progressed = { done, total in done < total ? progress?.show(done) : progress?.clear() }
            let folder = documents.folder(project)
            run.waiting = { ReportInputs.sayWaiting(for: folder, words: words) }
            let summary = try withExtendedLifetime(progress) {
                defer { progress?.clear() }
                do {
                    return try run.run(wrote: { print(ReportFormatChoice.wroteLine($0, formats: formats, words: words)) })
                } catch let invalid as ReportRun.InvalidSpecs {
                    try ReportInputs.requireValid(
                        problems: invalid.problems, errors: invalid.errors, invalid: invalid.invalid,
                        total: invalid.total, words: words)
                    throw invalid
                }
            }
            print(Self.closingLine(written: summary.written.count, unchanged: summary.unchanged, words: words))
        }
    }

    /// The last line of the output: how many reports were written and how many were already up to date.
    static func closingLine(written: Int, unchanged: Int, words: Words = Words(.en)) -> String {
        if words.language == .nl {
            let reports = "\(written) rapport\(written == 1 ? "" : "en")"
            switch (written, unchanged) {
            case (_, 0): return "\(reports) geschreven"
            case (0, _):
                return unchanged == 1
                    ? "het rapport is bijgewerkt; er is niets geschreven (--force schrijft het opnieuw)"
                    : "alle \(unchanged) rapporten zijn bijgewerkt; er is niets geschreven (--force schrijft ze opnieuw)"
            default: return "\(reports) geschreven, \(unchanged) ongewijzigd sinds de vorige keer"
            }
        }
        return switch (written, unchanged) {
        case (_, 0): "\(SpecValidation.count(written, "report")) written"
        case (0, _):
            unchanged == 1
                ? "the report is up to date; nothing was written (--force writes it again)"
                : "all \(unchanged) reports are up to date; nothing was written (--force writes them again)"
        default: "\(SpecValidation.count(written, "report")) written, \(unchanged) unchanged since the last run"
        }
    }
}
