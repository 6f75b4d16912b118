import DPIAModel
import DPIASpec
import Foundation

/// Turns the file and folder arguments of a command into the spec files to load.
///
/// Folders are searched recursively for `*.yaml` and `*.yml`, sorted by path, skipping hidden
/// files and folders (which includes `.build*`) and `Output` (``FolderWalk``). A symbolic link inside a
/// folder is followed only when it points inside that folder; one that points outside is a problem
/// (the command refuses to go on) and is never opened. A folder named on the command line may itself be
/// a link (the user chose it); a file named on the command line may be a link only to a file in its own
/// folder or below, so that a list of files made by a script (`git ls-files '*.yaml'` in CI) cannot
/// make dpia read `../ci-secrets.env`. Every folder and file is visited once, by its resolved path, so
/// link loops end. Shared by `validate`, `check`, `report` and `record`.
public struct SpecPaths {
    /// A path argument that gives no specs: it does not exist, or is a folder without specs; or a link
    /// in a folder that points outside it.
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        public var path: String
        public var message: LocalizedText
        public var description: String { description(in: .en) }

        /// ``description`` in `language`.
        public func description(in language: ReportLanguage) -> String { "\(path): error: \(message[language])" }
    }

    /// The spec files found, in order, without duplicates.
    public private(set) var files: [String] = []
    /// Arguments that gave no specs.
    public private(set) var problems: [Problem] = []

    private var walk = FolderWalk(wanted: { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }, skipping: skippedFolders)

    /// Folder names never searched.
    static let skippedFolders: Set<String> = ["Output"]

    /// Expands `arguments` in order.
    public init(_ arguments: [String]) {
        for argument in arguments { add(argument) }
        files = walk.files
    }

    private mutating func add(_ argument: String) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
            problems.append(
                Problem(
                    path: argument, message: LocalizedText(nl: "dit bestand of deze map bestaat niet", en: "no such file or folder")))
            return
        }
        if !isDirectory.boolValue {
            if FolderWalk.leavesItsFolder(argument) {
                problems.append(Problem(path: argument, message: FolderWalk.namedLinkRefusal))
                return
            }
            if walk.visited.insert(FolderWalk.resolved(argument) ?? argument).inserted { walk.add(argument) }
            return
        }
        let (before, refusedBefore) = (walk.files.count, walk.refused.count)
        walk.walk(argument)
        problems += walk.refused[refusedBefore...].map { Problem(path: $0.path, message: $0.message) }
        if walk.files.count == before, walk.refused.count == refusedBefore {
            problems.append(
                Problem(
                    path: argument,
                    message: LocalizedText(
                        nl: "deze map bevat geen specs (*.yaml- of *.yml-bestanden)",
                        en: "this folder contains no specs (*.yaml or *.yml files)")))
        }
    }
}
