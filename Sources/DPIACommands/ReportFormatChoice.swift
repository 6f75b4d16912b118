import DPIAModel
import Foundation

/// Which formats `dpia report` writes: `--format`, else the project file's `formats:`, else Markdown and HTML.
enum ReportFormatChoice {
    /// The formats of `--format` (a comma-separated list), else of the project; an unknown word is a
    /// ``CommandFailure`` (exit code 2) naming the formats there are.
    static func formats(_ option: String?, project: Project, words: Words) throws -> [ReportFormat] {
        guard let option else { return project.file?.formats ?? ReportFormat.defaults }
        switch ReportFormat.list(option) {
        case .success(let formats): return formats
        case .failure(let problem): throw CommandFailure("--format: " + problem.message[words.language])
        }
    }

    /// "wrote Output/x/dpia.md, dpia.html and dpia.docx": the first file of a report and the names of the others.
    static func wroteLine(_ first: String, formats: [ReportFormat], words: Words) -> String {
        let names = [ReportInputs.display(first)] + formats.dropFirst().map(\.fileName)
        let joined =
            names.count == 1
            ? names[0]
            : names.dropLast().joined(separator: ", ") + words.text(nl: " en ", en: " and ") + names[names.count - 1]
        return words.text(nl: "\(joined) geschreven", en: "wrote \(joined)")
    }
}
