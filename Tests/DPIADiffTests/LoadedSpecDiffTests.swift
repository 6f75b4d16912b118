import DPIAAnalysis
import DPIAModel
import DPIASpec
import Foundation
import Testing

@testable import DPIADiff

/// Diffs of spec texts that go through the loader and the analyser, as `dpia diff` runs them.
@Suite struct LoadedSpecDiffTests {
    static func assess(_ text: String, _ path: String) throws -> Assessment {
        let result = SpecLoader().load(text: text, path: path)
        let loaded = try #require(result.activity, "\(result.diagnostics)")
        #expect(result.isValid, "\(result.diagnostics)")
        return Analyzer(catalogue: ProvisionCatalogueLoader.builtin).assess(loaded)
    }

    static func diff(_ old: String, _ new: String) throws -> ActivityDiff {
        ActivityDiffer().diff(old: try assess(old, "old.yaml"), new: try assess(new, "new.yaml"))
    }

    @Test func commentsWhitespaceAndLayoutAreNoChange() throws {
        let result = try Self.diff(YAMLFixtures.base, YAMLFixtures.reformatted)
        #expect(result.isEmpty, "\(result.changes)")
    }

    @Test func reorderingIsNoChange() throws {
        #expect(YAMLFixtures.reordered != YAMLFixtures.base)
        let result = try Self.diff(YAMLFixtures.base, YAMLFixtures.reordered)
        #expect(result.isEmpty, "\(result.changes)")
    }

    @Test func changesPointAtTheNewFilesLines() throws {
        let new = YAMLFixtures.base(replacing: "    kind: profile\n", with: "    kind: health\n")
        let result = try Self.diff(YAMLFixtures.base, new)
        let change = try #require(result.changes.first)
        #expect(result.changes.count == 1, "\(result.changes)")
        #expect(change.path == "data/belastbaarheid/kind")
        #expect(change.location.file == "new.yaml")
        #expect(change.location.line == Self.line(of: "kind: health", in: new))
        #expect(result.highlights.map(\.kind) == [.heavierDataClass])
    }

    @Test func removalsPointAtTheOldFilesLines() throws {
        let new = YAMLFixtures.base(replacing: "    authentication: 2fa\n", with: "")
        let result = try Self.diff(YAMLFixtures.base, new)
        let change = try #require(result.changes.first)
        #expect(change.kind == .removed)
        #expect(change.path == "roles/werkgever/authentication")
        #expect(change.location.file == "old.yaml")
        #expect(change.location.line == Self.line(of: "authentication: 2fa", in: YAMLFixtures.base))
    }

    @Test func renamedFromInTheSpecShowsARename() throws {
        let new = YAMLFixtures.base
            .replacingOccurrences(
                of: "  - id: belastbaarheid\n", with: "  - id: fysieke-belastbaarheid\n    renamed_from: belastbaarheid\n"
            )
            .replacingOccurrences(of: "[contact, belastbaarheid]", with: "[contact, fysieke-belastbaarheid]")
        let result = try Self.diff(YAMLFixtures.base, new)
        #expect(result.changes.map(\.kind) == [.renamed], "\(result.changes)")
        #expect(result.changes.first?.location.line == Self.line(of: "- id: fysieke-belastbaarheid", in: new))
    }

    @Test func anAddedListElementPointsAtItsOwnLine() throws {
        let new = YAMLFixtures.base(
            replacing: "  measures: [2fa, encryption-in-transit]\n",
            with: """
                  measures:
                    - 2fa
                    - encryption-in-transit
                    - access-logging

                """)
        let result = try Self.diff(YAMLFixtures.base, new)
        let change = try #require(result.changes.first)
        #expect(change.path == "security/measures")
        #expect(change.location.line == Self.line(of: "- access-logging", in: new))
    }

    @Test func measureDecisionOwnerDueAndStatus() throws {
        let new = YAMLFixtures.base(
            replacing: """
                    decision: mitigate
                    owner: Projectleider
                    due: 2025-06-30
                    status: planned
                """,
            with: """
                    decision: accept
                    owner: Proceseigenaar
                    due: 2025-09-30
                    status: done
                """)
        let result = try Self.diff(YAMLFixtures.base, new)
        #expect(
            result.changes.map(\.path) == [
                "measures/m-bewaren/decision", "measures/m-bewaren/owner",
                "measures/m-bewaren/due", "measures/m-bewaren/status",
            ])
    }

    /// The 1-based line of the first line containing `text`.
    static func line(of text: String, in spec: String) -> Int? {
        spec.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(text) }.map { $0 + 1 }
    }
}
