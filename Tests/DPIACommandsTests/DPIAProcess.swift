import Foundation

/// Runs the built `dpia` executable as a separate process, as a user would.
struct DPIAProcess {
    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    /// The repository root (for the example registers).
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The `dpia` executable next to the test bundle (`swift build` builds it with the tests).
    static var executable: URL {
        get throws {
            var directory = Bundle.main.bundleURL
            for _ in 0..<3 {
                let candidate = directory.appendingPathComponent("dpia")
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
                directory.deleteLastPathComponent()
            }
            let fallback = repository.appendingPathComponent(".build/debug/dpia")
            guard FileManager.default.isExecutableFile(atPath: fallback.path) else {
                throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "dpia executable (run swift build first)"])
            }
            return fallback
        }
    }

    /// Starts `dpia arguments` in `directory` without waiting.
    static func start(_ arguments: [String], in directory: URL,
                      environment: [String: String]? = nil) throws -> (process: Process, output: Pipe, errors: Pipe) {
        let process = Process()
        process.executableURL = try executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        if let environment { process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new } }
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        return (process, output, errors)
    }

    /// Runs `dpia arguments` in `directory` and waits for it.
    @discardableResult
    static func run(_ arguments: [String], in directory: URL, environment: [String: String]? = nil) throws -> Result {
        let started = try start(arguments, in: directory, environment: environment)
        let output = started.output.fileHandleForReading.readDataToEndOfFile()
        let errors = started.errors.fileHandleForReading.readDataToEndOfFile()
        started.process.waitUntilExit()
        return Result(status: started.process.terminationStatus, output: String(decoding: output, as: UTF8.self),
                      errors: String(decoding: errors, as: UTF8.self))
    }

    /// A fresh working folder holding a copy of the example register `organisation` (`Registers/<organisation>`).
    static func workspace(copying organisation: String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dpia-commands-\(UUID().uuidString)")
        let registers = directory.appendingPathComponent("Registers")
        try FileManager.default.createDirectory(at: registers, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: repository.appendingPathComponent("Registers/\(organisation)"),
                                        to: registers.appendingPathComponent(organisation))
        return directory
    }
}
