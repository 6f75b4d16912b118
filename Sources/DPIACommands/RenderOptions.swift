import ArgumentParser
import DPIAModel
import DPIARender
import Foundation

/// The options every command that writes documents declares: where to write, which templates, which date.
struct RenderOptions: ParsableArguments {
    @Option(name: [.customShort("o"), .customLong("out")], help: ArgumentHelp("The output folder (default: Output).", valueName: "folder"))
    var output: String?

    @Option(name: .customLong("templates"), help: ArgumentHelp("A folder of templates to use instead of Templates/.", valueName: "folder"))
    var templates: String?

    @Option(
        name: .customLong("date"),
        help: ArgumentHelp(
            "The date printed on the documents; without it they carry none and stay byte-identical.", valueName: "YYYY-MM-DD"))
    var date: String?

    /// The `--date`, checked.
    func day() throws -> CalendarDate? { try ReportInputs.day(date) }

    /// The renderer with the templates `--templates`, else the project file's `templates:` (or the default
    /// lookup) names; its notes in `words`.
    func renderer(_ project: Project = .none, words: Words) throws -> ReportRenderer {
        ReportRenderer(templates: try ReportInputs.templates(templates ?? project.file?.templates, words: words))
    }

    /// The output folder all writes stay inside: `--out`, else the project file's `output:`, else `Output`.
    /// It may be a symbolic link only when named (with `--out` or in the project file): a link `Output`
    /// committed in a repository is refused, like every link inside the output folder.
    func folder(_ project: Project = .none) -> OutputFolder {
        let named = output ?? project.file?.output
        return OutputFolder(root: URL(fileURLWithPath: named ?? "Output"), rootMayBeLink: named != nil)
    }
}
