import DPIAModel
import DPIASpec
import Foundation

/// Turns the file and folder arguments of a command into the spec files to load.
///
/// Folders are searched recursively for `*.yaml` and `*.yml`, sorted by path, skipping hidden
/// files and folders (which includes `.build*`) and `Output`. Symbolic links are followed, but
/// every folder and file is visited once, by its resolved path, so link loops end.
/// Shared by `validate`, `check`, `report` and `record`.
public struct SpecPaths {
    /// A path argument that gives no specs: it does not exist, or is a folder without specs.
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        public var path: String
        public var message: String
        public var description: String { "\(path): error: \(message)" }
    }

    /// The spec files found, in order, without duplicates.
    public private(set) var files: [String] = []
    /// Arguments that gave no specs.
    public private(set) var problems: [Problem] = []

    private var seenFiles: Set<String> = []
    private var seenFolders: Set<String> = []

    /// Folder names never searched.
    static let skippedFolders: Set<String> = ["Output"]

    /// Expands `arguments` in order.
    public init(_ arguments: [String]) {
        for argument in arguments { add(argument) }
    }

    private mutating func add(_ argument: String) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
            problems.append(Problem(path: argument, message: "no such file or folder"))
            return
        }
        if !isDirectory.boolValue {
            addFile(argument)
            return
        }
        let before = files.count
        search(folder: argument)
        if files.count == before {
            problems.append(Problem(path: argument, message: "this folder contains no specs (*.yaml or *.yml files)"))
        }
    }

    private mutating func addFile(_ path: String) {
        if seenFiles.insert(Self.resolved(path)).inserted { files.append(path) }
    }

    private mutating func search(folder: String) {
        guard seenFolders.insert(Self.resolved(folder)).inserted,
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                if !Self.skippedFolders.contains(name) { search(folder: path) }
            } else if name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                addFile(path)
            }
        }
    }

    /// The path with symbolic links resolved, to recognise a file or folder reached twice.
    private static func resolved(_ path: String) -> String {
        guard let pointer = realpath(path, nil) else { return path }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}
