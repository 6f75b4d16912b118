import DPIAModel
import Foundation

/// Why output could not be written.
public enum OutputError: BilingualError, Equatable, CustomStringConvertible {
    /// An id that cannot be used as a folder or file name.
    case unsafeName(String)
    /// A file could not be written; `reason` is worded for a person, in both languages (``FileFailure``).
    case writeFailed(path: String, reason: LocalizedText)
    /// A folder in the output is a symbolic link: writing through it could land anywhere.
    case linkedFolder(path: String)
    /// Something that is not a folder stands where a folder has to be made.
    case notAFolder(path: String)

    /// The English words (``message``'s `en`).
    public var description: String { message.en }

    /// The message in Dutch and English.
    public var message: LocalizedText {
        switch self {
        case .unsafeName(let name):
            LocalizedText(
                nl: "'\(name)' kan geen mapnaam in de uitvoer zijn: gebruik alleen kleine letters, cijfers en '-' "
                    + "(hoogstens 100 tekens, geen Windows-apparaatnaam zoals con of nul)",
                en: "'\(name)' cannot be used as a folder name in the output: use only lowercase letters, digits and '-' "
                    + "(at most 100 characters, not a Windows device name such as con or nul)")
        case .writeFailed(let path, let reason):
            LocalizedText(
                nl: "\(path) kan niet worden geschreven: \(reason.nl)",
                en: "cannot write \(path): \(reason.en)")
        case .linkedFolder(let path):
            LocalizedText(
                nl: "\(path) is een symbolische koppeling; dpia schrijft niet via koppelingen in zijn uitvoermap, zodat "
                    + "niets erbuiten terechtkomt. Verwijder de koppeling (dpia maakt de map zelf), of geef de echte map "
                    + "met --out",
                en: "\(path) is a symbolic link; dpia does not write through links in its output folder, so that nothing "
                    + "lands outside it. Remove the link (dpia makes the folder itself), or give the real folder with --out")
        case .notAFolder(let path):
            LocalizedText(
                nl: "\(path) is een bestand, geen map; verplaats of verwijder het, zodat dpia daar de map kan maken",
                en: "\(path) is a file, not a folder; move or remove it, so that dpia can make the folder there")
        }
    }
}

/// The output folder: every write is atomic (a temporary file in the same folder, then a rename)
/// and every path stays inside the folder.
///
/// Folders below the root are never followed when they are symbolic links (a link committed in git as
/// `Output/<id> → /elsewhere` is refused, ``OutputError/linkedFolder(path:)``); the root itself may be
/// a link only when the user named it (`--out`).
public struct OutputFolder: Sendable {
    public let root: URL
    /// Whether the root may be a symbolic link: yes when the user named it on the command line.
    public let rootMayBeLink: Bool

    public init(root: URL, rootMayBeLink: Bool = true) {
        self.root = root.standardizedFileURL
        self.rootMayBeLink = rootMayBeLink
    }

    /// `name` when it is a safe single path component: `[a-z0-9-]`, at most 100 characters, not
    /// starting with `-`, not a Windows device name (``PortableName``). Ids from specs pass; anything
    /// that could climb out of the folder does not.
    public static func safeComponent(_ name: String) throws -> String {
        let allowed = name.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
        guard !name.isEmpty, name.utf8.count <= PortableName.maxLength, allowed, !name.hasPrefix("-"),
            !PortableName.windowsDeviceNames.contains(name)
        else { throw OutputError.unsafeName(name) }
        return name
    }

    /// Writes `text` to `folders/fileName` below the root, creating folders as needed.
    /// Each folder must be a safe component; `fileName` is chosen by the program.
    @discardableResult
    public func write(_ text: String, folders: [String], fileName: String) throws -> URL {
        try write([(text, fileName)], folders: folders)[0]
    }

    /// Writes several files into `folders` below the root as one change: every file is first written
    /// to a temporary file next to its target, and only when all are written are they renamed into
    /// place. When one cannot be written (a full disk), no file is replaced.
    @discardableResult
    public func write(_ files: [(text: String, fileName: String)], folders: [String]) throws -> [URL] {
        for (_, fileName) in files where fileName.contains("/") || fileName.hasPrefix(".") || fileName.isEmpty {
            throw OutputError.unsafeName(fileName)
        }
        let directory = try folder(folders)
        var staged: [(temporary: URL, target: URL)] = []
        do {
            for (text, fileName) in files {
                let target = directory.appendingPathComponent(fileName)
                staged.append((try Self.stage(Data(text.utf8), next: target), target))
            }
            for (temporary, target) in staged { try Self.rename(temporary, over: target) }
        } catch {
            for (temporary, _) in staged { unlink(temporary.path) }
            throw error
        }
        return staged.map(\.target)
    }

    /// Writes `data` to the file `name` in `directory` (a folder of the program's own, such as the root):
    /// a temporary file next to it, then a rename. `name` is chosen by the program and may be hidden.
    public static func writeAtomically(_ data: Data, to directory: URL, name: String) throws {
        let target = directory.appendingPathComponent(name)
        let temporary = try stage(data, next: target)
        do {
            try rename(temporary, over: target)
        } catch {
            unlink(temporary.path)
            throw error
        }
    }

    /// The folder `folders` below the root, made when missing; the root and every folder are checked
    /// to be folders and not links (the root may be a link when ``rootMayBeLink``).
    public func folder(_ folders: [String]) throws -> URL {
        try makeRoot()
        var directory = root
        for folder in folders {
            directory.appendPathComponent(try Self.safeComponent(folder), isDirectory: true)
            try Self.makeFolder(directory)
        }
        return directory
    }

    /// Checks, without making anything, that ``folder(_:)`` would succeed as far as the folders exist:
    /// safe names, and no link or file where a folder is.
    public func check(_ folders: [String]) throws {
        var directory = root
        for folder in folders {
            directory.appendPathComponent(try Self.safeComponent(folder), isDirectory: true)
            var info = stat()
            guard lstat(directory.path, &info) == 0 else { return }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: continue
            case S_IFLNK: throw OutputError.linkedFolder(path: directory.path)
            default: throw OutputError.notAFolder(path: directory.path)
            }
        }
    }

    /// Makes the root (and its parents, which are the user's) when missing.
    public func makeRoot() throws {
        var info = stat()
        if lstat(root.path, &info) == 0 {
            if (info.st_mode & S_IFMT) == S_IFLNK {
                guard rootMayBeLink else { throw OutputError.linkedFolder(path: root.path) }
                guard stat(root.path, &info) == 0 else {
                    throw OutputError.writeFailed(path: root.path, reason: FileFailure.reason(errno: errno))
                }
            }
            guard (info.st_mode & S_IFMT) == S_IFDIR else { throw OutputError.notAFolder(path: root.path) }
            return
        }
        do {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        } catch {
            throw OutputError.writeFailed(path: root.path, reason: FileFailure.reason(error))
        }
    }

    /// Makes the folder `directory` when missing; refuses a link or a file in its place.
    public static func makeFolder(_ directory: URL) throws {
        var info = stat()
        if lstat(directory.path, &info) != 0 {
            guard mkdir(directory.path, 0o755) == 0 || errno == EEXIST else {
                throw OutputError.writeFailed(path: directory.path, reason: FileFailure.reason(errno: errno))
            }
            guard lstat(directory.path, &info) == 0 else {
                throw OutputError.writeFailed(path: directory.path, reason: FileFailure.reason(errno: errno))
            }
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return
        case S_IFLNK: throw OutputError.linkedFolder(path: directory.path)
        default: throw OutputError.notAFolder(path: directory.path)
        }
    }

    /// Writes `data` to a new hidden temporary file in the folder of `target`; returns its path.
    static func stage(_ data: Data, next target: URL) throws -> URL {
        let temporary = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw OutputError.writeFailed(path: target.path, reason: FileFailure.reason(errno: errno)) }
        var failure: Int32?
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if close(descriptor) != 0, failure == nil { failure = errno }
        if let failure {
            unlink(temporary.path)
            throw OutputError.writeFailed(path: target.path, reason: FileFailure.reason(errno: failure))
        }
        return temporary
    }

    /// Renames `temporary` over `target` (which is replaced whole, and never followed if it is a link).
    static func rename(_ temporary: URL, over target: URL) throws {
        guard systemRename(temporary.path, target.path) == 0 else {
            throw OutputError.writeFailed(path: target.path, reason: FileFailure.reason(errno: errno))
        }
    }
}

/// `write(2)` and `rename(2)`, as free functions: inside ``OutputFolder`` the names are its own.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int { write(descriptor, buffer, count) }
private func systemRename(_ old: String, _ new: String) -> Int32 { rename(old, new) }
