import ArgumentParser
import DPIAModel
import DPIARender
import DPIASpec
import Foundation

/// `dpia new <id>`: writes the skeleton of a new spec, explained in comments in the project's language.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a new spec to fill in: every section explained, valid as written.",
        discussion: """
            The spec is written to <id>.yaml in the project's specs folder (dpia.yaml's `specs:`), else in the current \
            folder, unless --out names the file. An existing file is never overwritten. `dpia check` on the new spec \
            lists what is still to complete.

            Exit codes:
              0  the spec was written
              2  the id is not spelled as an id, the file exists already, or an option is
                 wrong
            """)

    @Argument(help: "The id of the new activity: lowercase letters, digits and '-' (for example wmo-intake).")
    var id: String

    @Option(
        name: [.customShort("o"), .customLong("out")],
        help: ArgumentHelp("The file to write (default: <specs>/<id>.yaml).", valueName: "file"))
    var output: String?

    @Option(name: .customLong("lang"), help: "Language of the spec and its explanations: nl or en (default: the project's, else nl).")
    var language: ReportLanguage?

    func run() throws {
        let project = try Project.load()
        let words = project.words(language, fallback: .nl)
        try runReportingFailures(words) {
            let path = try Self.write(id: id, to: output, project: project, language: words.language)
            print(
                words.text(
                    nl:
                        "\(ReportInputs.display(path)) geschreven; vul het in en kijk met `dpia check \(ReportInputs.display(path))` wat nog ontbreekt",
                    en:
                        "wrote \(ReportInputs.display(path)); fill it in, and `dpia check \(ReportInputs.display(path))` says what is still missing"
                ))
        }
    }

    /// Writes the skeleton of `id` and returns its path. Shared with `dpia init`.
    static func write(id: String, to output: String?, project: Project, language: ReportLanguage) throws -> String {
        let words = Words(language)
        guard Spelling.isID(id) else {
            throw CommandFailure(
                words.text(
                    nl: "'\(id)' is geen id: gebruik kleine letters, cijfers en '-' (bijvoorbeeld wmo-intake)",
                    en: "'\(id)' is not an id: use lowercase letters, digits and '-' (for example wmo-intake)"))
        }
        let folder = output.map { ($0 as NSString).deletingLastPathComponent } ?? project.file?.specs ?? "."
        let path = output ?? (folder as NSString).appendingPathComponent(id + ".yaml")
        guard !FileManager.default.fileExists(atPath: path) else {
            throw CommandFailure(
                words.text(
                    nl: "\(ReportInputs.display(path)) bestaat al; kies een andere id of --out",
                    en: "\(ReportInputs.display(path)) exists already; choose another id or --out"))
        }
        let folderPath = folder.isEmpty ? "." : folder
        let schema = (folderPath as NSString).appendingPathComponent(Init.schemaFileName)
        let skeleton = SpecSkeleton(
            id: id, language: language, organisation: project.file?.organisation,
            schemaPath: FileManager.default.fileExists(atPath: schema) ? Init.schemaFileName : nil)
        try FileManager.default.createDirectory(atPath: folderPath, withIntermediateDirectories: true)
        try OutputFolder.writeAtomically(
            Data(skeleton.text.utf8), to: URL(fileURLWithPath: folderPath),
            name: (path as NSString).lastPathComponent)
        return path
    }
}
