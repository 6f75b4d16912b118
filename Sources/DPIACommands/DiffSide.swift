import DPIAModel
import DPIARegister
import DPIASpec
import Foundation

/// One side of `dpia diff`: a spec file, a git revision of one (`REV:path`), or a version recorded in
/// the register (`activity@hash`, with `--db`).
enum DiffSide: Sendable, Hashable {
    case file(String)
    case revision(String, path: String)
    case recorded(String)

    /// Reads an argument. An existing file always wins; `activity@hash` is a recorded version only
    /// when a register is given; otherwise `REV:path` is a git revision.
    init(_ argument: String, withRegister: Bool, fileExists: (String) -> Bool = { FileManager.default.fileExists(atPath: $0) }) {
        if fileExists(argument) {
            self = .file(argument)
        } else if withRegister, Self.looksLikeVersionID(argument) {
            self = .recorded(argument)
        } else if let colon = argument.firstIndex(of: ":"), argument.index(after: colon) != argument.endIndex {
            self = .revision(String(argument[..<colon]), path: String(argument[argument.index(after: colon)...]))
        } else {
            self = .file(argument)
        }
    }

    /// `activity-id@hexdigits`, as the register names versions.
    static func looksLikeVersionID(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return false }
        return parts[0].allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }
            && parts[1].allSatisfy(\.isHexDigit)
    }

    /// Loads the side: reads the text, validates it and builds the activity with its source map.
    /// Messages are in `words`.
    func load(loader: SpecLoader, versions: (any RecordedVersionReader)?, words: Words = Words(.en)) throws(DiffInputError)
        -> LoadedActivity
    {
        let result: LoadResult
        switch self {
        case .file(let path):
            try Self.requireReadable(path, words: words)
            result = loader.load(file: path)
        case .revision(let revision, let path):
            let text: String
            do {
                text = try GitRevisionReader().read(revision: revision, path: path)
            } catch {
                throw DiffInputError(lines: ["\(revision):\(path): error: \(error.message)"])
            }
            result = loader.load(text: text, path: "\(revision):\(path)")
        case .recorded(let versionID):
            guard let versions else {
                throw DiffInputError(lines: [
                    "\(versionID): error: "
                        + words.text(
                            nl: "een vastgelegde versie heeft het register nodig: geef het met --db",
                            en: "a recorded version needs the register: give it with --db")
                ])
            }
            do {
                return LoadedActivity(
                    activity: try versions.activity(version: versionID),
                    sourceMap: SourceMap(file: versionID))
            } catch {
                let message = (error as? RegisterError)?.message[words.language] ?? "\(error)"
                throw DiffInputError(lines: ["\(versionID): error: \(message)"])
            }
        }
        guard result.isValid, let loaded = result.activity else {
            let errors = result.diagnostics.filter { $0.severity == .error }.map { $0.description(in: words.language) }
            throw DiffInputError(
                lines: errors.isEmpty
                    ? ["\(result.path): error: " + words.text(nl: "de spec kon niet gelezen worden", en: "the spec could not be read")]
                    : errors)
        }
        return loaded
    }
    /// A spec file side exists and is not a link out of its folder; otherwise the lines that say so.
    private static func requireReadable(_ path: String, words: Words) throws(DiffInputError) {
        guard FileManager.default.fileExists(atPath: path) else {
            var message = "\(path): error: " + words.text(nl: "dit bestand bestaat niet", en: "no such file")
            if Self.looksLikeVersionID(path) {
                message += words.text(
                    nl: "; een vastgelegde versie komt uit het register: geef het met --db, of leg in een project "
                        + "de specs eerst vast met `dpia record`",
                    en: "; a recorded version comes from the register: give it with --db, or in a project record "
                        + "the specs first with `dpia record`")
            } else if !path.contains(":") {
                message += words.text(
                    nl: "; geef een specbestand, een git-revisie ervan als REV:pad (bijvoorbeeld HEAD~1:\(path)), "
                        + "of een in het register vastgelegde versie (verwerking@hash) met --db",
                    en: "; give a spec file, a git revision of one as REV:path (for example HEAD~1:\(path)), "
                        + "or a version recorded in the register (activity@hash) with --db")
            }
            throw DiffInputError(lines: [message])
        }
        // As for every command: a link that leads out of its folder is not opened (``SpecPaths``).
        if FolderWalk.leavesItsFolder(path) {
            throw DiffInputError(lines: ["\(path): error: \(FolderWalk.namedLinkRefusal[words.language])"])
        }
    }
}

/// Why a side of `dpia diff` could not be read, in lines to print (`path:line:column: error: ...`).
struct DiffInputError: Error, Sendable, Hashable {
    var lines: [String]
}
