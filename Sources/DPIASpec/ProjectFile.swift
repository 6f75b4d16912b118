import DPIAModel
import Foundation
import Yams

/// The project file `dpia.yaml` at the root of an organisation's folder: the settings every command
/// uses when no option names them (organisation, language, where the specs are, the register
/// database, the output folder, the templates).
///
/// Found upward from the working folder, like `.git` or `.swiftlint.yml` (``find(from:)``). Paths in
/// it are relative to the folder that holds it. Unknown keys, duplicate keys and values of the wrong
/// shape are errors with file:line:column, as in specs.
public struct ProjectFile: Sendable, Equatable {
    /// The name of the project file.
    public static let fileName = "dpia.yaml"

    /// The keys a project file may hold, in the order `dpia init` writes them.
    public static let keys = ["organisation", "language", "specs", "register", "output", "templates", "formats"]

    /// The absolute path of the project file.
    public var path: String
    /// The name of the organisation (for the register's title and `dpia init`).
    public var organisation: String?
    /// The language of every command's output and of new specs.
    public var language: ReportLanguage?
    /// The folder of the specs, absolute.
    public var specs: String?
    /// The register database file, absolute.
    public var register: String?
    /// The output folder of reports and registers, absolute.
    public var output: String?
    /// A folder of templates, absolute; named by the project, so used like `--templates`.
    public var templates: String?
    /// The formats `dpia report` writes when `--format` is not given (`formats: md,html,docx,pdf`).
    public var formats: [ReportFormat]?

    public init(
        path: String, organisation: String? = nil, language: ReportLanguage? = nil, specs: String? = nil,
        register: String? = nil, output: String? = nil, templates: String? = nil
    ) {
        self.path = path; self.organisation = organisation; self.language = language; self.specs = specs
        self.register = register; self.output = output; self.templates = templates
    }

    /// The folder that holds the project file.
    public var folder: String { (path as NSString).deletingLastPathComponent }

    /// The project file in `directory` or the nearest of its parents, or nil.
    /// `fileExists` is injectable for tests.
    public static func find(
        from directory: String,
        fileExists: (String) -> Bool = { FileManager.default.fileExists(atPath: $0) }
    ) -> String? {
        var folder = URL(fileURLWithPath: directory).standardizedFileURL.path
        while true {
            let candidate = folder == "/" ? "/" + fileName : folder + "/" + fileName
            if fileExists(candidate) { return candidate }
            guard folder != "/", !folder.isEmpty else { return nil }
            folder = (folder as NSString).deletingLastPathComponent
        }
    }

    /// The largest project file read: a few lines are all it needs.
    static let limits: SpecLimits = {
        var limits = SpecLimits.default
        limits.maxFileBytes = 64 << 10
        return limits
    }()

    /// Reads the project file at `path`; the diagnostics say what is wrong and where.
    public static func load(file path: String) -> Result<ProjectFile, ProjectFileError> {
        switch SpecFile.read(path, limits: limits) {
        case .text(let text): load(text: text, path: path)
        case .refused(let diagnostic): .failure(ProjectFileError(diagnostics: [diagnostic]))
        }
    }

    /// Reads a project file's text as if read from `path`.
    public static func load(text: String, path: String) -> Result<ProjectFile, ProjectFileError> {
        let text = text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
        var diagnostics: [Diagnostic] = []
        func error(_ message: LocalizedText, at position: TextPosition) {
            diagnostics.append(Diagnostic(.error, at: SourceLocation(file: path, line: position.line, column: position.column), message))
        }
        var project = ProjectFile(path: URL(fileURLWithPath: path).standardizedFileURL.path)
        switch YAMLComposer.compose(text) {
        case .empty:
            return .success(project)
        case .refused(_, let position):
            error(
                LocalizedText(
                    nl: "het projectbestand is te diep genest of herhaalt te veel tekst via aliassen (*naam); "
                        + "een projectbestand is een korte lijst sleutels zoals 'language: nl'",
                    en: "the project file nests too deeply or repeats too much text through aliases (*name); "
                        + "a project file is a short list of keys such as 'language: nl'"), at: position)
            return .failure(ProjectFileError(diagnostics: diagnostics))
        case .unreadable:
            let failure: Error
            do { _ = try Parser(yaml: text).singleRoot(); failure = Unreadable() } catch let yamsError { failure = yamsError }
            return .failure(ProjectFileError(diagnostics: [YAMLErrorTranslator.diagnostic(for: failure, text: text, file: path)]))
        case .document(let root):
            guard case .mapping(let mapping) = root else {
                error(
                    LocalizedText(
                        nl: "een projectbestand bevat sleutels met waarden, zoals 'language: nl'; toegestane sleutels: "
                            + keys.joined(separator: ", "),
                        en: "a project file holds keys with values, such as 'language: nl'; allowed keys: "
                            + keys.joined(separator: ", ")), at: root.position)
                return .failure(ProjectFileError(diagnostics: diagnostics))
            }
            var seen: Set<String> = []
            for (keyNode, valueNode) in mapping.pairs {
                guard case .scalar(let key) = keyNode else {
                    error(
                        LocalizedText(nl: "een sleutel is een woord zoals 'language'", en: "a key must be a word such as 'language'"),
                        at: keyNode.position)
                    continue
                }
                guard keys.contains(key.string) else {
                    let quoted = SpecReader.quote(key.string), allowed = keys.joined(separator: ", ")
                    let suggestion = Suggestion.closest(to: key.string, in: keys).map(SpecReader.quote)
                    error(
                        LocalizedText(
                            nl: "onbekende sleutel \(quoted) in het projectbestand"
                                + (suggestion.map { "; bedoelt u \($0)?" } ?? "; toegestane sleutels: " + allowed),
                            en: "unknown key \(quoted) in the project file"
                                + (suggestion.map { "; did you mean \($0)?" } ?? "; allowed keys: " + allowed)),
                        at: key.position)
                    continue
                }
                guard seen.insert(key.string).inserted else {
                    error(
                        LocalizedText(
                            nl: "de sleutel '\(key.string)' staat er twee keer in; houd er één over",
                            en: "the key '\(key.string)' is written twice; keep one"), at: key.position)
                    continue
                }
                guard case .scalar(let value) = valueNode, !value.string.isEmpty else {
                    error(
                        LocalizedText(
                            nl: "'\(key.string)' heeft één waarde op dezelfde regel nodig, bijvoorbeeld " + example(key.string),
                            en: "'\(key.string)' needs one value on the same line, for example " + example(key.string)),
                        at: valueNode.position)
                    continue
                }
                let text = value.string
                switch key.string {
                case "organisation": project.organisation = text
                case "language":
                    guard let language = ReportLanguage(rawValue: text) else {
                        error(
                            LocalizedText(
                                nl: "onbekende taal \(SpecReader.quote(text)); toegestaan: nl, en",
                                en: "unknown language \(SpecReader.quote(text)); allowed: nl, en"), at: value.position)
                        continue
                    }
                    project.language = language
                case "specs": project.specs = absolute(text, in: project.folder)
                case "register": project.register = absolute(text, in: project.folder)
                case "output": project.output = absolute(text, in: project.folder)
                case "formats":
                    switch ReportFormat.list(text) {
                    case .success(let formats): project.formats = formats
                    case .failure(let problem):
                        error(problem.message, at: value.position)
                    }
                default: project.templates = absolute(text, in: project.folder)
                }
            }
        }
        return diagnostics.isEmpty
            ? .success(project) : .failure(ProjectFileError(diagnostics: diagnostics, language: project.language))
    }

    private static func example(_ key: String) -> String {
        switch key {
        case "organisation": "'organisation: Gemeente Voorbeeld'"
        case "language": "'language: nl'"
        case "specs": "'specs: specs'"
        case "register": "'register: register.sqlite'"
        case "output": "'output: Output'"
        case "formats": "'formats: md,html,docx,pdf'"
        default: "'templates: Templates'"
        }
    }

    private static func absolute(_ path: String, in folder: String) -> String {
        let joined = path.hasPrefix("/") ? path : folder + "/" + path
        return URL(fileURLWithPath: joined).standardizedFileURL.path
    }

    /// Yams composed a text that ``YAMLComposer`` could not (never seen).
    private struct Unreadable: Error {}
}

/// Why a project file cannot be used: its diagnostics, each with file, line and column.
public struct ProjectFileError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    /// The file's `language:` when that key could be read: the language to say the rest in.
    public var language: ReportLanguage?

    public init(diagnostics: [Diagnostic], language: ReportLanguage? = nil) {
        self.diagnostics = diagnostics
        self.language = language
    }

    /// The diagnostics in English.
    public var description: String { description(in: .en) }

    /// The diagnostics in `language`, one a line.
    public func description(in language: ReportLanguage) -> String {
        diagnostics.map { $0.description(in: language) }.joined(separator: "\n")
    }
}
