import Foundation

/// Finds the templates folder: `--templates DIR`, else `Templates/` in the current directory or
/// one of its parents, else `Templates/` next to or above the executable.
public struct TemplateLocator: Sendable {
    /// A file every usable templates folder holds.
    public static let marker = "dpia.md.mustache"
    /// The same, in a templates folder of before the word catalogues (one template per language).
    static let olderMarker = "nl/dpia.md.mustache"

    private let fileExists: @Sendable (String) -> Bool

    /// `fileExists` is injectable for tests; by default it asks the file system.
    public init(fileExists: @escaping @Sendable (String) -> Bool = { FileManager.default.fileExists(atPath: $0) }) {
        self.fileExists = fileExists
    }

    /// The templates folder to use.
    /// - Parameters:
    ///   - explicit: the `--templates` option; used as is, or an error when it lacks the templates.
    ///   - currentDirectory: an absolute path.
    ///   - executablePath: the absolute path of the running executable, symlinks resolved.
    public func locate(explicit: String?, currentDirectory: String, executablePath: String?) throws -> String {
        if let explicit {
            let root = absolute(explicit, relativeTo: currentDirectory)
            guard fileExists(join(root, Self.marker)) || fileExists(join(root, Self.olderMarker)) else {
                throw TemplateError.missingTemplate(name: String(Self.marker.dropLast(".mustache".count)), root: root)
            }
            return root
        }
        var searched: [String] = []
        var starts = [currentDirectory]
        if let executablePath { starts.append(parent(of: absolute(executablePath, relativeTo: currentDirectory))) }
        for start in starts {
            var directory = start
            while true {
                let candidate = join(directory, "Templates")
                if !searched.contains(candidate) {
                    searched.append(candidate)
                    if fileExists(join(candidate, Self.marker)) || fileExists(join(candidate, Self.olderMarker)) { return candidate }
                }
                let up = parent(of: directory)
                if up == directory { break }
                directory = up
            }
        }
        throw TemplateError.notFound(searched: searched)
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
