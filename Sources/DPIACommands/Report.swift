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

    @Option(name: .customLong("lang"), help: "Language of the reports: nl or en (default: each spec's `language`).")
    var language: ReportLanguage?

    @OptionGroup var documents: RenderOptions

    @OptionGroup var register: RegisterOptions

    func run() throws {
        try runReportingFailures {
            let day = try documents.day()
            let renderer = try documents.renderer()
            let expansion = SpecPaths(paths)
            let plan = try Self.plan(expansion, progress: MeasureProgressLookup(database: register.database))
            let output = documents.folder
            let language = language
            // Load again, analyse, render and write on all cores, a window at a time; print in order.
            try SpecStream(files: expansion.files).forEach(keep: { index, result, assessment -> Result<String, CommandFailure> in
                guard let assessment else {
                    return .failure(CommandFailure("\(result.path) changed while the reports were written; run dpia report again"))
                }
                do {
                    let options = ReportOptions(language: language, date: day, progress: plan[index].progress)
                    let report = try renderer.render(assessment, options: options)
                    let folder = [plan[index].folder]
                    let markdown = try ReportInputs.write(report.markdown, to: output, folders: folder, fileName: "dpia.md")
                    _ = try ReportInputs.write(report.html, to: output, folders: folder, fileName: "dpia.html")
                    return .success("wrote \(ReportInputs.display(markdown)) and dpia.html")
                } catch let error as CommandFailure {
                    return .failure(error)
                } catch {
                    return .failure(CommandFailure("\(result.path): the report could not be rendered: \(error)"))
                }
            }, consume: { _, outcome in print(try outcome.get()) })
        }
    }

    /// What the report of one spec needs besides the spec: its output folder and measure progress.
    struct Planned: Sendable {
        var folder: String
        var progress: [String: MeasureProgress]
    }

    /// Validates every spec before anything is written, streaming so that only a window of specs is
    /// in memory: the output folder (the id, safe and unique) and the recorded progress of each.
    static func plan(_ expansion: SpecPaths, progress: MeasureProgressLookup) throws -> [Planned] {
        var progress = progress
        var identities: [(id: String, file: String)] = []
        var lookups: [[String: MeasureProgress]] = []
        var errors: [String] = []
        var invalid = 0
        try SpecStream(files: expansion.files).forEach(analysing: false, keep: { _, result, _ in result }, consume: { _, result in
            guard result.isValid, let loaded = result.activity else {
                invalid += 1
                errors += ReportInputs.errors(of: result)
                return
            }
            identities.append((loaded.activity.id, loaded.sourceMap.file))
            lookups.append(try progress.progressByMeasure(for: loaded))
        })
        try ReportInputs.requireValid(problems: expansion.problems, errors: errors, invalid: invalid, total: expansion.files.count)
        return zip(try folderNames(for: identities), lookups).map { Planned(folder: $0, progress: $1) }
    }

    /// The output folder of each activity: its id, checked to be a safe folder name and unique.
    static func folderNames(for activities: [(id: String, file: String)]) throws -> [String] {
        var owners: [String: String] = [:]
        return try activities.map { item in
            let id = item.id
            do {
                _ = try OutputFolder.safeComponent(id)
            } catch {
                throw CommandFailure("\(item.file): the id '\(id)' cannot be a folder name: use lowercase letters, digits and '-'")
            }
            if let other = owners[id] {
                throw CommandFailure("\(other) and \(item.file) have the same id '\(id)': their reports would "
                    + "overwrite each other in \(id)/; give one of them another id (keep the old one as renamed_from)")
            }
            owners[id] = item.file
            return id
        }
    }
}
