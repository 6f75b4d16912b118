import DPIAModel
import DPIARender
import Foundation

/// What `dpia report` remembers about the reports in its output folder, in
/// `<out>/.dpia-report-state.json`, so that a next run writes only the reports whose input changed.
///
/// One entry per spec file that was reported, keyed by its absolute path. The file is only written
/// after a run that wrote every report it had to, and always whole (a temporary file, then a
/// rename). A missing, unreadable or older-format state is no error: every report is then written.
public struct ReportState: Codable, Sendable {
    /// The name of the state file in the output folder.
    static let fileName = ".dpia-report-state.json"
    /// The format of this type; a state of another version is ignored.
    static let currentVersion = 2

    /// What one spec's report was made from, and the report files as they were written.
    struct Entry: Codable, Sendable, Hashable {
        /// The SHA-256 of the spec's bytes.
        var spec: String
        /// The spec's activity id: the folder of its report.
        var id: String
        /// The digest of everything else the report depends on (``ReportFingerprint``).
        var inputs: String
        /// Each report file as written, by file name (`dpia.md`, `dpia.html`, `dpia.docx`, `dpia.pdf`):
        /// every format is an output of its own.
        var files: [String: FileStamp]

        /// Whether the files of `formats` are all as written.
        func intact(_ formats: [ReportFormat], in folder: (String) -> String) -> Bool {
            formats.allSatisfy { format in files[format.fileName].map { FileStamp(path: folder(format.fileName)) == $0 } ?? false }
        }
    }

    var version = Self.currentVersion
    /// The dpia program that wrote the state (``ReportFingerprint/programIdentity``). Another program
    /// may read or render specs differently, so its state is ignored and every report is written again.
    var program = ReportFingerprint.programIdentity
    /// Per spec file (absolute, standardized path). Only specs that were valid are recorded.
    var reports: [String: Entry] = [:]

    init() {}

    /// The state in `folder`, or an empty one when there is none, it cannot be read, or another dpia wrote it.
    static func read(in folder: URL) -> ReportState {
        // Only an ordinary file, never through a link; a state larger than 256 MB is no state of ours.
        guard
            case .success(let data) = RegularFile.read(
                folder.appendingPathComponent(fileName).path,
                limit: 256 << 20, followLink: false),
            var state = try? JSONDecoder().decode(ReportState.self, from: data),
            state.version == currentVersion, state.program == ReportFingerprint.programIdentity
        else { return ReportState() }
        // An id that cannot be a folder name never came from dpia: such an entry is forgotten, its spec loaded.
        state.reports = state.reports.filter { (try? OutputFolder.safeComponent($0.value.id)) != nil }
        return state
    }

    /// Writes the state into `folder` atomically: a temporary file next to it, then a rename.
    func write(in folder: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        do {
            try OutputFolder.writeAtomically(try encoder.encode(self), to: folder, name: Self.fileName)
        } catch let error as OutputError {
            throw ReportFailure(error)
        } catch {
            let path = folder.appendingPathComponent(Self.fileName).path
            throw ReportFailure(OutputError.writeFailed(path: path, reason: FileFailure.reason(error)))
        }
    }

    /// The key of a spec file: its absolute, standardized path.
    static func key(of path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.path }
}
