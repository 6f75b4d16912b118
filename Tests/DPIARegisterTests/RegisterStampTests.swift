import DPIAModel
import Foundation
import Testing

@testable import DPIARegister

/// The stamp and the refresh the web board relies on: after updates, reading only the changed activities
/// must give exactly what reading everything gives.
@Suite struct RegisterStampTests {
    let today = Fixtures.date("2025-07-15")

    @Test func updatesAfterAStampAreExactlyTheChangedActivitiesMeasures() throws {
        try Fixtures.withRegister { register, _ in
            let activities = ["a", "b", "c"].map { Fixtures.activity(id: $0, title: "Verwerking \($0)") }
            _ = try register.record(activities.map { Fixtures.assessment($0) }, on: Fixtures.date("2025-01-10"))
            let start = try register.stamp()
            #expect(start.lastEvent == 0)
            #expect(try register.measuresUpdated(since: start, today: today).measures.isEmpty)

            for (activity, status) in [("a", MeasureStatus.inProgress), ("c", .done), ("a", .done)] {
                _ = try register.update(
                    MeasureUpdate(
                        measureID: "m-bewaartermijn", activityID: activity, status: status, on: Fixtures.date("2025-03-01")))
            }
            let now = try register.stamp()
            #expect(now.onlyAddsEvents(to: start))
            #expect(!start.onlyAddsEvents(to: now))
            let (changed, stamp) = try register.measuresUpdated(since: start, today: today)
            #expect(stamp == now)
            #expect(Set(changed.map(\.activityID)) == ["a", "c"])
            // What the refresh read equals what a full read says of the same activities.
            let all = try register.measures(matching: MeasureQuery(today: today)).filter { $0.activityID != "b" }
            #expect(changed.sorted(by: TrackedMeasure.listOrder) == all.sorted(by: TrackedMeasure.listOrder))
            #expect(changed.first { $0.activityID == "a" && $0.measure.id == "m-bewaartermijn" }?.progress.status == .done)

            // A new recording is not an update only: the board reads everything again.
            var changedA = Fixtures.activity(id: "a", title: "Verwerking a", version: "2.0")
            changedA.summary = "Nieuwe versie"
            _ = try register.record([Fixtures.assessment(changedA)], on: Fixtures.date("2025-04-01"))
            #expect(!(try register.stamp()).onlyAddsEvents(to: now))
        }
    }
}
