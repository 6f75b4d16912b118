import DPIAModel
import Foundation
import Testing

@testable import DPIARegister

@Suite struct RecordingTests {
    @Test func recordingTwiceIsIdempotent() throws {
        try Fixtures.withRegister { register, _ in
            let assessment = Fixtures.assessment(Fixtures.activity())
            let first = try register.record([assessment], on: Fixtures.date("2025-01-10"))
            #expect(first.map(\.kind) == [.new])
            let before = try register.export()
            let second = try register.record([assessment], on: Fixtures.date("2025-02-01"))
            #expect(second.map(\.kind) == [.unchanged])
            #expect(second[0].versionID == first[0].versionID)
            #expect(try register.export() == before)
        }
    }

    @Test func storesVersionFindingsAndMeasures() throws {
        try Fixtures.withRegister { register, _ in
            let outcome = try register.record([Fixtures.assessment(Fixtures.activity())], on: Fixtures.date("2025-01-10"))[0]
            let export = try register.export()
            #expect(export.versions.count == 1)
            #expect(export.versions[0].id == outcome.versionID)
            #expect(export.versions[0].label == "1.0")
            #expect(export.versions[0].status == .draft)
            #expect(export.recordings.map(\.sourcePath) == ["Registers/utrecht/hallowerk.yaml"])
            #expect(export.findings.count == 3)
            let free = try #require(export.findings.first { $0.ruleID == "free_text_special_categories" })
            #expect(free.level == .high && free.residual == .high && free.addressed && free.decision == .accept)
            #expect(free.measures == #"["m-vrije-tekst"]"#)
            #expect(export.findings.first { $0.origin == "declared-risk" }?.addressed == false)
            #expect(export.measures.map(\.id).sorted() == ["m-bewaartermijn", "m-privacyverklaring", "m-vrije-tekst"])
        }
    }

    @Test func historyListsVersionsWithFindingCounts() throws {
        try Fixtures.withRegister { register, _ in
            _ = try register.record([Fixtures.assessment(Fixtures.activity())], on: Fixtures.date("2025-01-10"))
            _ = try register.record([Fixtures.assessment(Fixtures.activity(version: "1.1"))], on: Fixtures.date("2025-02-10"))
            // Undoing the change records the first version again, as a recording, not a new version.
            let back = try register.record([Fixtures.assessment(Fixtures.activity())], on: Fixtures.date("2025-03-10"))[0]
            #expect(back.kind == .returned)
            let history = try register.history(of: "hallowerk")
            #expect(history.versions.map(\.sequence) == [1, 2, 3])
            #expect(history.versions.map(\.label) == ["1.0", "1.1", "1.0"])
            #expect(history.versions[0].versionID == history.versions[2].versionID)
            #expect(history.versions[0].findings == FindingCounts(high: 1, medium: 1, low: 1, unaddressed: 2, residualHigh: 1))
            #expect(history.reassessment == nil)
            #expect(try register.export().versions.count == 2)
            #expect { try register.history(of: "halowerk") } throws: { "\($0)".contains("known activities: hallowerk") }
        }
    }

    @Test func changedAdoptedActivityNeedsReassessment() throws {
        try Fixtures.withRegister { register, _ in
            let adoptedOn = Fixtures.date("2025-03-01")
            _ = try register.record([Fixtures.assessment(Fixtures.activity(status: .inReview))], on: Fixtures.date("2025-02-01"))
            let adopted = try register.record(
                [Fixtures.assessment(Fixtures.activity(status: .adopted, adoptedOn: adoptedOn))], on: adoptedOn)[0]
            #expect(adopted.reassessment == nil)

            // Edited after adoption, status and adoption date unchanged: outdated.
            var edited = Fixtures.activity(status: .adopted, adoptedOn: adoptedOn)
            edited.data.append(DataItem(id: "bsn", name: "BSN", kind: .nationalID, subjects: ["werkzoekenden"]))
            let outcome = try register.record([Fixtures.assessment(edited)], on: Fixtures.date("2025-05-01"))[0]
            let notice = try #require(outcome.reassessment)
            #expect(notice.adoptedVersionID == adopted.versionID)
            #expect(notice.changedSections == ["data"])
            #expect(notice.message.contains("needs re-assessment"))
            #expect(try register.history(of: "hallowerk").reassessment == notice)
            #expect(try register.reassessmentNotices() == [notice])
            // Recording the same edit again still reports it.
            #expect(try register.record([Fixtures.assessment(edited)], on: Fixtures.date("2025-05-02"))[0].reassessment == notice)

            // Back to draft for a new round: still outdated, now also the status differs.
            var draft = edited
            draft.status = .draft
            let drafted = try register.record([Fixtures.assessment(draft)], on: Fixtures.date("2025-05-03"))[0]
            #expect(drafted.reassessment?.changedSections == ["data", "status"])

            // Adopted again (new adoption date): up to date.
            var readopted = edited
            readopted.governance?.adoptedOn = Fixtures.date("2025-06-01")
            #expect(try register.record([Fixtures.assessment(readopted)], on: Fixtures.date("2025-06-01"))[0].reassessment == nil)
        }
    }

    @Test func recordsSeveralActivitiesInOneTransaction() throws {
        try Fixtures.withRegister { register, _ in
            let outcomes = try register.record(
                [Fixtures.assessment(Fixtures.activity()), Fixtures.assessment(Fixtures.activity(id: "vum-pilot", title: "VUM"))],
                on: Fixtures.date("2025-01-10"))
            #expect(outcomes.map(\.kind) == [.new, .new])
            #expect(try register.activityIDs() == ["hallowerk", "vum-pilot"])
        }
    }
}

@Suite struct VersionLookupTests {
    @Test func recordedVersionReadsBackAsTheActivity() throws {
        try Fixtures.withRegister { register, _ in
            let activity = Fixtures.activity()
            let outcome = try register.record([Fixtures.assessment(activity)], on: Fixtures.date("2025-01-10"))[0]
            let read = try register.activity(version: outcome.versionID)
            #expect(try ActivityFingerprint(read).contentHash == outcome.contentHash)
            #expect(read.rights == activity.rights && read.measures?.count == 3)
            // A unique prefix of the hash is enough.
            #expect(try register.activity(version: "hallowerk@" + outcome.contentHash.prefix(6)).id == "hallowerk")
        }
    }

    @Test func unknownVersionsAreExplained() throws {
        try Fixtures.withRegister { register, _ in
            let outcome = try register.record([Fixtures.assessment(Fixtures.activity())], on: Fixtures.date("2025-01-10"))[0]
            #expect { try register.activity(version: "hallowerk@0000000") } throws: {
                "\($0)".contains("no recorded version of hallowerk has this hash") && "\($0)".contains(outcome.versionID)
            }
            #expect { try register.activity(version: "halowerk@0000000") } throws: { "\($0)".contains("hallowerk@…") }
            #expect { try register.activity(version: "hallowerk") } throws: { "\($0)".contains("activity-id@hash") }
        }
    }
}
