import DPIAModel
import DPIARender
import Foundation

/// Where one `dpia report` run puts its reports until every spec has validated:
/// `<out>/.dpia-staging-<random>/<id>/dpia.md` and `dpia.html`.
///
/// The staging folder lies inside the output folder, so that moving a report into place is a rename
/// on one file system: each report file is replaced whole, never half-written. When a spec turns out
/// invalid the staging folder is removed and the output folder stays as it was. Staging folders of
/// runs that were killed are removed by the next run (``removeLeftovers(in:)``), which holds the
/// output folder's lock (``OutputLock``): no other run is using them then.
struct ReportStaging: Sendable {
    /// The name of every staging folder and file starts with this.
    static let prefix = ".dpia-staging-"
    /// The names of the two report files of an activity.
    static let fileNames = ["dpia.md", "dpia.html"]

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

    /// Writes the report of activity `id` into the staging folder.
    func stage(_ report: RenderedReport, id: String) throws {
        for (text, name) in zip([report.markdown, report.html], Self.fileNames) {
            do {
                _ = try staging.write([(text, name)], folders: [id])
            } catch let error as OutputError {
                throw ReportFailure(error.description)
            }
        }
    }

    /// The path of a report file of `id` in the output folder.
    func target(_ id: String, _ name: String) -> URL {
        output.root.appendingPathComponent(id, isDirectory: true).appendingPathComponent(name)
    }

    /// Moves the staged report of `id` into place, each file replacing the old one at once; returns
    /// the stamps of the Markdown and HTML files.
    func commit(_ id: String) throws -> (markdown: FileStamp, html: FileStamp) {
        _ = try output.folder([id])   // made when missing; never a link
        var stamps: [FileStamp] = []
        for name in Self.fileNames {
            let source = staging.root.appendingPathComponent(id).appendingPathComponent(name), target = target(id, name)
            guard rename(source.path, target.path) == 0 else {
                throw ReportFailure("cannot write \(target.path): \(FileFailure.reason(errno: errno))")
            }
            guard let stamp = FileStamp(path: target.path) else {
                throw ReportFailure("cannot write \(target.path): the file is gone right after it was written")
            }
            stamps.append(stamp)
        }
        return (stamps[0], stamps[1])
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
