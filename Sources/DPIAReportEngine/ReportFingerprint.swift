import DPIAModel
import DPIARegister
import DPIARender
import Foundation

/// Everything a DPIA report depends on besides its spec, as one digest, so that `dpia report` can tell
/// whether a report it wrote earlier would come out the same.
///
/// The report of a spec is a pure function of the spec, the templates, `--lang`, `--date`, the measure
/// progress in the register and the program itself (its rules and rendering). The spec is hashed
/// separately (its bytes); the rest is this digest:
/// - the dpia program: the size, modification time and file number of the running executable, so
///   that a rebuilt or updated dpia writes every report again;
/// - every template file (`*.mustache`, as ``TemplateSet`` reads them): its relative path and content;
/// - `--lang` and `--date`;
/// - the converters that write Word and PDF, when a format needs them: each executable's path, size,
///   modification time and file number, so that after an upgrade of pandoc or Chromium the Word and
///   PDF files are written again (the house style `reference.docx` is one of the template files);
/// - the activity's measure progress (``digest(progress:)``).
///
/// The spec's path is not part of it: reports show only the file name, which is part of the key
/// under which ``ReportState`` records the spec.
struct ReportFingerprint: Sendable {
    /// The digest of the program, the templates and the options.
    let common: String

    /// `converters`: the ones this run uses (always given, so that no run forgets them).
    init(templates: TemplateSet, language: ReportLanguage?, date: CalendarDate?, converters: ReportConverters) {
        var hasher = SHA256()
        func add(_ text: String) { hasher.update(Array((text + "\u{0}").utf8)) }
        add("dpia report state 1")
        add(Self.programIdentity)
        add(language?.rawValue ?? "-")
        add(date?.description ?? "-")
        for program in [converters.pandoc, converters.chromium].compactMap({ $0 }) {
            add(program)
            add(Self.identity(ofFile: program))
        }
        for (relative, data) in templates.sources {
            add(relative)
            add(String(data.count))
            hasher.update(data)
        }
        common = Self.hex(hasher.finalize())
    }

    /// The digest of the common inputs, the progress of one activity's measures and its versions
    /// recorded in the register.
    func digest(progress: [String: MeasureProgress], versions: [DocumentVersion] = []) -> String {
        guard !progress.isEmpty || !versions.isEmpty else { return common }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let sorted = progress.values.sorted { $0.measureID < $1.measureID }
        var encoded = (try? encoder.encode(sorted)) ?? Data(UUID().uuidString.utf8)   // unencodable: never equal
        if !versions.isEmpty { encoded += (try? encoder.encode(versions)) ?? Data(UUID().uuidString.utf8) }
        return SHA256.hexDigest(of: Array((common + "\u{0}").utf8) + Array(encoded))
    }

    /// The SHA-256 of a spec's bytes, in hexadecimal.
    static func digest(spec data: Data) -> String { SHA256.hexDigest(of: data) }

    /// Who the running dpia is: the executable file's size, modification time and file number
    /// (`/proc/self/exe` on Linux). When it cannot be found the value never matches an earlier one.
    static let programIdentity: String = {
        #if os(Linux)
        identity(ofFile: "/proc/self/exe")
        #else
        identity(ofFile: Bundle.main.executablePath ?? "")
        #endif
    }()

    /// An executable file's size, modification time and file number (following links); a value that never
    /// matches an earlier one when the file cannot be found.
    static func identity(ofFile path: String) -> String {
        var info = stat()
        guard stat(path, &info) == 0 else { return "unknown " + UUID().uuidString }
        #if canImport(Darwin)
        let modified = "\(info.st_mtimespec.tv_sec).\(info.st_mtimespec.tv_nsec)"
        #else
        let modified = "\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
        #endif
        return "executable \(info.st_size) \(modified) \(info.st_dev) \(info.st_ino)"
    }

    static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { $0 < 16 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
    }
}
