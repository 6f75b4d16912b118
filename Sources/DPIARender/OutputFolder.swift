import DPIAModel
import Foundation

/// Why output could not be written.
public enum OutputError: Error, Equatable, CustomStringConvertible {
    /// An id that cannot be used as a folder or file name.
    case unsafeName(String)
    case writeFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .unsafeName(let name):
            "'\(name)' cannot be used as a folder name in the output: use only lowercase letters, digits and '-' (at most 100 characters, not a Windows device name such as con or nul)"
        case .writeFailed(let path, let reason):
            "cannot write \(path): \(reason)"
        }
    }
}

/// The output folder: every write is atomic (a temporary file in the same folder, then a rename)
/// and every path stays inside the folder.
public struct OutputFolder: Sendable {
    public let root: URL

    public init(root: URL) { self.root = root.standardizedFileURL }

    /// `name` when it is a safe single path component: `[a-z0-9-]`, at most 100 characters, not
    /// starting with `-`, not a Windows device name (``PortableName``). Ids from specs pass; anything
    /// that could climb out of the folder does not.
    public static func safeComponent(_ name: String) throws -> String {
        let allowed = name.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
        guard !name.isEmpty, name.utf8.count <= PortableName.maxLength, allowed, !name.hasPrefix("-"),
              !PortableName.windowsDeviceNames.contains(name) else { throw OutputError.unsafeName(name) }
        return name
    }

    /// Writes `text` to `folders/fileName` below the root, creating folders as needed.
    /// Each folder must be a safe component; `fileName` is chosen by the program.
    @discardableResult
    public func write(_ text: String, folders: [String], fileName: String) throws -> URL {
        var directory = root
        for folder in folders { directory.appendPathComponent(try Self.safeComponent(folder), isDirectory: true) }
        guard !fileName.contains("/"), !fileName.hasPrefix(".") else { throw OutputError.unsafeName(fileName) }
        let target = directory.appendingPathComponent(fileName)
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let temporary = directory.appendingPathComponent(".\(fileName).\(UUID().uuidString).tmp")
            do {
                try Data(text.utf8).write(to: temporary)
                guard rename(temporary.path, target.path) == 0 else {
                    throw OutputError.writeFailed(path: target.path, reason: String(cString: strerror(errno)))
                }
            } catch {
                try? FileManager.default.removeItem(at: temporary)
                throw error
            }
        } catch let error as OutputError {
            throw error
        } catch {
            throw OutputError.writeFailed(path: target.path, reason: error.localizedDescription)
        }
        return target
    }
}
