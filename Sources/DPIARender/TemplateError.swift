/// Why templates could not be found, read or parsed.
public enum TemplateError: Error, Equatable, CustomStringConvertible {
    /// No templates folder was found; `searched` lists every place that was tried.
    case notFound(searched: [String])
    /// A folder given with `--templates` does not exist or lacks a template.
    case missingTemplate(name: String, root: String)
    /// A template has a syntax error.
    case syntax(file: String, line: Int, column: Int, message: String)
    /// A template file could not be read; `reason` says why, for a person.
    case unreadable(file: String, reason: String)

    public var description: String {
        switch self {
        case .notFound(let searched):
            "dpia's own templates were not found. Looked for a folder 'Templates' containing dpia.md.mustache in:\n"
                + searched.map { "  - \($0)" }.joined(separator: "\n")
                + "\nGive the folder with --templates DIR (copy Templates/ from the DPIAKit repository to adapt it)."
        case .missingTemplate(let name, let root):
            "the templates folder \(root) has no \(name).mustache; copy it from Templates/ in the DPIAKit repository"
        case .syntax(let file, let line, let column, let message):
            "\(file):\(line):\(column): error: template syntax: \(message)"
        case .unreadable(let file, let reason):
            "cannot read template \(file): \(reason)"
        }
    }
}
