import Foundation

/// A program of this package (`dpia`, `dpia-fuzz`), run as a separate process from the build
/// folder the tests were built in: the one process runner of the test targets.
public struct BuiltProgram: Sendable {
    public let name: String

    public init(name: String) { self.name = name }

    public static let dpia = BuiltProgram(name: "dpia")
    public static let fuzz = BuiltProgram(name: "dpia-fuzz")

    /// The repository root.
    public static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// What a finished run printed, and its exit status.
    public struct Output: Sendable {
        public var status: Int32
        public var output: String
        public var errors: String

        public init(status: Int32, output: String, errors: String) {
            self.status = status
            self.output = output
            self.errors = errors
        }
        /// Both streams, one line per entry.
        public var lines: [String] { (output + errors).split(separator: "\n").map(String.init) }
    }

    public struct NotBuilt: Error, CustomStringConvertible {
        public let name: String
        public var description: String { "the \(name) executable was not found next to the tests; run swift build first" }
    }

    /// The executable in the build folder that holds the test bundle.
    public var url: URL {
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

    /// Starts the program in `folder` with its output discarded, without waiting for it.
    public func start(_ arguments: [String], in folder: URL) throws -> Process {
        let process = Process()
        process.executableURL = try url
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Runs the program in `folder` and waits for it; its output goes to temporary files (no pipe can
    /// fill up while the test waits).
    /// - Parameters:
    ///   - input: its standard input (by default the test's own).
    ///   - fileSizeLimit: the largest file it may write, in 512-byte blocks (`ulimit -f`); writing more
    ///     fails with EFBIG, as on a full disk, instead of stopping the program (SIGXFSZ is ignored).
    ///   - environment: adds to the test's own variables.
    @discardableResult
    public func run(
        _ arguments: [String], in folder: URL, input: FileHandle? = nil, fileSizeLimit: Int? = nil,
        environment: [String: String] = [:]
    ) throws -> Output {
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
        // Outside `folder`, so that the program never sees them among the files it works on.
        let temporary = FileManager.default.temporaryDirectory
        let outputFile = temporary.appendingPathComponent("dpia-test-out-\(UUID().uuidString)")
        let errorsFile = temporary.appendingPathComponent("dpia-test-err-\(UUID().uuidString)")
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
        return Output(
            status: process.terminationStatus,
            output: String(decoding: try Data(contentsOf: outputFile), as: UTF8.self),
            errors: String(decoding: try Data(contentsOf: errorsFile), as: UTF8.self))
    }

    /// Starts the program in `folder` without waiting, its output and errors readable from pipes while it runs.
    public func startPiped(_ arguments: [String], in folder: URL) throws -> (process: Process, output: Pipe, errors: Pipe) {
        let process = Process()
        process.executableURL = try url
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        return (process, output, errors)
    }

    /// A fresh working folder holding a copy of the example register `organisation` (`Registers/<organisation>`).
    public static func workspace(copying organisation: String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dpia-commands-\(UUID().uuidString)")
        let registers = directory.appendingPathComponent("Registers")
        try FileManager.default.createDirectory(at: registers, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: repository.appendingPathComponent("Registers/\(organisation)"),
            to: registers.appendingPathComponent(organisation))
        return directory
    }
}
