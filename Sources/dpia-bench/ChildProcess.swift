import DPIARender
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program and measures it like `/usr/bin/time -v`: wall time, CPU time and peak memory of
/// the child alone (from `wait4`), so that each measurement starts from a fresh process.
enum ChildProcess {
    /// How a child ran.
    struct Outcome: Sendable {
        var status: Int32
        var wall: Double
        var usage: ResourceUsage
        /// The first lines the child wrote to standard error, to explain a failure.
        var errorText: String
    }

    /// Runs `executable` with `arguments`, standard output to `output` (default: discarded).
    static func run(_ executable: String, _ arguments: [String], output: String = "/dev/null") throws -> Outcome {
        let errorFile = FileManager.default.temporaryDirectory
            .appendingPathComponent("dpia-bench-stderr-\(getpid())-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: errorFile) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errorFile, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid = pid_t()
        let start = Clock.wall()
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else {
            throw BenchError("cannot start \(executable): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw BenchError("waiting for \(executable) failed: \(String(cString: strerror(errno)))") }
        }
        let wall = Clock.wall() - start
        let exitStatus = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let errorText = (try? String(contentsOfFile: errorFile, encoding: .utf8)) ?? ""
        return Outcome(
            status: exitStatus, wall: wall, usage: ResourceUsage(usage),
            errorText: errorText.split(separator: "\n").prefix(5).joined(separator: "\n"))
    }
}

/// A benchmark failure, explained in words.
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Writes `data` to `path` atomically, through the same ``OutputFolder`` the reports use.
func writeAtomically(_ data: Data, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    try OutputFolder(root: url.deletingLastPathComponent())
        .write(String(decoding: data, as: UTF8.self), folders: [], fileName: url.lastPathComponent)
}
