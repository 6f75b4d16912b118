import DPIAModel
import DPIASpec
import DPIATestSupport
import Foundation
import Testing

/// No message shows more than one line of the spec: the corpus files `secrets-*.yaml` carry a
/// distinctive 60-character token on every line (`GEHEIM` + its line number + random hex), and
/// are broken in every place a message could quote.
@Suite struct SecretLeakTests {
    static let files = ["secrets-everywhere.yaml", "secrets-syntax-error.yaml", "secrets-duplicate-keys.yaml"]

    /// The tokens in `text`, by the line number written into them.
    static func tokens(in text: String) -> [Int] {
        var lines: [Int] = []
        var rest = Substring(text)
        while let range = rest.range(of: "GEHEIM") {
            let digits = rest[range.upperBound...].prefix(3)
            lines.append(Int(digits) ?? -1)
            rest = rest[range.upperBound...]
        }
        return lines
    }

    @Test(arguments: files)
    func eachMessageQuotesAtMostTheLineItPointsAt(_ name: String) throws {
        let diagnostics = SpecLoader().load(file: Corpus.path(name)).diagnostics
        #expect(!diagnostics.isEmpty)
        for diagnostic in diagnostics {
            let tokens = Self.tokens(in: diagnostic.message)
            #expect(tokens.count <= 1, "\(diagnostic)")
            if let line = tokens.first, name == "secrets-everywhere.yaml" {
                #expect(line == diagnostic.location.line, "\(diagnostic)")
            }
        }
    }

    /// What `dpia validate` prints: no line of its output carries two tokens.
    @Test func validateOutput() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let output = try BuiltProgram.dpia.run(["validate"] + Self.files.map(Corpus.path), in: workspace.url)
        #expect(output.status == 2)
        #expect(output.lines.count > 20)
        for line in output.lines { #expect(Self.tokens(in: line).count <= 1, "\(line)") }
    }
}
