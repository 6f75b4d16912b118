import DPIAAnalysis
import DPIAModel
import Testing

@testable import DPIADiff

/// Findings, measures, declared risks and the pre-scan.
@Suite struct RiskDiffTests {
    let differ = ActivityDiffer()
    let activity = Samples.activity()

    private func diff(old: [Finding], new: [Finding]) -> ActivityDiff {
        differ.diff(old: Samples.assessment(activity, findings: old), new: Samples.assessment(activity, findings: new))
    }

    @Test func findingsAppearResolveAndChangeLevel() {
        let kept = Samples.finding("retention_deletion_not_automated", "retention/contact+cv")
        let result = diff(
            old: [
                kept, Samples.finding("gone", "roles/werkgever"),
                Samples.finding("rises", "data/cv", likelihood: .low, impact: .high),
            ],
            new: [
                kept, Samples.finding("rises", "data/cv", likelihood: .high, impact: .high),
                Samples.finding("fresh", "flows/naar-werkgevers", likelihood: .medium, impact: .medium),
            ])
        #expect(result.findings.map(\.kind) == [.changed, .appeared, .resolved])
        #expect(result.findings.map(\.id) == ["rises@data/cv", "fresh@flows/naar-werkgevers", "gone@roles/werkgever"])
        #expect(result.findings[0].old?.level == .low)
        #expect(result.findings[0].new?.level == .high)
        #expect(result.changes.isEmpty)
    }

    @Test func sameFindingsInAnotherOrderAreNoChange() {
        let one = Samples.finding("a", "data/cv"), two = Samples.finding("b", "data/contact")
        #expect(diff(old: [one, two], new: [two, one]).isEmpty)
    }

    @Test func treatmentChangeIsAFindingChange() {
        let bare = Samples.finding("a", "data/cv")
        var treated = bare
        treated.treatment = Treatment(measures: ["m-cv"], decision: .mitigate, residual: .low)
        let result = diff(old: [bare], new: [treated])
        #expect(result.findings.map(\.kind) == [.changed])
        #expect(result.findings[0].new?.addressed == true)
        #expect(result.findings[0].new?.residual == .low)
    }

    @Test func failOnNewCountsOnlyNewUnaddressedFindingsAtTheLevel() {
        let treatment = Treatment(measures: ["m"], decision: .mitigate, residual: .low)
        let result = diff(
            old: [
                Samples.finding("was-low", "data/cv", likelihood: .low, impact: .low),
                Samples.finding("lost-measure", "data/contact", treatment: treatment),
                Samples.finding("old-high", "roles/coach"),
            ],
            new: [
                Samples.finding("was-low", "data/cv", likelihood: .high, impact: .high),
                Samples.finding("lost-measure", "data/contact"),
                Samples.finding("old-high", "roles/coach"),
                Samples.finding("new-medium", "flows/x", likelihood: .medium, impact: .medium),
                Samples.finding("new-treated", "flows/y", treatment: treatment),
            ])
        #expect(result.newUnaddressedFindings(atOrAbove: .high).map(\.ruleID) == ["was-low", "lost-measure"])
        #expect(result.newUnaddressedFindings(atOrAbove: .medium).map(\.ruleID) == ["was-low", "lost-measure", "new-medium"])
        // At `low`, a finding that was already unaddressed at `low` is not new.
        #expect(result.newUnaddressedFindings(atOrAbove: .low).map(\.ruleID) == ["lost-measure", "new-medium"])
    }

    @Test func measuresAddedRemovedAndChanged() {
        var new = activity
        new.measures?[0].decision = .accept
        new.measures?[0].owner = "Proceseigenaar"
        new.measures?[0].due = CalendarDate(year: 2025, month: 9, day: 1)
        new.measures?[0].status = .done
        new.measures?.removeLast()
        new.measures?.append(Measure(id: "m-log", addresses: ["usage_logging_not_disclosed"], decision: .mitigate))
        let result = differ.diff(old: Samples.assessment(activity), new: Samples.assessment(new))
        #expect(
            result.changes.map(\.path) == [
                "measures/m-bewaren/decision", "measures/m-bewaren/owner", "measures/m-bewaren/due",
                "measures/m-bewaren/status", "measures/m-log", "measures/m-toegang",
            ])
        #expect(result.changes[2].old == .text("2025-06-30"))
        #expect(result.changes[2].new == .text("2025-09-01"))
        #expect(result.changes.map(\.kind).suffix(2) == [.added, .removed])
    }

    @Test func declaredRiskChanges() {
        var new = activity
        new.risks?[0].likelihood = .high
        let result = differ.diff(old: Samples.assessment(activity), new: Samples.assessment(new))
        #expect(result.changes.map(\.path) == ["risks/heridentificatie/likelihood"])
        #expect(result.changes[0].section == .risks)
    }

    @Test func preScanVerdictAndCriteria() throws {
        func criterion(_ id: String, _ applies: Bool) -> PreScanCriterion {
            PreScanCriterion(
                id: id, framework: .edpb, title: LocalizedText(nl: id, en: id), applies: applies,
                reason: LocalizedText(nl: "", en: ""))
        }
        let result = differ.diff(
            old: Samples.assessment(
                activity, verdict: .recommended,
                criteria: [criterion("edpb-7", true), criterion("edpb-6", false)]),
            new: Samples.assessment(
                activity, verdict: .mandatory,
                criteria: [criterion("edpb-7", true), criterion("edpb-6", true)]))
        let change = try #require(result.preScan)
        #expect(change.oldVerdict == .recommended)
        #expect(change.newVerdict == .mandatory)
        #expect(change.nowApplying.map(\.id) == ["edpb-6"])
        #expect(change.noLongerApplying.isEmpty)
        let same = differ.diff(
            old: Samples.assessment(activity, criteria: [criterion("edpb-7", true)]),
            new: Samples.assessment(activity, criteria: [criterion("edpb-7", true)]))
        #expect(same.preScan == nil)
    }

    @Test func renamedDeclaredRiskKeepsItsFinding() {
        var new = activity
        new.risks?[0].id = "herleidbaarheid"
        new.risks?[0].renamedFrom = "heridentificatie"
        new.measures?[1].addresses = ["herleidbaarheid"]
        let result = differ.diff(
            old: Samples.assessment(
                activity,
                findings: [
                    Samples.finding("heridentificatie", "risks/heridentificatie", declared: true)
                ]),
            new: Samples.assessment(
                new,
                findings: [
                    Samples.finding("herleidbaarheid", "risks/herleidbaarheid", declared: true)
                ]))
        #expect(result.findings.isEmpty)
        #expect(result.changes.map(\.kind) == [.renamed])
    }
}
