import DPIAModel
import Testing

@testable import DPIASpec

/// Durations, dates, yes/no, ids and suggestions as the loader reads them.
@Suite struct ValueParsingTests {
    /// The retention period the loader reads from `period: <text>`, or its message.
    func period(_ text: String) -> String {
        let spec = HostileInputTests.minimal("retention:\n  - { data: [naw], period: \(text) }\n")
        let result = SpecLoader().load(text: spec, path: "spec.yaml")
        if let rule = result.activity?.activity.retention?.first {
            switch rule.period {
            case .duration(let duration): return duration.description
            case .asLongAsNeeded: return "as-long-as-needed"
            }
        }
        return result.diagnostics.map(\.message).joined(separator: "\n")
    }

    @Test(arguments: [
        ("P10Y", "P10Y"), ("P6M", "P6M"), ("P1Y6M", "P1Y6M"), ("P4W", "P4W"), ("P30D", "P30D"),
        ("10 jaar", "P10Y"), ("1 jaar", "P1Y"), ("6 maanden", "P6M"), ("4 weken", "P4W"), ("30 dagen", "P30D"),
        ("10 years", "P10Y"), ("1 month", "P1M"), ("\"2 years and 6 months\"", "P2Y6M"),
        ("1 jaar en 6 maanden", "P1Y6M"), ("as-long-as-needed", "as-long-as-needed"),
        ("zolang-noodzakelijk", "as-long-as-needed"),
    ])
    func durations(text: String, expected: String) {
        #expect(period(text) == expected)
    }

    @Test(arguments: ["tien jaar", "P10X", "10", "jaar", "P", "forever", "10 eeuwen"])
    func badDurations(text: String) {
        #expect(
            period(text) == "'\(text)' is not a duration; write it like P10Y, P6M, 10 jaar or 6 months "
                + "(or as-long-as-needed)")
    }

    @Test func emptyDuration() {
        #expect(period("") == "'period' is empty; write a duration such as P10Y or 10 jaar")
    }

    /// The measure's due date, or the message.
    func due(_ text: String) -> String {
        let spec = HostileInputTests.minimal("measures:\n  - { id: m, addresses: [x_rule], decision: accept, due: \(text) }\n")
        let result = SpecLoader().load(text: spec, path: "spec.yaml")
        if let measure = result.activity?.activity.measures?.first { return measure.due?.description ?? "none" }
        return result.diagnostics.map(\.message).joined(separator: "\n")
    }

    @Test func dates() {
        #expect(due("2025-06-30") == "2025-06-30")
        #expect(due("\"2024-02-29\"") == "2024-02-29")
        #expect(due("~") == "none")
        for bad in ["2025-02-29", "2025-13-01", "30-06-2025", "2025-6-30", "30 juni 2025", "2025-06-30T12:00:00"] {
            #expect(due(bad) == "'\(bad)' is not a date; write it as year-month-day, like 2025-06-30")
        }
    }

    @Test func yesAndNo() {
        for (text, value) in [("true", true), ("false", false), ("yes", true), ("no", false), ("ja", true), ("nee", false)] {
            let spec = HostileInputTests.minimal("techniques: { cloud: \(text) }\n")
            #expect(SpecLoader().load(text: spec, path: "s").activity?.activity.techniques?.cloud == value)
        }
    }

    @Test func identifiers() {
        #expect(IdentifierShape.isID("gemeente-utrecht-2"))
        #expect(!IdentifierShape.isID("Gemeente") && !IdentifierShape.isID("a_b") && !IdentifierShape.isID(""))
        #expect(IdentifierShape.suggestedID(for: "Kandidaten_Utrecht") == "kandidaten-utrecht")
        #expect(IdentifierShape.suggestedID(for: "  Zorg & Welzijn ") == "zorg-welzijn")
        #expect(IdentifierShape.isRuleID("retention_no_period") && !IdentifierShape.isRuleID("retention-no-period"))
        #expect(IdentifierShape.isFindingID("rule_a@roles/werkgever/sees"))
        #expect(!IdentifierShape.isFindingID("rule_a@") && !IdentifierShape.isFindingID("@roles/x"))
    }

    @Test func suggestions() {
        #expect(Suggestion.closest(to: "agrement", in: ["agreement", "affiliated"]) == "agreement")
        #expect(Suggestion.closest(to: "scoop", in: ["data", "scope"]) == "scope")
        #expect(Suggestion.closest(to: "Title", in: ["title"]) == "title")
        #expect(Suggestion.closest(to: "purpsoe", in: ["purposes", "purpose"]) == "purpose")
        #expect(Suggestion.closest(to: "colour", in: ["id", "name", "kind", "source"]) == nil)
        #expect(Suggestion.closest(to: "xyz", in: []) == nil)
    }
}
