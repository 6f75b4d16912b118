import DPIAModel
import Foundation
import Testing

@testable import DPIARegister

@Suite struct ExportTests {
    @Test func exportRestoreRoundTrip() throws {
        try Fixtures.withRegister { register, directory in
            _ = try register.record([Fixtures.assessment(Fixtures.activity())], on: Fixtures.date("2025-01-10"))
            _ = try register.record([Fixtures.assessment(Fixtures.activity(id: "vum-pilot"))], on: Fixtures.date("2025-01-11"))
            _ = try register.record([Fixtures.assessment(Fixtures.activity(version: "2"))], on: Fixtures.date("2025-02-10"))
            _ = try register.update(
                MeasureUpdate(
                    measureID: "m-privacyverklaring", activityID: "hallowerk", status: .done,
                    on: Fixtures.date("2025-03-01"), note: "Gepubliceerd \"v2\"",
                    evidence: "https://utrecht.example/privacy", author: "PL"))
            let json = try register.exportJSON()
            let restored = try RegisterDatabase(path: directory.appendingPathComponent("restored.sqlite").path)
            try restored.restore(RegisterDatabase.decodeExport(json))
            #expect(try restored.exportJSON() == json)
            #expect(try restored.history(of: "hallowerk") == register.history(of: "hallowerk"))
            #expect(try restored.measureProgress(activityID: "hallowerk") == register.measureProgress(activityID: "hallowerk"))
            // New rows continue after the restored ones.
            let next = try restored.update(
                MeasureUpdate(
                    measureID: "m-vrije-tekst", activityID: "hallowerk", status: .done,
                    on: Fixtures.date("2025-04-01")))
            #expect(next.progress.status == .done)
            #expect(try restored.export().measureEvents.map(\.id) == [1, 2])
            // Restoring twice is refused: restore only fills an empty register.
            #expect(throws: RegisterError.restoreTargetNotEmpty(path: restored.path)) {
                try restored.restore(RegisterDatabase.decodeExport(json))
            }
        }
    }

    @Test func refusesForeignOrNewerExports() throws {
        #expect { try RegisterDatabase.decodeExport(Data("{}".utf8)) } throws: { "\($0)".contains("misses the key 'format'") }
        let register = RegisterExport(
            migrations: ["v1-versions-findings-measures", "v7-later"], activities: [], versions: [],
            recordings: [], findings: [], measures: [], measureEvents: [])
        #expect { try RegisterDatabase.decodeExport(JSONEncoder().encode(register)) } throws: { "\($0)".contains("v7-later") }
    }

    @Test func brokenExportRestoresNothing() throws {
        try Fixtures.withRegister { register, directory in
            _ = try register.record([Fixtures.assessment(Fixtures.activity())], on: Fixtures.date("2025-01-10"))
            var export = try register.export()
            export.measures[0].versionID = "hallowerk@000000000000"
            let target = try RegisterDatabase(path: directory.appendingPathComponent("target.sqlite").path)
            #expect { try target.restore(export) } throws: { "\($0)".contains("Nothing was restored") }
            #expect(try target.export().activities.isEmpty)
        }
    }
}
