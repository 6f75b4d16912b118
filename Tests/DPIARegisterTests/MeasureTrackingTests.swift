import DPIAModel
import Foundation
import Testing

@testable import DPIARegister

@Suite struct MeasureTrackingTests {
    let today = Fixtures.date("2025-07-15")

    @Test func effectiveStatusIsLatestUpdateElseSpecElsePlanned() throws {
        try Fixtures.withRegister { register, _ in
            var activity = Fixtures.activity()
            activity.measures?[1].status = .inProgress
            _ = try register.record([Fixtures.assessment(activity)], on: Fixtures.date("2025-01-10"))
            var progress = try register.measureProgress(activityID: "hallowerk")
            #expect(progress.map(\.status) == [.inProgress, .planned, .planned])

            _ = try register.update(
                MeasureUpdate(
                    measureID: "m-privacyverklaring", status: .inProgress,
                    on: Fixtures.date("2025-03-01"), note: "Tekst in concept"))
            let done = try register.update(
                MeasureUpdate(
                    measureID: "m-privacyverklaring", status: .done, on: Fixtures.date("2025-04-01"),
                    evidence: "https://utrecht.example/privacy", author: "Projectleider HW"))
            #expect(
                done.progress
                    == MeasureProgress(
                        measureID: "m-privacyverklaring", status: .done,
                        updatedOn: Fixtures.date("2025-04-01"),
                        evidence: "https://utrecht.example/privacy"))
            // An update entered later but dated earlier does not override the latest one.
            _ = try register.update(
                MeasureUpdate(
                    measureID: "m-privacyverklaring", status: .inProgress,
                    on: Fixtures.date("2025-02-01")))
            progress = try register.measureProgress(activityID: "hallowerk")
            #expect(progress.first { $0.measureID == "m-privacyverklaring" }?.status == .done)
            #expect(try register.measureProgress(activityID: "unknown-activity") == [])
        }
    }

    /// An update's texts follow the loader's rule, so that `actions show` cannot act on a terminal and an
    /// export of the register can always be restored.
    @Test func updateTextsWithControlCharactersAreRefused() throws {
        try Fixtures.withRegister { register, _ in
            _ = try register.record([Fixtures.assessment(Fixtures.activity())], on: Fixtures.date("2025-01-10"))
            let update = MeasureUpdate(
                measureID: "m-privacyverklaring", status: .done, on: Fixtures.date("2025-03-01"),
                note: "klaar\u{1B}]0;titel\u{07}")
            #expect(
                throws: RegisterError.invalidUpdateText(
                    field: LocalizedText(nl: "notitie", en: "note"),
                    problem: LocalizedText(
                        nl: "bevat het stuurteken <U+001B>, dat een rapport niet kan tonen; haal het weg",
                        en: "contains the control character <U+001B>, which a report cannot show; remove it"))
            ) {
                try register.update(update)
            }
            #expect(throws: RegisterError.self) {
                try register.update(
                    MeasureUpdate(
                        measureID: "m-privacyverklaring", status: .done,
                        on: Fixtures.date("2025-03-01"), author: "PL\u{202E}"))
            }
            #expect(try register.export().measureEvents.isEmpty)
        }
    }

    @Test func overdueIsJudgedAgainstTheGivenDay() throws {
        try Fixtures.withRegister { register, _ in
            _ = try register.record([Fixtures.assessment(Fixtures.activity())], on: Fixtures.date("2025-01-10"))
            let beforeDue = try register.measures(matching: MeasureQuery(overdueOnly: true, today: Fixtures.date("2025-06-30")))
            #expect(beforeDue.isEmpty)
            let afterDue = try register.measures(matching: MeasureQuery(overdueOnly: true, today: Fixtures.date("2025-07-01")))
            #expect(afterDue.map(\.measure.id) == ["m-privacyverklaring"])
            _ = try register.update(MeasureUpdate(measureID: "m-privacyverklaring", status: .dropped, on: Fixtures.date("2025-07-02")))
            #expect(
                try register.measures(matching: MeasureQuery(overdueOnly: true, today: Fixtures.date("2026-01-01")))
                    .map(\.measure.id) == ["m-bewaartermijn"])
        }
    }

    @Test func listsAcrossActivitiesWithFilters() throws {
        try Fixtures.withRegister { register, _ in
            _ = try register.record(
                [
                    Fixtures.assessment(Fixtures.activity()),
                    Fixtures.assessment(Fixtures.activity(id: "vum-pilot", title: "VUM-pilot")),
                ],
                on: Fixtures.date("2025-01-10"))
            let all = try register.measures(matching: MeasureQuery(today: today))
            #expect(all.count == 6)
            #expect(all.map(\.activityID) == ["hallowerk", "hallowerk", "hallowerk", "vum-pilot", "vum-pilot", "vum-pilot"])
            // Sorted by due date, measures without a due date last.
            #expect(all.prefix(3).map(\.measure.id) == ["m-privacyverklaring", "m-bewaartermijn", "m-vrije-tekst"])
            let owned = try register.measures(matching: MeasureQuery(activityID: "hallowerk", owner: "projectleider", today: today))
            #expect(owned.map(\.measure.id) == ["m-privacyverklaring", "m-vrije-tekst"])
            #expect(owned.allSatisfy { $0.activityTitle == "HalloWerk" })
            let open = try register.measures(matching: MeasureQuery(statuses: [.planned, .inProgress], today: today))
            #expect(open.count == 6 && open.allSatisfy(\.isOpen))
            #expect { try register.measures(matching: MeasureQuery(activityID: "halowerk", today: today)) } throws: {
                "\($0)".contains("No activity 'halowerk'")
            }
        }
    }

    @Test func ambiguousMeasureIdNeedsTheActivity() throws {
        try Fixtures.withRegister { register, _ in
            _ = try register.record(
                [
                    Fixtures.assessment(Fixtures.activity()),
                    Fixtures.assessment(Fixtures.activity(id: "vum-pilot")),
                ], on: Fixtures.date("2025-01-10"))
            #expect(throws: RegisterError.ambiguousMeasure("m-bewaartermijn", activities: ["hallowerk", "vum-pilot"])) {
                try register.update(MeasureUpdate(measureID: "m-bewaartermijn", status: .done, on: today))
            }
            let updated = try register.update(
                MeasureUpdate(
                    measureID: "m-bewaartermijn", activityID: "vum-pilot",
                    status: .done, on: today))
            #expect(updated.activityID == "vum-pilot" && updated.progress.status == .done)
            #expect(try register.measureProgress(activityID: "hallowerk").allSatisfy { $0.status == .planned })
            #expect(throws: RegisterError.unknownMeasure("m-bewartermijn", activity: nil, suggestions: ["m-bewaartermijn"])) {
                try register.update(MeasureUpdate(measureID: "m-bewartermijn", status: .done, on: today))
            }
            #expect {
                try register.update(MeasureUpdate(measureID: "m-bewaartermijn", activityID: "nobody", status: .done, on: today))
            } throws: { "\($0)".contains("No activity 'nobody'") }
        }
    }

    @Test func removedMeasureKeepsItsHistory() throws {
        try Fixtures.withRegister { register, _ in
            _ = try register.record([Fixtures.assessment(Fixtures.activity())], on: Fixtures.date("2025-01-10"))
            _ = try register.update(
                MeasureUpdate(
                    measureID: "m-vrije-tekst", status: .inProgress, on: Fixtures.date("2025-02-01"),
                    note: "Werkinstructie in de maak"))
            var changed = Fixtures.activity(version: "1.1")
            changed.measures?.removeAll { $0.id == "m-vrije-tekst" }
            changed.measures?[0].owner = "Privacy officer"
            _ = try register.record([Fixtures.assessment(changed)], on: Fixtures.date("2025-03-01"))

            let all = try register.measures(matching: MeasureQuery(today: today))
            let removed = try #require(all.first { $0.measure.id == "m-vrije-tekst" })
            #expect(removed.progress.removed && removed.progress.status == .inProgress && !removed.isOpen)
            #expect(try register.measures(matching: MeasureQuery(includeRemoved: false, today: today)).count == 2)
            #expect(all.first { $0.measure.id == "m-privacyverklaring" }?.measure.owner == "Privacy officer")

            let history = try register.history(ofMeasure: "m-vrije-tekst", today: today)
            #expect(history.definitions.map { $0.measure == nil } == [false, true])
            #expect(history.definitions.map(\.recordedOn) == [Fixtures.date("2025-01-10"), Fixtures.date("2025-03-01")])
            #expect(history.events.map(\.note) == ["Werkinstructie in de maak"])
            let owner = try register.history(ofMeasure: "m-privacyverklaring", today: today)
            #expect(owner.definitions.map { $0.measure?.owner } == ["Projectleider HW", "Privacy officer"])
            // Progress can still be recorded for a removed measure.
            _ = try register.update(MeasureUpdate(measureID: "m-vrije-tekst", status: .dropped, on: today))
            #expect(try register.measureProgress(activityID: "hallowerk").first { $0.removed }?.status == .dropped)
        }
    }
}
