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
}
