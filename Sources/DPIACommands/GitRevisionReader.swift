import DPIAModel
import Foundation

/// Reads a file as it was in a git revision: `git show REV:./name`, run in the file's folder so
/// that the file's own repository answers, whatever the current directory.
struct GitRevisionReader: Sendable {
    struct Failure: Error, Sendable, Hashable {
        var message: String
    }

    /// The text of `path` in `revision` (an empty revision means the staged version).
    ///
    /// A revision starting with `-` is refused: git would read it as an option (`--output=file` makes git
    /// write a file). The argument also follows `--end-of-options`, so that git never reads it as one.
    func read(revision: String, path: String) throws(Failure) -> String {
        if revision.hasPrefix("-") {
            throw Failure(
                message: "a git revision cannot start with '-' (git would read it as an option); "
                    + "give a commit, branch or tag such as HEAD~1 or main, as REV:path")
        }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        let runIn: String, relative: String
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue {
            (runIn, relative) = (folder, url.lastPathComponent)
        } else {
            // The folder is gone in the working tree: ask relative to the current directory.
            (runIn, relative) = (FileManager.default.currentDirectoryPath, path)
        }
        let result: GitCommand.Result
        do {
            result = try GitCommand.run(["show", "--end-of-options", "\(revision):./\(relative)"], in: runIn)
        } catch {
            throw Failure(
                message: "cannot run git to read this revision (\(error.message)); "
                    + "install git or compare files instead")
        }
        guard result.status == 0 else { throw Failure(message: Self.explain(result.errors, revision: revision)) }
        return result.output
    }

    /// Git's message in words for the reader, with the likely fix.
    static func explain(_ stderr: String, revision: String) -> String {
        let message =
            stderr.split(separator: "\n").first.map(String.init)?
            .replacingOccurrences(of: "fatal: ", with: "") ?? "git failed"
        if message.contains("not a git repository") {
            return "the file is not in a git repository, so there is no revision '\(revision)' of it (git: \(message))"
        }
        if message.contains("does not exist in") || message.contains("exists on disk, but not in") {
            return "the file did not exist in revision '\(revision)' (git: \(message))"
        }
        if message.contains("invalid object name") || message.contains("unknown revision") {
            return "git knows no revision '\(revision)'; use a commit, branch or tag such as HEAD~1 or main (git: \(message))"
        }
        return "git could not read this revision: \(message)"
    }
}
