import DPIAModel
import Foundation
import Testing

@testable import DPIARegister

@Suite struct ConcurrencyTests {
    /// Two connections pools (as two processes would have) record and update at the same time; nothing is lost.
    @Test func twoPoolsWritingAtOnceLoseNothing() async throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("register.sqlite").path
        let updatesPerWriter = 40
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0..<2 {
                group.addTask {
                    // Each writer opens (and so migrates) the empty register itself.
                    let register = try RegisterDatabase(path: path)
                    _ = try register.record([Fixtures.assessment(Fixtures.activity())], on: Fixtures.date("2025-01-10"))
                    _ = try register.record(
                        [Fixtures.assessment(Fixtures.activity(id: "activity-\(writer)"))],
                        on: Fixtures.date("2025-01-10"))
                    for index in 0..<updatesPerWriter {
                        _ = try register.update(
                            MeasureUpdate(
                                measureID: "m-bewaartermijn", activityID: "hallowerk", status: .inProgress,
                                on: Fixtures.date("2025-02-01"), note: "writer \(writer) update \(index)"))
                    }
                }
            }
            try await group.waitForAll()
        }
        let register = try RegisterDatabase(path: path)
        let export = try register.export()
        #expect(export.activities.map(\.id) == ["activity-0", "activity-1", "hallowerk"])
        #expect(export.recordings.filter { $0.activityID == "hallowerk" }.count == 1)
        #expect(export.measureEvents.count == 2 * updatesPerWriter)
        #expect(Set(export.measureEvents.compactMap(\.note)).count == 2 * updatesPerWriter)
        #expect(try register.integrityProblems() == [])
    }
}
