import DPIATestSupport
import Foundation
import Testing

/// `dpia-fuzz` in an ordinary build replays inputs through the fuzzer's checks (every message one
/// short line at a real position, valid specs analysed): the whole corpus passes them.
@Suite struct FuzzReplayTests {
    @Test func theCorpusPassesTheFuzzersChecks() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let output = try BuiltProgram.fuzz.run([Corpus.folder.path], in: workspace.url)
        #expect(output.status == 0, "\(output.output)\(output.errors)")
        #expect(output.output == "replayed \(try Corpus.names.count) inputs without a problem\n")
    }

    /// The restore target (`DPIA_FUZZ_TARGET=restore`) replays the hostile exports without a problem:
    /// each is refused with a one-line message at a real place, the valid one restores and takes an update.
    @Test func theExportCorpusPassesTheRestoreFuzzersChecks() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let folder = RestoreHardeningTests.folder
        let output = try BuiltProgram.fuzz.run([folder.path], in: workspace.url, environment: ["DPIA_FUZZ_TARGET": "restore"])
        #expect(output.status == 0, "\(output.output)\(output.errors)")
        let count = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }.count
        #expect(output.output == "replayed \(count) inputs without a problem\n")
    }
}
