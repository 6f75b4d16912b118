import DPIAModel
import DPIARegister
import DPIAReportEngine
import DPIASpec
import DPIATestSupport
import Foundation
import Testing

@testable import DPIACommands

/// `dpia record`, `actions`, `history`, `export` and `restore` on the HalloWerk example, through the executable.
@Suite(.serialized) struct RegisterCommandsTests {
    let workspace: URL
    let db = "Registers/utrecht/register.sqlite"

    init() throws { workspace = try BuiltProgram.workspace(copying: "utrecht") }

    private func dpia(_ arguments: String...) throws -> BuiltProgram.Output {
        try BuiltProgram.dpia.run(arguments, in: workspace)
    }

    @Test func projectLeadFollowsHalloWerkMeasures() throws {
        defer { try? FileManager.default.removeItem(at: workspace) }
        let first = try dpia("record", "Registers/utrecht", "--date", "2025-05-01", "--lang", "en")
        #expect(first.status == 0, "\(first.errors)")
        #expect(first.output.contains("recorded   hallowerk-utrecht@"))
        #expect(FileManager.default.fileExists(atPath: workspace.appendingPathComponent(db).path))
        let again = try dpia("record", "Registers/utrecht/hallowerk.yaml", "--date", "2025-05-02", "--lang", "en")
        #expect(again.output.contains("unchanged  hallowerk-utrecht@") && again.output.contains("0 new versions, 1 unchanged"))

        // All open measures with owners and due dates; the register is found without --db.
        let open = try dpia("actions", "list", "--status", "open", "--date", "2025-07-15")
        #expect(open.status == 0, "\(open.errors)")
        #expect(open.output.contains("OWNER") && open.output.contains("DUE"))
        #expect(open.output.contains("m-privacyverklaring-partijen") && open.output.contains("Proceseigenaar/projectleider HW"))

        let update = try dpia(
            "actions", "update", "m-privacyverklaring-partijen", "--status", "done",
            "--evidence", "https://www.utrecht.nl/privacy/hallowerk", "--by", "Projectleider HW",
            "--note", "Partijen opgenomen in de privacyverklaring", "--date", "2025-07-01")
        #expect(update.status == 0, "\(update.errors)")
        #expect(update.output.contains("m-privacyverklaring-partijen: done on 2025-07-01"))

        let done = try dpia("actions", "list", "--status", "done", "--format", "csv", "--date", "2025-07-15")
        #expect(done.output.hasPrefix("\u{FEFF}activity;measure;description;status;overdue;due;owner;updated;evidence\r\n"))
        // The header, the measure just done and m-profiel-controle, which the spec says is done.
        #expect(done.output.components(separatedBy: "\r\n").count == 4)
        #expect(done.output.contains(";m-profiel-controle;"))
        #expect(done.output.contains(";done;no;;Proceseigenaar/projectleider HW;2025-07-01;https://www.utrecht.nl/privacy/hallowerk\r\n"))
        // --fail-if-any: exit 1 when something is listed (the HalloWerk measures have no due dates: none is overdue).
        #expect(try dpia("actions", "list", "--status", "open", "--fail-if-any", "--date", "2030-01-01").status == 1)
        #expect(try dpia("actions", "list", "--overdue", "--fail-if-any", "--date", "2030-01-01").status == 0)
        let stillOpen = try dpia("actions", "list", "--status", "open", "--date", "2025-07-15")
        #expect(!stillOpen.output.contains("m-privacyverklaring-partijen"))

        // What the report receives.
        let progress = try RegisterDatabase(path: workspace.appendingPathComponent(db).path, create: false)
            .measureProgress(activityID: "hallowerk-utrecht")
        #expect(
            progress.first { $0.measureID == "m-privacyverklaring-partijen" }
                == MeasureProgress(
                    measureID: "m-privacyverklaring-partijen", status: .done, updatedOn: CalendarDate(iso: "2025-07-01"),
                    evidence: "https://www.utrecht.nl/privacy/hallowerk", note: "Partijen opgenomen in de privacyverklaring"))

        let show = try dpia("actions", "show", "m-privacyverklaring-partijen")
        #expect(show.output.contains("2025-07-01  done by Projectleider HW: Partijen opgenomen in de privacyverklaring"))

        let history = try dpia("history", "hallowerk-utrecht")
        #expect(history.status == 0 && history.output.contains("2025-05-01  hallowerk-utrecht@"))
        let json = try dpia("history", "hallowerk-utrecht", "--format", "json")
        #expect(json.output.contains(#""recordedOn" : "2025-05-01""#))
    }

    @Test func commentsAndBlankLinesAreNotANewVersion() throws {
        defer { try? FileManager.default.removeItem(at: workspace) }
        #expect(try dpia("record", "Registers/utrecht", "--date", "2025-05-01").status == 0)
        let spec = workspace.appendingPathComponent("Registers/utrecht/hallowerk.yaml")
        let text = try String(contentsOf: spec, encoding: .utf8)
        let edited =
            "# Bijgewerkt door de privacy officer\n\n" + text.replacingOccurrences(of: "\nmeasures:", with: "\n\n# Het plan\nmeasures:  ")
        #expect(edited != text)
        try edited.write(to: spec, atomically: true, encoding: .utf8)
        let again = try dpia("record", "Registers/utrecht", "--date", "2025-05-02", "--lang", "en")
        #expect(again.output.contains("0 new versions, 1 unchanged"), "\(again.output)\(again.errors)")

        try edited.replacingOccurrences(of: "\nstatus: draft", with: "\nstatus: in-review").write(
            to: spec, atomically: true, encoding: .utf8)
        let changed = try dpia("record", "Registers/utrecht", "--date", "2025-05-03", "--lang", "en")
        #expect(changed.output.contains("1 new version, 0 unchanged"), "\(changed.output)\(changed.errors)")
    }

    @Test func clearMessagesForMistakes() throws {
        defer { try? FileManager.default.removeItem(at: workspace) }
        let none = try dpia("actions", "list")
        #expect(none.status == 2 && none.errors.contains("no register found"))
        _ = try dpia("record", "Registers/utrecht", "--date", "2025-05-01")
        let typo = try dpia("actions", "update", "m-privacyverklaring-partyen", "--status", "done")
        #expect(typo.status == 2 && typo.errors.contains("Did you mean 'm-privacyverklaring-partijen'?"))
        let status = try dpia("actions", "update", "m-vrije-tekst", "--status", "finished")
        #expect(status.status == 2 && status.errors.contains("'finished' is not a status"))
        let date = try dpia("actions", "list", "--date", "2025-13-01")
        #expect(date.status == 2 && date.errors.contains("write it as YYYY-MM-DD"))
        let activity = try dpia("history", "hallowerk")
        #expect(activity.status == 2 && activity.errors.contains("known activities: hallowerk-utrecht"))
    }

    @Test func exportAndRestoreRoundTrip() throws {
        defer { try? FileManager.default.removeItem(at: workspace) }
        _ = try dpia("record", "Registers/utrecht", "--date", "2025-05-01")
        _ = try dpia("actions", "update", "m-vrije-tekst", "--status", "in-progress", "--note", "Loopt", "--date", "2025-06-01")
        let export = try dpia("export", "--db", db, "--output", "register.json")
        #expect(export.status == 0, "\(export.errors)")
        let restore = try dpia("restore", "register.json", "--db", "copy.sqlite")
        #expect(restore.status == 0, "\(restore.errors)")
        #expect(restore.output.contains("activities 1, versions 1, recordings 1, measure updates 1"))
        let original = try dpia("export", "--db", db), copy = try dpia("export", "--db", "copy.sqlite")
        #expect(copy.output == original.output && !original.output.isEmpty)
        let twice = try dpia("restore", "register.json", "--db", "copy.sqlite")
        #expect(twice.status == 2 && twice.errors.contains("only writes into a new, empty register"))
    }
}

@Suite struct MeasureProgressLookupTests {
    @Test func progressComesFromTheRegisterNextToTheSpec() throws {
        let workspace = try BuiltProgram.workspace(copying: "utrecht")
        defer { try? FileManager.default.removeItem(at: workspace) }
        let spec = workspace.appendingPathComponent("Registers/utrecht/hallowerk.yaml").path
        let loaded = try #require(SpecLoader().load(file: spec).activity)
        var lookup = MeasureProgressLookup(database: nil)
        let id = loaded.activity.id
        #expect(try lookup.progress(activityID: id, specFile: spec) == [])

        _ = try BuiltProgram.dpia.run(["record", "Registers/utrecht", "--date", "2025-05-01"], in: workspace)
        _ = try BuiltProgram.dpia.run(
            [
                "actions", "update", "m-vrije-tekst", "--status", "done", "--evidence", "doc-17",
                "--date", "2025-06-01",
            ], in: workspace)
        var fresh = MeasureProgressLookup(database: nil)
        let progress = try fresh.progress(activityID: id, specFile: spec)
        #expect(progress.count == loaded.activity.measures?.count)
        #expect(progress.first { $0.measureID == "m-vrije-tekst" }?.evidence == "doc-17")
        #expect(try fresh.progressByMeasure(activityID: id, specFile: spec)["m-vrije-tekst"]?.status == .done)
    }
}
