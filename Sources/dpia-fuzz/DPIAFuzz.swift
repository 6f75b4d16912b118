import CFuzzerDriver
import Foundation

/// `dpia-fuzz`: libFuzzer on the spec loader and the analyser, or with `DPIA_FUZZ_TARGET=restore`
/// on reading and restoring register exports (``RestoreFuzzTarget``).
///
/// Built by `Scripts/fuzz.sh` with `-sanitize=fuzzer,address`, it is libFuzzer and takes its
/// options (`-max_total_time=60 corpus-folder ...`). In an ordinary build it replays the files it
/// is given through the same checks, so that a crash file can be reproduced without the fuzzer.
@main
struct DPIAFuzz {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        let status = dpia_fuzzer_run(&argc, &argv) { bytes, size in
            DPIAFuzz.runTarget(bytes.map { Data(bytes: $0, count: size) } ?? Data())
            return 0
        }
        if status != -1 { exit(status) }
        exit(replay(Array(CommandLine.arguments.dropFirst())))
    }

    /// Whether `DPIA_FUZZ_TARGET=restore` chose the restore target.
    static let fuzzesRestore = ProcessInfo.processInfo.environment["DPIA_FUZZ_TARGET"] == "restore"

    /// Runs one input through the chosen target.
    static func runTarget(_ data: Data) {
        if fuzzesRestore { RestoreFuzzTarget.run(data) } else { FuzzTarget.run(data) }
    }

    /// Runs each file through the chosen target; folders are replayed file by file.
    static func replay(_ paths: [String]) -> Int32 {
        guard !paths.isEmpty else {
            print(
                """
                usage: dpia-fuzz FILE-OR-FOLDER...
                This build replays inputs. Build the fuzzer itself with Scripts/fuzz.sh (see docs/security.md).
                """)
            return 2
        }
        var count = 0
        for path in paths {
            for file in files(at: path) {
                guard let data = FileManager.default.contents(atPath: file) else {
                    print("\(file): cannot be read")
                    return 2
                }
                runTarget(data)
                count += 1
            }
        }
        print(
            "replayed \(count) input\(count == 1 ? "" : "s") without a problem"
                + (!fuzzesRestore && FuzzTarget.renderer == nil ? "; reports were not checked: no Templates/ folder found" : ""))
        return 0
    }

    private static func files(at path: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue,
            let names = try? FileManager.default.contentsOfDirectory(atPath: path)
        else { return [path] }
        return names.sorted().filter { !$0.hasPrefix(".") }.map { path + "/" + $0 }
    }
}

/// libFuzzer's entry point by its conventional name, for tools that link their own driver.
@_cdecl("LLVMFuzzerTestOneInput")
public func LLVMFuzzerTestOneInput(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    DPIAFuzz.runTarget(bytes.map { Data(bytes: $0, count: size) } ?? Data())
    return 0
}
