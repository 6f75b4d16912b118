import DPIAModel
import DPIARender
import Foundation

/// Where one `dpia report` run puts its reports until every spec has validated:
/// `<out>/.dpia-staging-<random>/<id>/dpia.md`, `dpia.html` and, when asked for, `dpia.docx` and `dpia.pdf`.
///
/// The staging folder lies inside the output folder, so that moving a report into place is a rename
/// on one file system: each report file is replaced whole, never half-written. When a spec turns out
/// invalid the staging folder is removed and the output folder stays as it was. Staging folders of
/// runs that were killed are removed by the next run (``removeLeftovers(in:)``), which holds the
/// output folder's lock (``OutputLock``): no other run is using them then.
struct ReportStaging: Sendable {
    /// The name of every staging folder and file starts with this.
    static let prefix = ".dpia-staging-"

    /// The output folder.
    let output: OutputFolder
    /// This run's staging folder (``create()``).
    let staging: OutputFolder
    /// Whether the output folder existed before this run: if not, ``discard()`` removes it again.
    private let outputExisted: Bool

    /// - Parameter outputExisted: whether the output folder existed before this run.
    init(output: OutputFolder, outputExisted: Bool) {
        self.output = output
        staging = OutputFolder(
            root: output.root.appendingPathComponent(Self.prefix + UUID().uuidString, isDirectory: true),
            rootMayBeLink: false)
        self.outputExisted = outputExisted
    }

    /// Removes what earlier runs that were interrupted left in `folder`: staging folders and files.
    /// Call it only while holding the folder's lock.
    static func removeLeftovers(in folder: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        // Staging folders, and the temporary file of a state write (`..dpia-report-state.json.<uuid>.tmp`).
        let state = "." + ReportState.fileName + "."
        for name in names where name.hasPrefix(prefix) || (name.hasPrefix(state) && name.hasSuffix(".tmp")) {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }

    /// Creates the staging folder (and the output folder), before reports are staged on several threads.
    func create() throws {
        try output.makeRoot()
        try OutputFolder.makeFolder(staging.root)
    }

    /// Writes the report of activity `id` into the staging folder: the Markdown and HTML files, and
    /// from them the Word and PDF files `formats` name (``ReportConverters``).
    func stage(
        _ report: RenderedReport, id: String, formats: [ReportFormat] = ReportFormat.defaults,
        converters: ReportConverters = ReportConverters()
    ) throws {
        for (text, format) in [(report.markdown, ReportFormat.md), (report.html, .html)] {
            do {
                _ = try staging.write([(text, format.fileName)], folders: [id])
            } catch let error as OutputError {
                throw ReportFailure(error)
            }
        }
        if let info = report.info, formats.contains(.docx) || formats.contains(.pdf) {
            try converters.convert(in: staging.root.appendingPathComponent(id, isDirectory: true), formats: formats, info: info)
        }
    }

    /// The path of a report file of `id` in the output folder.
    func target(_ id: String, _ name: String) -> URL {
        output.root.appendingPathComponent(id, isDirectory: true).appendingPathComponent(name)
    }

    /// Moves the staged files of `formats` of report `id` into place, each file replacing the old one
    /// at once; returns their stamps by file name.
    func commit(_ id: String, formats: [ReportFormat] = ReportFormat.defaults) throws -> [String: FileStamp] {
        _ = try output.folder([id])   // made when missing; never a link
        var stamps: [String: FileStamp] = [:]
        for name in formats.map(\.fileName) {
            let source = staging.root.appendingPathComponent(id).appendingPathComponent(name), target = target(id, name)
            guard rename(source.path, target.path) == 0 else {
                throw ReportFailure(OutputError.writeFailed(path: target.path, reason: FileFailure.reason(errno: errno)))
            }
            guard let stamp = FileStamp(path: target.path) else {
                throw ReportFailure(
                    nl: "\(target.path) kan niet worden geschreven: het bestand is direct na het schrijven verdwenen",
                    en: "cannot write \(target.path): the file is gone right after it was written")
            }
            stamps[name] = stamp
        }
        return stamps
    }

    /// Removes the (emptied) staging folder after every staged report was moved into place.
    func finish() { try? FileManager.default.removeItem(at: staging.root) }

    /// Removes the staging folder; when the output folder was made by this run and holds nothing
    /// else, removes it too, so that a failed run leaves no trace.
    func discard() {
        try? FileManager.default.removeItem(at: staging.root)
        if !outputExisted { rmdir(output.root.path) }
    }
}
