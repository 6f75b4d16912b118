import Foundation

/// Finds the files of a folder and its subfolders without leaving it.
///
/// Names starting with `.` are skipped, and so are the folders named in `skipping`. A symbolic link
/// (to a file or a folder) is followed only when what it points at lies inside the folder the walk
/// started in; a link that points outside, or at nothing, is refused — named in ``refused`` with a
/// message, and never opened, so nothing outside the folder is read or shown. Every folder and file
/// is visited once, by its resolved path, so link loops end. Used for spec folders and templates.
public struct FolderWalk {
    /// A path that was not taken, and why.
    public struct Refusal: Sendable, Hashable {
        public var path: String
        public var message: LocalizedText
    }

    /// The files found, in path order (sorted by name within each folder).
    public private(set) var files: [String] = []
    /// Links that were not followed.
    public private(set) var refused: [Refusal] = []
    /// Resolved paths already visited: files and folders, shared across walks of one ``FolderWalk``.
    public var visited: Set<String> = []

    private let wanted: (String) -> Bool
    private let skipped: Set<String>

    /// - Parameters:
    ///   - wanted: whether a file name is one to collect (`*.yaml`, `*.mustache`).
    ///   - skipping: folder names never entered (`Output`).
    public init(wanted: @escaping (String) -> Bool, skipping: Set<String> = []) {
        self.wanted = wanted
        skipped = skipping
    }

    /// Collects the wanted files below `folder` (which may itself be a link: it was named by the user).
    public mutating func walk(_ folder: String) {
        let root = Self.resolved(folder) ?? folder
        search(folder, root: root, label: folder)
    }

    /// Adds a file named by the user, as it is (the caller checked it was not visited yet).
    public mutating func add(_ file: String) { files.append(file) }

    private mutating func search(_ folder: String, root: String, label: String) {
        guard let real = Self.resolved(folder), visited.insert(real).inserted,
            let names = try? FileManager.default.contentsOfDirectory(atPath: folder)
        else { return }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            var mode = info.st_mode & S_IFMT
            if mode == S_IFLNK {
                var target = stat()
                let isFolder = stat(path, &target) == 0 && (target.st_mode & S_IFMT) == S_IFDIR
                guard isFolder ? !skipped.contains(name) : wanted(name) else { continue }
                guard let resolved = Self.resolved(path), Self.contains(root, resolved) else {
                    refused.append(Refusal(path: path, message: Self.outside(label, pointsAtNothing: Self.resolved(path) == nil)))
                    continue
                }
                mode = target.st_mode & S_IFMT
            }
            if mode == S_IFDIR {
                if !skipped.contains(name) { search(path, root: root, label: label) }
            } else if wanted(name), let real = Self.resolved(path), visited.insert(real).inserted {
                files.append(path)
            }
        }
    }

    private static func outside(_ folder: String, pointsAtNothing: Bool) -> LocalizedText {
        pointsAtNothing
            ? LocalizedText(
                nl: "dit is een symbolische koppeling die nergens naar wijst; verwijder haar of zet het bestand zelf hier",
                en: "this is a symbolic link that points at nothing; remove it or put the file itself here")
            : LocalizedText(
                nl: "dit is een symbolische koppeling naar een plek buiten \(folder); dpia leest alleen wat binnen de "
                    + "mappen ligt die het krijgt en opent deze koppeling daarom niet. Zet hier een kopie van het bestand, of noem het "
                    + "bestand zelf op de opdrachtregel",
                en: "this is a symbolic link to a place outside \(folder); dpia reads only what lies inside the folders it "
                    + "is given, so it is not opened. Put a copy of the file here, or name the file itself on the command line")
    }

    /// Whether the resolved path `path` is the folder `root` (resolved) or lies below it.
    public static func contains(_ root: String, _ path: String) -> Bool {
        path == root || path.hasPrefix(root == "/" ? "/" : root + "/")
    }

    /// Why a file named on the command line that ``leavesItsFolder(_:)`` is not opened.
    public static let namedLinkRefusal = LocalizedText(
        nl: "dit is een symbolische koppeling naar een plek buiten haar map; dpia opent haar niet, "
            + "zodat een lijst met bestanden dpia niet buiten de map kan laten lezen. Noem in plaats daarvan het bestand "
            + "waarnaar zij wijst",
        en: "this is a symbolic link to a place outside its folder; dpia does not open it, "
            + "so that a list of files cannot make it read elsewhere. Name the file it points at instead")

    /// Whether `path` is a symbolic link that leads outside its own folder (or to nothing): a link
    /// named on the command line is followed only within its folder.
    public static func leavesItsFolder(_ path: String) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return false }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard let root = resolved(folder), let target = resolved(path) else { return true }
        return !contains(root, target)
    }

    /// The path with symbolic links resolved, or nil when it does not lead to anything.
    public static func resolved(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}
