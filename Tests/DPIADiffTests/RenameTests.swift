import DPIAAnalysis
import DPIAModel
import Testing

@testable import DPIADiff

/// Entries matched by id: a rename is removed plus added unless the new entry says `renamed_from:`.
@Suite struct RenameTests {
    let differ = ActivityDiffer()

    /// The sample with data item `cv` renamed to `vrije-tekst` everywhere it is referred to.
    private func renamed(declared: Bool) -> ProcessingActivity {
        var activity = Samples.activity()
        activity.data[1].id = "vrije-tekst"
        activity.data[1].renamedFrom = declared ? "cv" : nil
        activity.purposes[0].data = ["contact", "vrije-tekst", "belastbaarheid"]
        activity.roles?[0].sees.data = .only(["contact", "vrije-tekst"])
        activity.flows?[0].data = ["contact", "vrije-tekst"]
        activity.retention?[0].data = ["contact", "vrije-tekst"]
        return activity
    }

    @Test func renameWithoutRenamedFromIsRemovedPlusAdded() {
        let result = differ.diff(
            old: Samples.assessment(Samples.activity()),
            new: Samples.assessment(renamed(declared: false)))
        let data = result.changes(in: .data)
        #expect(data.map(\.kind) == [.added, .removed])
        #expect(data.map(\.entry) == ["vrije-tekst", "cv"])
    }

    @Test func renameWithRenamedFromIsOneChangeAndReferencesFollow() throws {
        let result = differ.diff(
            old: Samples.assessment(Samples.activity()),
            new: Samples.assessment(
                renamed(declared: true), file: "new.yaml",
                paths: ["data/vrije-tekst"]))
        let change = try #require(result.changes.first)
        #expect(result.changes.count == 1, "\(result.changes)")
        #expect(change.kind == .renamed)
        #expect(change.old == .text("cv"))
        #expect(change.new == .text("vrije-tekst"))
        #expect(change.location.line == 2)
    }

    @Test func renamedEntryAlsoShowsItsFieldChanges() {
        var new = renamed(declared: true)
        new.data[1].kind = .health
        let result = differ.diff(old: Samples.assessment(Samples.activity()), new: Samples.assessment(new))
        #expect(result.changes.map(\.kind) == [.renamed, .changed])
        #expect(result.changes.map(\.path) == ["data/vrije-tekst", "data/vrije-tekst/kind"])
        #expect(result.highlights.map(\.entry) == ["vrije-tekst"])
    }

    @Test func renamedRoleKeepsItsFindingsAndVisibility() {
        var new = Samples.activity()
        new.roles?[0].id = "werkgever-a"
        new.roles?[0].renamedFrom = "werkgever"
        let result = differ.diff(
            old: Samples.assessment(
                Samples.activity(),
                visibility: [Samples.row("werkgever", [("klanten-b", .other)])],
                findings: [Samples.finding("external_role_sees_other", "roles/werkgever")]),
            new: Samples.assessment(
                new, visibility: [Samples.row("werkgever-a", [("klanten-b", .other)])],
                findings: [Samples.finding("external_role_sees_other", "roles/werkgever-a")]))
        #expect(result.changes.map(\.kind) == [.renamed])
        #expect(result.findings.isEmpty)
        #expect(result.highlights.isEmpty)
    }
}
