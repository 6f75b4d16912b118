import ArgumentParser
import DPIAModel
import DPIASpec
import Foundation

/// The project of this run: the `dpia.yaml` found upward from the working folder (``ProjectFile``),
/// or none. Options given on the command line always win over it; without a project file every
/// command behaves as it did before project files existed.
struct Project {
    /// The project file, or nil when there is none.
    let file: ProjectFile?

    /// No project file.
    static let none = Project(file: nil)

    /// The project file of `directory` (default: the working folder). A project file that cannot be
    /// used prints its diagnostics and ends the run with exit code 2: a command never silently
    /// ignores the settings someone wrote down.
    static func load(from directory: String = FileManager.default.currentDirectoryPath) throws -> Project {
        guard let path = ProjectFile.find(from: directory) else { return .none }
        switch ProjectFile.load(file: path) {
        case .success(let file):
            return Project(file: file)
        case .failure(let error):
            // In the file's own language when it could be read, as every other message of a project.
            FileHandle.standardError.write(Data((error.description(in: error.language ?? .en) + "\n").utf8))
            throw ExitCode(ExitStatus.invalidInput)
        }
    }

    /// `--lang`, else the project's language (nil: the command's own default, such as each spec's language).
    func language(_ explicit: ReportLanguage?) -> ReportLanguage? { explicit ?? file?.language }

    /// The words of this run's messages: `--lang`, else the project's language, else `fallback`.
    func words(_ explicit: ReportLanguage? = nil, fallback: ReportLanguage = .en) -> Words {
        Words(language(explicit) ?? fallback)
    }

    /// The spec files or folders to read: those given, else the project's `specs:` folder.
    func specPaths(_ given: [String], words: Words) throws -> [String] {
        if !given.isEmpty { return given }
        if let specs = file?.specs { return [ReportInputs.display(specs)] }   // short paths in messages
        if let file {
            throw CommandFailure(
                words.text(
                    nl: "geef specbestanden of mappen op, of zet 'specs: <map>' in \(ReportInputs.display(file.path))",
                    en: "name spec files or folders, or write 'specs: <folder>' in \(ReportInputs.display(file.path))"))
        }
        throw CommandFailure(
            words.text(
                nl: "geef specbestanden of mappen op (bijvoorbeeld `dpia check specs`), of begin een project met `dpia init`",
                en: "name spec files or folders (for example `dpia check specs`), or start a project with `dpia init`"))
    }
}

/// One language's words for a command's own messages (not the reports', which use their templates).
struct Words {
    let language: ReportLanguage

    init(_ language: ReportLanguage) { self.language = language }

    /// The Dutch or the English text.
    func text(nl: String, en: String) -> String { language == .nl ? nl : en }
}
