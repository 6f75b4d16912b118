import DPIAModel
import Testing

@testable import DPIADiff

/// The one table that classes every change as widening, narrowing or neutral (``FieldKind``), kind by kind.
@Suite struct DirectionTableTests {
    @Test func descriptiveFieldsNeverWidenOrNarrow() {
        let kind = FieldKind.descriptive
        #expect(kind.direction(from: nil, to: .text("Nieuw")) == .neutral)
        #expect(kind.direction(from: .list(["a"]), to: .list(["a", "b"])) == .neutral)
        #expect(kind.direction(from: .flag(true), to: nil) == .neutral)
    }

    @Test func exposureWidensWithMoreDataPartiesUsersOrRiskFlags() {
        let kind = FieldKind.exposure
        // More data, more populations.
        #expect(kind.direction(from: .list(["naw"]), to: .list(["naw", "klantnummer"])) == .widening)
        #expect(kind.direction(from: .list(["naw", "klantnummer"]), to: .list(["naw"])) == .narrowing)
        // Something added and something removed: what was added counts.
        #expect(kind.direction(from: .list(["naw"]), to: .list(["klantnummer"])) == .widening)
        #expect(kind.direction(from: .list(["naw"]), to: .all) == .widening)
        #expect(kind.direction(from: .all, to: .list(["naw"])) == .narrowing)
        #expect(kind.direction(from: nil, to: .list(["naw"])) == .widening)
        #expect(kind.direction(from: .list(["b", "a"]), to: .list(["a", "b"])) == .neutral)
        // Risk flags and numbers.
        #expect(kind.direction(from: .flag(false), to: .flag(true)) == .widening)
        #expect(kind.direction(from: nil, to: .flag(false)) == .neutral)
        #expect(kind.direction(from: .number(40), to: .number(400)) == .widening)
        #expect(kind.direction(from: .number(400), to: .number(40)) == .narrowing)
        #expect(kind.direction(from: nil, to: .number(40)) == .neutral, "a count now known is no wider processing")
        // A reference where there was none (further processing of another purpose).
        #expect(kind.direction(from: nil, to: .symbol("matching")) == .widening)
        #expect(kind.direction(from: .symbol("a"), to: .symbol("b")) == .neutral)
    }

    @Test func safeguardWidensWhenAMeasureGroundOrConditionGoes() {
        let kind = FieldKind.safeguard
        #expect(kind.direction(from: .list(["2fa", "access-logging"]), to: .list(["access-logging"])) == .widening)
        #expect(kind.direction(from: .list(["access-logging"]), to: .list(["access-logging", "2fa"])) == .narrowing)
        // One measure dropped, another added: the dropped one counts.
        #expect(kind.direction(from: .list(["2fa"]), to: .list(["access-logging"])) == .widening)
        #expect(kind.direction(from: .prose("Alleen na toestemming."), to: nil) == .widening)
        #expect(kind.direction(from: nil, to: .prose("Alleen na toestemming.")) == .narrowing)
        #expect(kind.direction(from: .prose("Oud."), to: .prose("Nieuw.")) == .neutral)
        #expect(kind.direction(from: .flag(true), to: .flag(false)) == .widening)
        #expect(kind.direction(from: .flag(false), to: .flag(true)) == .narrowing)
        #expect(kind.direction(from: .text("Verwerkersovereenkomst 2024"), to: nil) == .widening)
    }

    @Test func scaleWidensTowardsTheRiskyEnd() {
        let authentication = FieldKind.ordered([Authentication.twoFactor, .sso, .password])
        #expect(authentication.direction(from: .symbol("2fa"), to: .symbol("password")) == .widening)
        #expect(authentication.direction(from: .symbol("password"), to: .symbol("sso")) == .narrowing)
        #expect(authentication.direction(from: .symbol("2fa"), to: nil) == .widening, "no authentication stated")
        #expect(authentication.direction(from: nil, to: .symbol("password")) == .narrowing)
        #expect(authentication.direction(from: .symbol("2fa"), to: .symbol("unknown")) == .neutral)
        let scope = FieldKind.ordered([AccessScope.own, .all])
        #expect(scope.direction(from: .symbol("own"), to: .symbol("all")) == .widening)
        let status = FieldKind.ordered([MeasureStatus.done, .inProgress, .planned, .dropped])
        #expect(status.direction(from: .symbol("planned"), to: .symbol("dropped")) == .widening)
        #expect(status.direction(from: .symbol("planned"), to: .symbol("done")) == .narrowing)
        let level = FieldKind.ordered([Level.low, .medium, .high])
        #expect(level.direction(from: .symbol("low"), to: .symbol("high")) == .widening)
    }

    @Test func longerRetentionWidens() {
        let kind = FieldKind.retention
        #expect(kind.direction(from: .symbol("P10Y"), to: .symbol("P20Y")) == .widening)
        #expect(kind.direction(from: .symbol("P1Y"), to: .symbol("P6M")) == .narrowing)
        #expect(kind.direction(from: .symbol("P12M"), to: .symbol("P1Y")) == .neutral, "twelve months are a year")
        #expect(kind.direction(from: .symbol("P1Y"), to: .symbol("P1Y1D")) == .widening)
        #expect(kind.direction(from: .symbol("P1Y"), to: .symbol("P1Y")) == .neutral)
        #expect(kind.direction(from: .symbol("P10Y"), to: .symbol("as-long-as-needed")) == .widening)
        #expect(kind.direction(from: .symbol("as-long-as-needed"), to: .symbol("P10Y")) == .narrowing)
    }

    @Test func aHeavierDataClassWidens() {
        let kind = FieldKind.dataKind
        #expect(kind.direction(from: .symbol("profile"), to: .symbol("health")) == .widening)
        #expect(kind.direction(from: .symbol("contact"), to: .symbol("financial")) == .widening, "ordinary → sensitive")
        #expect(kind.direction(from: .symbol("health"), to: .symbol("contact")) == .narrowing)
        #expect(kind.direction(from: .symbol("contact"), to: .symbol("profile")) == .neutral, "both ordinary")
        #expect(kind.direction(from: .symbol("health"), to: .symbol("national-id")) == .neutral, "both need an exception")
    }

    @Test func aPostponedOrDroppedDeadlineWidens() {
        let kind = FieldKind.deadline
        #expect(kind.direction(from: .text("2025-06-30"), to: .text("2025-12-31")) == .widening)
        #expect(kind.direction(from: .text("2025-12-31"), to: .text("2025-06-30")) == .narrowing)
        #expect(kind.direction(from: .text("2025-06-30"), to: nil) == .widening)
        #expect(kind.direction(from: nil, to: .text("2025-06-30")) == .narrowing)
    }

    @Test func entriesAddedOrRemoved() {
        #expect(FieldDescriptions.data.direction(added: true) == .widening)
        #expect(FieldDescriptions.roles.direction(added: false) == .narrowing)
        #expect(FieldDescriptions.measures.direction(added: false) == .widening, "a measure dropped")
        #expect(FieldDescriptions.measures.direction(added: true) == .narrowing)
        #expect(FieldDescriptions.retention.direction(added: false) == .widening, "data without a retention period")
        #expect(FieldDescriptions.risks.direction(added: true) == .neutral)
        #expect(VisibilityCell.entryDescription.direction(added: true) == .widening)
    }

    @Test func fieldsUseTheKindTheIssueNames() {
        func kind(_ section: DiffSection, _ key: String) -> FieldKind? { FieldDescriptions.meaning(of: key, in: section)?.kind }
        #expect(kind(.roles, "authentication") == .ordered([Authentication.twoFactor, .sso, .password]))
        #expect(kind(.roles, "sees/data") == .exposure)
        #expect(kind(.roles, "sees/subjects") == .exposure)
        #expect(kind(.retention, "period") == .retention)
        #expect(kind(.flows, "grounds") == .safeguard)
        #expect(kind(.purposes, "law") == .safeguard)
        #expect(kind(.security, "measures") == .safeguard)
        #expect(kind(.measures, "due") == .deadline)
        #expect(kind(.data, "kind") == .dataKind)
        #expect(kind(.visibility, "data") == .exposure)
    }
}
