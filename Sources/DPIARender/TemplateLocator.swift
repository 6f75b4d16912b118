import Foundation

/// Finds the templates folder: `--templates DIR` when given, else dpia's own templates — next to the
/// executable (`<bin>/Templates`), installed beside it (`<bin>/../share/dpia/Templates`), or in the
/// repository the executable was built from.
///
/// A `Templates/` folder in the current folder or one of its parents is never used unless named with
/// `--templates`: templates decide the report's HTML (a template can hold a script), so a folder that
/// happens to lie above the working folder (`/tmp/Templates`) must not change what a report contains.
public struct TemplateLocator: Sendable {
    /// A file every usable templates folder holds.
    public static let marker = "dpia.md.mustache"
    /// The same, in a templates folder of before the word catalogues (one template per language).
    static let olderMarker = "nl/dpia.md.mustache"

    /// The repository this file was compiled in: its `Templates/` are the templates dpia was built with.
    public static let buildRepository: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }   // TemplateLocator.swift, DPIARender, Sources
        return url.path
    }()

    private let fileExists: @Sendable (String) -> Bool
    private let buildRepository: String?

    /// `fileExists` and `buildRepository` are injectable for tests; by default they ask the file system
    /// and use the repository dpia was built from.
    public init(
        fileExists: @escaping @Sendable (String) -> Bool = { FileManager.default.fileExists(atPath: $0) },
        buildRepository: String? = TemplateLocator.buildRepository
    ) {
        self.fileExists = fileExists
        self.buildRepository = buildRepository
    }

    /// The templates folder to use.
    /// - Parameters:
    ///   - explicit: the `--templates` option; used as is, or an error when it lacks the templates.
    ///   - currentDirectory: an absolute path (only to make `explicit` absolute).
    ///   - executablePath: the absolute path of the running executable, symlinks resolved.
    public func locate(explicit: String?, currentDirectory: String, executablePath: String?) throws -> String {
        if let explicit {
            let root = absolute(explicit, relativeTo: currentDirectory)
            guard fileExists(join(root, Self.marker)) || fileExists(join(root, Self.olderMarker)) else {
                throw TemplateError.missingTemplate(name: String(Self.marker.dropLast(".mustache".count)), root: root)
            }
            return root
        }
        let searched = builtIn(executablePath: executablePath.map { absolute($0, relativeTo: currentDirectory) })
        if let found = searched.first(where: { fileExists(join($0, Self.marker)) || fileExists(join($0, Self.olderMarker)) }) {
            return found
        }
        throw TemplateError.notFound(searched: searched)
    }

    /// The places of dpia's own templates, in order: next to the executable, installed beside it, and
    /// in the repository it was built from.
    public func builtIn(executablePath: String?) -> [String] {
        var places: [String] = []
        if let executablePath {
            let folder = parent(of: executablePath)
            places += [join(folder, "Templates"), absolute("../share/dpia/Templates", relativeTo: folder)]
        }
        if let buildRepository { places.append(join(buildRepository, "Templates")) }
        var unique: [String] = []
        for place in places where !unique.contains(place) { unique.append(place) }
        return unique
    }

    /// The running executable, symlinks resolved (for `--templates` defaults).
    public static var currentExecutablePath: String? {
        guard let url = Bundle.main.executableURL else { return nil }
        return url.resolvingSymlinksInPath().path
    }

    private func absolute(_ path: String, relativeTo base: String) -> String {
        let joined = path.hasPrefix("/") ? path : join(base, path)
        return URL(fileURLWithPath: joined).standardizedFileURL.path
    }

    private func join(_ base: String, _ name: String) -> String {
        base.hasSuffix("/") ? base + name : base + "/" + name
    }

    private func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/"), path != "/" else { return "/" }
        let head = String(path[..<slash])
        return head.isEmpty ? "/" : head
    }
}
