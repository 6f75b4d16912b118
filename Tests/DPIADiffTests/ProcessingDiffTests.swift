import DPIAAnalysis
import DPIAModel
import Testing

@testable import DPIADiff

/// Changes in the processing: each section, added, removed and changed, with the right lines.
@Suite struct ProcessingDiffTests {
    let differ = ActivityDiffer()

    private func diff(
        _ edit: (inout ProcessingActivity) -> Void, oldPaths: [String] = [],
        newPaths: [String] = []
    ) -> ActivityDiff {
        var new = Samples.activity()
        edit(&new)
        return differ.diff(
            old: Samples.assessment(Samples.activity(), file: "old.yaml", paths: oldPaths),
            new: Samples.assessment(new, file: "new.yaml", paths: newPaths))
    }

    private func only(_ diff: ActivityDiff, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Change? {
        #expect(diff.changes.count == 1, "\(diff.changes)", sourceLocation: sourceLocation)
        return diff.changes.first
    }

    @Test func identicalVersionsHaveNoChanges() {
        let result = diff { _ in }
        #expect(result.isEmpty)
        #expect(result.highlights.isEmpty)
    }

    @Test func reorderingListsAndEntriesIsNoChange() {
        let result = diff { activity in
            activity.parties.reverse()
            activity.data.reverse()
            activity.subjects.reverse()
            activity.roles?.reverse()
            activity.purposes[0].law.reverse()
            activity.purposes[0].data.reverse()
            activity.data[0].subjects.reverse()
            activity.security?.measures.reverse()
            activity.transparency?.informsAbout.reverse()
            activity.measures?.reverse()
        }
        #expect(result.isEmpty, "\(result.changes)")
    }

    @Test func reflowedProseIsNoChange() {
        let result = diff { $0.purposes[0].necessity = "  Zonder profiel geen\n  match.\n" }
        #expect(result.isEmpty, "\(result.changes)")
    }

    @Test func addedPartyCarriesItsFieldsAndTheNewLine() throws {
        let result = diff(
            { $0.parties.append(Party(id: "uwv", name: "UWV", type: .uwv, role: .source)) },
            newPaths: ["parties", "parties/uwv"])
        let change = try #require(only(result))
        #expect(change.kind == .added)
        #expect(change.section == .parties)
        #expect(change.path == "parties/uwv")
        #expect(change.new == .text("UWV"))
        #expect(change.location == SourceLocation(file: "new.yaml", line: 3, column: 3))
        #expect(change.details.contains(Change.Detail(field: "type", value: .symbol("uwv"))))
    }

    @Test func removedPartyPointsAtTheOldFile() throws {
        let result = diff({ $0.parties.removeAll { $0.id == "gemeente-b" } }, oldPaths: ["parties/gemeente-b"])
        let change = try #require(only(result))
        #expect(change.kind == .removed)
        #expect(change.entry == "gemeente-b")
        #expect(change.old == .text("Gemeente B"))
        #expect(change.location == SourceLocation(file: "old.yaml", line: 2, column: 3))
    }

    @Test func changedFieldHasOldAndNewValueAndTheNewLine() throws {
        let result = diff(
            { $0.parties[2].region = "Midden-Utrecht" },
            newPaths: ["parties/werkgevers", "parties/werkgevers/region"])
        let change = try #require(only(result))
        #expect(change.kind == .added)
        #expect(change.path == "parties/werkgevers/region")
        #expect(change.field == "region")
        #expect(change.old == nil)
        #expect(change.new == .text("Midden-Utrecht"))
        #expect(change.location.line == 3)
    }

    @Test func subjectChanges() throws {
        let result = diff {
            $0.subjects[1].minors = true; $0.subjects[1].count = 1200
        }
        #expect(result.changes.map(\.path) == ["subjects/klanten-b/minors", "subjects/klanten-b/count"])
        #expect(result.changes.map(\.new) == [.flag(true), .number(1200)])
    }

    @Test func dataItemThatBecameSpecialCategoryIsCalledOut() throws {
        let result = diff({ $0.data[2].kind = .health }, newPaths: ["data/belastbaarheid/kind"])
        let change = try #require(only(result))
        #expect(change.path == "data/belastbaarheid/kind")
        #expect(change.old == .symbol("profile"))
        #expect(change.new == .symbol("health"))
        let highlight = try #require(result.highlights.first)
        #expect(result.highlights.count == 1)
        #expect(highlight.kind == .heavierDataClass)
        #expect(highlight.entry == "belastbaarheid")
        #expect(highlight.oldValue == "profile")
        #expect(highlight.newValue == "health")
        #expect(highlight.location.line == 2)
    }

    @Test func newSpecialCategoryItemIsCalledOutButAKindWithinTheClassIsNot() {
        let added = diff { $0.data.append(DataItem(id: "bsn", name: "BSN", kind: .nationalID)) }
        #expect(added.highlights.map(\.entry) == ["bsn"])
        var old = Samples.activity()
        old.data[2].kind = .health
        var new = old
        new.data[2].kind = .ethnicity
        let within = differ.diff(old: Samples.assessment(old), new: Samples.assessment(new))
        #expect(within.changes.count == 1)
        #expect(within.highlights.isEmpty)
    }

    @Test func purposesAndLegalBases() {
        let result = diff { activity in
            activity.purposes[0].basis = .consent
            activity.purposes[0].law.append("Wet SUWI art. 62")
            activity.purposes[0].consent = ConsentDetails(informed: true)
            activity.purposes.append(Purpose(id: "rapportage", basis: .publicTask, furtherProcessingOf: "matching"))
        }
        #expect(
            result.changes.map(\.path) == [
                "purposes/matching/basis", "purposes/matching/law", "purposes/matching/consent/informed",
                "purposes/rapportage",
            ])
        #expect(result.changes[1].listDelta.added == ["Wet SUWI art. 62"])
        #expect(result.changes[1].listDelta.removed.isEmpty)
    }

    @Test func roleScopeAndVisibilityChange() throws {
        var old = Samples.activity()
        old.roles?[0].sees.scope = .all
        let new = Samples.activity()
        let result = differ.diff(
            old: Samples.assessment(old, visibility: [Samples.row("werkgever", [("klanten-a", .own), ("klanten-b", .other)])]),
            new: Samples.assessment(
                new, file: "new.yaml", paths: ["roles/werkgever/sees"],
                visibility: [Samples.row("werkgever", [("klanten-a", .own)])]))
        #expect(result.changes.map(\.path) == ["roles/werkgever/sees/scope", "visibility/werkgever/klanten-b"])
        #expect(result.changes[0].old == .symbol("all"))
        #expect(result.changes[0].new == .symbol("own"))
        #expect(result.changes[1].kind == .removed)
        #expect(result.highlights.isEmpty)
    }

    @Test func roleThatNowSeesAnotherMunicipalitysClientsIsCalledOut() throws {
        let activity = Samples.activity()
        let result = differ.diff(
            old: Samples.assessment(activity, visibility: [Samples.row("werkgever", [("klanten-a", .own)])]),
            new: Samples.assessment(
                activity, file: "new.yaml", paths: ["roles/werkgever/sees"],
                visibility: [
                    Samples.row("werkgever", [("klanten-a", .own), ("klanten-b", .other)]),
                    Samples.row("coach", party: "gemeente-a", external: false, [("klanten-a", .own)]),
                ]))
        #expect(result.changes.map(\.path) == ["visibility/werkgever/klanten-b", "visibility/coach/klanten-a"])
        let highlight = try #require(result.highlights.first)
        #expect(result.highlights.count == 1)
        #expect(highlight.kind == .seesOtherControllersSubjects)
        #expect(highlight.entry == "werkgever")
        #expect(highlight.items == ["klanten-b"])
        #expect(highlight.location.line == 2)
    }

    @Test func visibilityDataChangeIsAFieldChange() throws {
        let activity = Samples.activity()
        let result = differ.diff(
            old: Samples.assessment(activity, visibility: [Samples.row("werkgever", [("klanten-a", .own)])]),
            new: Samples.assessment(
                activity,
                visibility: [
                    Samples.row("werkgever", [("klanten-a", .own)], data: ["contact", "cv"])
                ]))
        let change = try #require(only(result))
        #expect(change.path == "visibility/werkgever/klanten-a/data")
        #expect(change.listDelta.added == ["cv"])
    }

    @Test func flowsRetentionAndDeletionMode() {
        let result = diff { activity in
            activity.flows?[0].pseudonymised = true
            activity.flows?[0].grounds = []
            activity.retention?[0].deletion = .automated
            activity.retention?[0].period = .asLongAsNeeded
        }
        #expect(
            result.changes.map(\.path) == [
                "flows/naar-werkgevers/pseudonymised", "flows/naar-werkgevers/grounds",
                "retention/contact+cv/period", "retention/contact+cv/deletion",
            ])
        #expect(result.changes[1].kind == .removed)
        #expect(result.changes[2].new == .symbol("as-long-as-needed"))
        #expect(result.changes[3].old == .symbol("manual"))
        #expect(result.changes[3].new == .symbol("automated"))
    }

    @Test func transparencyRightsSecurityTechniquesGovernance() {
        let result = diff { activity in
            activity.transparency?.separateFromTerms = true
            activity.transparency?.informsAbout.append(.visibility)
            activity.rights?.procedures[.erasure] = "Op verzoek binnen 4 weken."
            activity.rights?.procedures[.objection] = nil
            activity.security?.measures.append(.accessLogging)
            activity.techniques?.profiling = true
            activity.governance?.changeProcessIncludesPrivacyReview = true
        }
        #expect(
            result.changes.map(\.path) == [
                "security/measures", "transparency/separate_from_terms", "transparency/informs_about", "rights/erasure",
                "rights/objection", "techniques/profiling", "governance/change_process_includes_privacy_review",
            ])
        #expect(result.changes.map(\.kind) == [.changed, .changed, .changed, .added, .removed, .changed, .changed])
    }

    @Test func absentTechniquesSectionReadsAsAllFalse() {
        var old = Samples.activity()
        old.techniques = nil
        var new = Samples.activity()
        new.techniques = Techniques()
        #expect(differ.diff(old: Samples.assessment(old), new: Samples.assessment(new)).isEmpty)
    }

    @Test func generalFieldsButNotTheVersionLabel() {
        let result = diff { activity in
            activity.version = "0.4"
            activity.status = .inReview
            activity.contacts?.dpo = "FG"
        }
        #expect(result.changes.map(\.path) == ["status", "contacts/dpo"])
        #expect(result.new.version == "0.4")
        #expect(result.old.version == "0.3")
    }
}
