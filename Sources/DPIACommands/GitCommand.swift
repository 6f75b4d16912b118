import DPIAModel
import Foundation

/// Runs `git -C folder ...` and collects what it says; the one place `dpia` starts git.
struct GitCommand: Sendable {
    struct Result: Sendable {
        var status: Int32
        var output: String
        var errors: String

        /// The first line of the output, trimmed; nil when git failed or said nothing.
        var firstLine: String? {
            guard status == 0 else { return nil }
            let line = output.split(separator: "\n").first.map { $0.trimmingCharacters(in: .whitespaces) }
            return line?.isEmpty == false ? line : nil
        }
    }

    struct Failure: Error, Sendable {
        var message: String
    }

    /// Runs git in `folder` with `arguments`, in the C locale so its messages can be recognised.
    static func run(_ arguments: [String], in folder: String) throws(Failure) -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = "C"
        process.environment = environment
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw Failure(message: FileFailure.reason(error).en)   // git's own messages are English
        }
        // Read stdout to the end before waiting, so a large file cannot fill the pipe and block git.
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let problem = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, output: String(decoding: data, as: UTF8.self),
            errors: String(decoding: problem, as: UTF8.self))
    }
}
