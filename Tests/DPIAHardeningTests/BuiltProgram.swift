import Foundation

/// A program of this package (`dpia`, `dpia-fuzz`), run as a separate process from the build
/// folder the tests were built in.
struct BuiltProgram {
    let name: String

    static let dpia = BuiltProgram(name: "dpia")
    static let fuzz = BuiltProgram(name: "dpia-fuzz")

    /// The repository root.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    struct Output {
        var status: Int32
        var output: String
        var errors: String
        /// Both streams, one line per entry.
        var lines: [String] { (output + errors).split(separator: "\n").map(String.init) }
    }

    struct NotBuilt: Error, CustomStringConvertible {
        let name: String
        var description: String { "the \(name) executable was not found next to the tests; run swift build first" }
    }

    /// The executable in the build folder that holds the test bundle.
    var url: URL {
        get throws {
            var folder = Bundle.main.bundleURL
            for _ in 0..<4 {
                let candidate = folder.appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
                folder.deleteLastPathComponent()
            }
            let fallback = Self.repository.appendingPathComponent(".build/debug/\(name)")
            guard FileManager.default.isExecutableFile(atPath: fallback.path) else { throw NotBuilt(name: name) }
            return fallback
        }
    }

    /// Starts the program in `folder` with its output going to files there (no pipe can fill up
    /// while the test waits), without waiting for it.
    func start(_ arguments: [String], in folder: URL) throws -> Process {
        let process = Process()
        process.executableURL = try url
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Runs the program in `folder` and waits for it.
    /// - Parameters:
    ///   - input: its standard input (by default the test's own).
    ///   - fileSizeLimit: the largest file it may write, in 512-byte blocks (`ulimit -f`); writing more
    ///     fails with EFBIG, as on a full disk, instead of stopping the program (SIGXFSZ is ignored).
    ///   - environment: adds to the test's own variables.
    @discardableResult
    func run(_ arguments: [String], in folder: URL, input: FileHandle? = nil, fileSizeLimit: Int? = nil,
             environment: [String: String] = [:]) throws -> Output {
        let process = Process()
        if let fileSizeLimit {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "trap '' XFSZ; ulimit -f \(fileSizeLimit); exec \"$0\" \"$@\"", try url.path] + arguments
        } else {
            process.executableURL = try url
            process.arguments = arguments
        }
        if let input { process.standardInput = input }
        process.currentDirectoryURL = folder
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let outputFile = folder.appendingPathComponent(".out-\(UUID().uuidString)")
        let errorsFile = folder.appendingPathComponent(".err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outputFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorsFile.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outputFile)
            try? FileManager.default.removeItem(at: errorsFile)
        }
        process.standardOutput = try FileHandle(forWritingTo: outputFile)
        process.standardError = try FileHandle(forWritingTo: errorsFile)
        try process.run()
        process.waitUntilExit()
        return Output(status: process.terminationStatus,
                      output: String(decoding: try Data(contentsOf: outputFile), as: UTF8.self),
                      errors: String(decoding: try Data(contentsOf: errorsFile), as: UTF8.self))
    }
}

/// A fresh temporary folder, removed by ``remove()``.
struct Workspace {
    let url: URL

    init(_ label: String = "hardening") throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("dpia-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ relative: String) -> String { url.appendingPathComponent(relative).path }

    /// Writes `text` at `relative`, creating folders.
    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String {
        let file = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file.path
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}
