import DPIATestSupport
import Foundation
import Testing

/// Hostile register exports (`ExportCorpus/`): `dpia restore` refuses each with the export file, the
/// line and column and the keys of the value that breaks a rule, exit code 2, and writes nothing (no
/// register file, no lock file). Terminal escape sequences and direction overrides never reach the
/// terminal: messages show them as `<U+…>` (docs/security.md).
@Suite struct RestoreHardeningTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("ExportCorpus")

    static let refusals: [(file: String, message: String)] = [
        (
            "export-escape-note.json",
            "export-escape-note.json:16:16: 'measure_events[0].note' contains the control character <U+001B>, which a report "
                + "cannot show; remove it. Nothing was restored."
        ),
        (
            "export-escape-title.json",
            "export-escape-title.json:52:17: 'versions[0].title' contains the control character <U+001B>, which a report "
                + "cannot show; remove it. Nothing was restored."
        ),
        (
            "export-bidi-description.json",
            "export-bidi-description.json:25:23: 'measures[0].description' contains <U+202E> (RIGHT-TO-LEFT OVERRIDE), an "
                + "invisible character that changes the direction of the text around it, so that a report could read "
                + "differently from what was written; remove it. Nothing was restored."
        ),
        (
            "export-bidi-content.json",
            "export-bidi-content.json:47:19: 'versions[0].content' holds at title a text that contains <U+202E> "
                + "(RIGHT-TO-LEFT OVERRIDE), an invisible character that changes the direction of the text around it, so that "
                + "a report could read differently from what was written; remove it. Nothing was restored."
        ),
        (
            "export-content-changed.json",
            "export-content-changed.json:47:19: 'versions[0].content' does not match the version's content_hash: the "
                + "recorded activity was changed after it was exported. Restore an unchanged export. Nothing was restored."
        ),
        (
            "export-max-event-id.json",
            "export-max-event-id.json:14:14: 'measure_events[0].id': the row id 9223372036854775807 is outside 1 to "
                + "9007199254740991; a register could not add rows after it. Write a smaller id (the ids only need to "
                + "increase in the order of the rows). Nothing was restored."
        ),
        (
            "export-duplicate-event-id.json",
            "export-duplicate-event-id.json:22:14: 'measure_events[1].id': the row id 1 is used by an earlier row; every "
                + "row needs its own id. Nothing was restored."
        ),
        (
            "export-impossible-date.json",
            "export-impossible-date.json:17:23: 'measure_events[0].occurred_on': '2025-02-30' is not a date; write it as "
                + "year-month-day, like 2025-06-30. Nothing was restored."
        ),
        (
            "export-bad-measure-id.json",
            "export-bad-measure-id.json:15:22: 'measure_events[0].measure_id': id 'M_1' may only contain lowercase "
                + "letters, digits and '-', for example 'm-1'. Nothing was restored."
        ),
        (
            "export-broken-json.json",
            "export-broken-json.json:13:7: not JSON in the format dpia-register-export/v1: the text stops being valid JSON "
                + "here (a missing comma, quote or bracket, or a stray character). Nothing was restored."
        ),
        // Refused by the schema while the rows are written; the transaction and the new file are removed.
        (
            "export-missing-version.json",
            "export-missing-version.json:36:5: 'recordings[0]' refers to an activity or version that the export does not "
                + "hold before it. Nothing was restored."
        ),
        (
            "export-escape-status.json",
            "export-escape-status.json:18:18: not JSON in the format dpia-register-export/v1: 'measure_events[0].status': "
                + "Cannot initialize MeasureStatus from invalid String value <U+001B>[2Kdone. Nothing was restored."
        ),
    ]

    @Test(arguments: refusals.map(\.file))
    func hostileExportIsRefusedBeforeAnythingIsWritten(file: String) throws {
        let workspace = try Workspace("restore")
        defer { workspace.remove() }
        try FileManager.default.copyItem(at: Self.folder.appendingPathComponent(file), to: workspace.url.appendingPathComponent(file))
        let output = try BuiltProgram.dpia.run(["restore", file, "--db", "register.sqlite"], in: workspace.url)
        let expected = try #require(Self.refusals.first { $0.file == file }).message
        #expect(output.status == 2)
        #expect(output.errors == "error: " + expected + "\n")
        #expect(output.output == "")
        #expect(!(output.output + output.errors).unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
        let left = try FileManager.default.contentsOfDirectory(atPath: workspace.url.path).filter { $0.hasPrefix("register") }
        #expect(left == [], "restore wrote \(left) although it refused the export")
    }

    /// Every file of the export corpus is either refused above or is the valid export.
    @Test func everyExportOfTheCorpusHasAnOutcome() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { !$0.hasPrefix(".") }.sorted()
        #expect(files == (Self.refusals.map(\.file) + ["export-valid.json"]).sorted())
    }

    /// The valid export of the corpus restores, and the register goes on: a new update gets the next id.
    @Test func validExportRestoresAndTakesNewUpdates() throws {
        let workspace = try Workspace("restore-valid")
        defer { workspace.remove() }
        let file = Self.folder.appendingPathComponent("export-valid.json").path
        let dpia = BuiltProgram.dpia
        let restored = try dpia.run(["restore", file, "--db", "register.sqlite"], in: workspace.url)
        #expect(restored.status == 0, "\(restored.errors)")
        let update = try dpia.run(
            [
                "actions", "update", "m-1", "--status", "done", "--db", "register.sqlite",
                "--date", "2025-02-01",
            ], in: workspace.url)
        #expect(update.status == 0, "\(update.errors)")
        #expect(update.output == "act-1 / m-1: done on 2025-02-01 (recorded in register.sqlite)\n")
        let export = try dpia.run(["export", "--db", "register.sqlite"], in: workspace.url)
        #expect(export.output.contains("\"id\" : 2,"))
    }
}
