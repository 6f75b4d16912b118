import ArgumentParser
import DPIAModel
import DPIARender
import Foundation

/// `dpia report`: writes the DPIA of each spec as Markdown and HTML.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the DPIA of each spec as Markdown and HTML: <out>/<id>/dpia.md and dpia.html.",
        discussion: """
        The report follows the Model DPIA Rijksdienst: management summary, parts A–D with sections 1–17, the \
        advice of the data protection officer and the adoption. Sections without data in the spec say what is \
        missing. The HTML file is self-contained (no network) and prints on A4.

        Templates: --templates DIR, else a folder Templates/ in the current folder or a parent, else next to \
        or above the dpia executable. Copy Templates/ to adapt the wording or the layout.

        Measure status: when the register database exists (--db, or register.sqlite next to the spec), the \
        report shows the latest recorded status of each measure instead of the spec's.

        The output is byte-identical for the same input: the report carries a date only with --date.

        Exit codes:
          0  the reports were written
          2  a spec does not validate (its errors are printed and nothing is written), a path holds no specs, \
        two specs share an id, the templates are missing, or an option is wrong
        """
    )

    @Argument(help: "Spec files or folders of specs.")
    var paths: [String]

    @Option(name: .customLong("out"), help: ArgumentHelp("The output folder.", valueName: "folder"))
    var output = "Output"

    @Option(name: .customLong("lang"), help: "Language of the reports: nl or en (default: each spec's `language`).")
    var language: ReportLanguage?

    @Option(name: .customLong("templates"), help: ArgumentHelp("A folder of templates to use instead of Templates/.", valueName: "folder"))
    var templates: String?

    @Option(name: .customLong("date"), help: ArgumentHelp("The date printed on the reports.", valueName: "YYYY-MM-DD"))
    var date: String?

    @OptionGroup var register: RegisterOptions

    func run() throws {
        try runReportingFailures {
            let day = try ReportInputs.day(date)
            let inputs = try ReportInputs(paths: paths)
            let renderer = ReportRenderer(templates: try ReportInputs.templates(templates))
            let folders = try Self.folderNames(for: inputs.loaded)
            let output = OutputFolder(root: URL(fileURLWithPath: self.output))
            var progress = MeasureProgressLookup(database: register.database)
            for (offset, assessment) in inputs.assessments.enumerated() {
                let options = ReportOptions(language: language, date: day,
                                            progress: try progress.progressByMeasure(for: inputs.loaded[offset]))
                let report = try renderer.render(assessment, options: options)
                let folder = [folders[offset]]
                let markdown = try ReportInputs.write(report.markdown, to: output, folders: folder, fileName: "dpia.md")
                _ = try ReportInputs.write(report.html, to: output, folders: folder, fileName: "dpia.html")
                print("wrote \(ReportInputs.display(markdown)) and dpia.html")
            }
        }
    }

    /// The output folder of each activity: its id, checked to be a safe folder name and unique.
    static func folderNames(for loaded: [LoadedActivity]) throws -> [String] {
        var owners: [String: String] = [:]
        return try loaded.map { item in
            let id = item.activity.id
            do {
                _ = try OutputFolder.safeComponent(id)
            } catch {
                throw CommandFailure("\(item.sourceMap.file): the id '\(id)' cannot be a folder name: use lowercase letters, digits and '-'")
            }
            if let other = owners[id] {
                throw CommandFailure("\(other) and \(item.sourceMap.file) have the same id '\(id)': their reports would "
                    + "overwrite each other in \(id)/; give one of them another id (keep the old one as renamed_from)")
            }
            owners[id] = item.sourceMap.file
            return id
        }
    }
}
