import DPIATestSupport
import Foundation
import Testing

/// `dpia report` writes only the reports whose input changed, and writes nothing unless every spec validates.
@Suite struct IncrementalReportTests {
    /// A workspace with the Utrecht and VUM examples: four specs, four reports.
    let workspace: URL
    static let ids = ["hallowerk-utrecht", "vum-pilot-pseudoniem-matchen", "vum-pilot-uitzendbureau", "vum-uwv-gemeente-suwi62"]

    init() throws {
        workspace = try BuiltProgram.workspace(copying: "utrecht")
        try FileManager.default.copyItem(
            at: BuiltProgram.repository.appendingPathComponent("Registers/vum"),
            to: workspace.appendingPathComponent("Registers/vum"))
    }

    private func report(_ extra: String...) throws -> BuiltProgram.Output {
        let result = try BuiltProgram.dpia.run(["report", "Registers"] + extra, in: workspace)
        return result
    }

    private func url(_ relative: String) -> URL { workspace.appendingPathComponent(relative) }

    /// The ids whose reports the output says were written, in order.
    private func written(_ result: BuiltProgram.Output) -> [String] {
        result.output.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("wrote Output/"), line.hasSuffix("/dpia.md and dpia.html") else { return nil }
            return String(line.dropFirst("wrote Output/".count).dropLast("/dpia.md and dpia.html".count))
        }
    }

    /// Every file below Output/ with its bytes and modification time, hidden ones included.
    private func snapshot() throws -> [String: (Data, Date)] {
        var files: [String: (Data, Date)] = [:]
        let root = url("Output")
        for case let relative as String in FileManager.default.enumerator(atPath: root.path)?.allObjects ?? [] {
            let file = root.appendingPathComponent(relative)
            let values = try file.resourceValues(forKeys: [.isRegularFileKey, .contentModificationDateKey])
            guard values.isRegularFile == true else { continue }
            files[relative] = (try Data(contentsOf: file), values.contentModificationDate ?? .distantPast)
        }
        return files
    }

    /// Writes every report into a fresh folder with --force, to compare bytes with.
    private func freshReports(_ extra: [String] = []) throws -> URL {
        let result = try BuiltProgram.dpia.run(["report", "Registers", "--out", "Vers", "--force"] + extra, in: workspace)
        #expect(result.status == 0, "\(result.errors)")
        return url("Vers")
    }

    private func expectSameReports(as folder: URL, _ comment: Comment) throws {
        for id in Self.ids {
            for name in ["dpia.md", "dpia.html"] {
                #expect(
                    try Data(contentsOf: url("Output/\(id)/\(name)")) == Data(contentsOf: folder.appendingPathComponent("\(id)/\(name)")),
                    "\(id)/\(name): \(comment)")
            }
        }
        try? FileManager.default.removeItem(at: folder)
    }

    @Test func secondRunWritesNothingAndSaysSo() throws {
        defer { try? FileManager.default.removeItem(at: workspace) }
        let first = try report()
        #expect(first.status == 0, "\(first.errors)")
        #expect(written(first) == Self.ids)
        #expect(first.output.hasSuffix("\n4 reports written\n"), "\(first.output)")
        let before = try snapshot()
        #expect(before[".dpia-report-state.json"] != nil)

        let second = try report()
        #expect(second.status == 0, "\(second.errors)")
        #expect(second.output == "all 4 reports are up to date; nothing was written (--force writes them again)\n")
        let after = try snapshot()
        #expect(after.keys.sorted() == before.keys.sorted())
        for (file, (data, modified)) in before {
            #expect(after[file]?.0 == data && after[file]?.1 == modified, "\(file) was not touched")
        }
    }

    @Test func changingOneSpecRewritesOnlyThatReport() throws {
        defer { try? FileManager.default.removeItem(at: workspace) }
        #expect(try report().status == 0)
        let spec = url("Registers/vum/pilot-uitzendbureau.yaml")
        let text = try String(contentsOf: spec, encoding: .utf8)
        try text.replacingOccurrences(of: "\ntitle: ", with: "\ntitle: Gewijzigd — ").write(to: spec, atomically: true, encoding: .utf8)
        #expect(try String(contentsOf: spec, encoding: .utf8) != text)

        let second = try report()
        #expect(second.status == 0, "\(second.errors)")
        #expect(written(second) == ["vum-pilot-uitzendbureau"])
        #expect(second.output.hasSuffix("\n1 report written, 3 unchanged since the last run\n"), "\(second.output)")
        #expect(try String(contentsOf: url("Output/vum-pilot-uitzendbureau/dpia.md"), encoding: .utf8).contains("Gewijzigd — "))
        try expectSameReports(as: try freshReports(), "the same bytes as when every report is written")

        // Touching a spec without changing its bytes writes nothing.
        try FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: spec.path)
        #expect(try written(report()).isEmpty)
    }

    @Test func aStateWhoseIdCannotBeAFolderIsIgnored() throws {
        defer { try? FileManager.default.removeItem(at: workspace) }
        #expect(try report().status == 0)
        // An edited state that points a spec's report outside the output folder: the entry is
        // forgotten, the spec loaded again, and its report written where its real id says.
        let stateFile = url("Output/.dpia-report-state.json")
        let state = try String(contentsOf: stateFile, encoding: .utf8)
        try state.replacingOccurrences(of: "\"id\":\"vum-pilot-uitzendbureau\"", with: "\"id\":\"..\\/..\\/elders\"")
            .write(to: stateFile, atomically: true, encoding: .utf8)
        #expect(try String(contentsOf: stateFile, encoding: .utf8) != state)

        let second = try report()
        #expect(second.status == 0, "\(second.errors)")
        #expect(written(second) == ["vum-pilot-uitzendbureau"])
        #expect(!FileManager.default.fileExists(atPath: url("elders").path))
    }

    @Test func changedTemplatesLanguageOrDateRewriteEveryReport() throws {
        defer { try? FileManager.default.removeItem(at: workspace) }
        try FileManager.default.copyItem(at: BuiltProgram.repository.appendingPathComponent("Templates"), to: url("Sjablonen"))
        #expect(try report("--templates", "Sjablonen").status == 0)
        #expect(try written(report("--templates", "Sjablonen")).isEmpty)

        let template = url("Sjablonen/shared/style.css.mustache")
        try (try String(contentsOf: template, encoding: .utf8) + "\n/* aangepast */\n").write(
            to: template, atomically: true, encoding: .utf8)
        let restyled = try report("--templates", "Sjablonen")
        #expect(written(restyled) == Self.ids, "a changed template: \(restyled.output)")
        try expectSameReports(as: try freshReports(["--templates", "Sjablonen"]), "after a template change")

        #expect(try written(report("--templates", "Sjablonen", "--lang", "en")) == Self.ids, "another --lang")
        #expect(try written(report("--templates", "Sjablonen", "--lang", "en")).isEmpty)
        #expect(try written(report("--templates", "Sjablonen", "--lang", "en", "--date", "2025-06-01")) == Self.ids, "a --date")
        #expect(try written(report("--templates", "Sjablonen", "--lang", "en", "--date", "2025-06-02")) == Self.ids, "another --date")
        #expect(try written(report("--templates", "Sjablonen", "--lang", "en", "--date", "2025-06-02")).isEmpty)
        let english = try String(contentsOf: url("Output/hallowerk-utrecht/dpia.md"), encoding: .utf8)
        #expect(english.contains("## C. Risks") && english.contains("2 June 2025"), "the reports follow the last options")
    }

    @Test func recordedMeasureProgressRewritesThatReport() throws {
        defer { try? FileManager.default.removeItem(at: workspace) }
        #expect(try BuiltProgram.dpia.run(["record", "Registers/utrecht", "--date", "2025-05-01"], in: workspace).status == 0)
        #expect(try written(report()) == Self.ids)
        #expect(try written(report()).isEmpty)
        let update = try BuiltProgram.dpia.run(
            [
                "actions", "update", "m-privacyverklaring-partijen", "--status", "done",
                "--evidence", "https://www.utrecht.nl/privacy/hallowerk", "--date", "2025-07-01",
            ], in: workspace)
        #expect(update.status == 0, "\(update.errors)")
        let after = try report()
        #expect(written(after) == ["hallowerk-utrecht"], "\(after.output)")
        #expect(
            try String(contentsOf: url("Output/hallowerk-utrecht/dpia.md"), encoding: .utf8).contains(
                "https://www.utrecht.nl/privacy/hallowerk"))
        try expectSameReports(as: try freshReports(), "with the recorded progress")
    }

    @Test func changedOrRemovedReportFilesAreWrittenAgain() throws {
        defer { try? FileManager.default.removeItem(at: workspace) }
        #expect(try report().status == 0)
        let original = try Data(contentsOf: url("Output/hallowerk-utrecht/dpia.html"))
        try Data("bewerkt".utf8).write(to: url("Output/hallowerk-utrecht/dpia.html"))
        try FileManager.default.removeItem(at: url("Output/vum-uwv-gemeente-suwi62/dpia.md"))
        let again = try report()
        #expect(written(again) == ["hallowerk-utrecht", "vum-uwv-gemeente-suwi62"], "\(again.output)")
        #expect(try Data(contentsOf: url("Output/hallowerk-utrecht/dpia.html")) == original)
        #expect(FileManager.default.fileExists(atPath: url("Output/vum-uwv-gemeente-suwi62/dpia.md").path))

        try FileManager.default.removeItem(at: url("Output/vum-pilot-uitzendbureau"))
        #expect(try written(report()) == ["vum-pilot-uitzendbureau"], "a removed report folder")
        try FileManager.default.removeItem(at: url("Output/.dpia-report-state.json"))
        #expect(try written(report()) == Self.ids, "without the state every report is written")
    }

    @Test func invalidSpecLeavesReportsAndStateUntouched() throws {
        defer { try? FileManager.default.removeItem(at: workspace) }
        #expect(try report().status == 0)
        let before = try snapshot()
        // One spec changed (its report would be rewritten), one broken: nothing may change.
        let spec = url("Registers/vum/pilot-uitzendbureau.yaml")
        try (try String(contentsOf: spec, encoding: .utf8) + "\n# gewijzigd\n").write(to: spec, atomically: true, encoding: .utf8)
        try "spec: dpia/v1\nid: kapot\ntitle: Kapot\n".write(to: url("Registers/vum/zz-kapot.yaml"), atomically: true, encoding: .utf8)
        let broken = try report()
        #expect(broken.status == 2)
        #expect(broken.errors.contains("zz-kapot.yaml:"), "\(broken.errors)")
        #expect(broken.errors.contains("1 spec of 5 did not validate; nothing was written."), "\(broken.errors)")
        #expect(broken.output.isEmpty, "\(broken.output)")
        let after = try snapshot()
        #expect(after.keys.sorted() == before.keys.sorted(), "no staging folder is left")
        for (file, (data, modified)) in before {
            #expect(after[file]?.0 == data && after[file]?.1 == modified, "\(file) was not touched")
        }

        // Two specs with one id: nothing changes either.
        try FileManager.default.removeItem(at: url("Registers/vum/zz-kapot.yaml"))
        try FileManager.default.copyItem(at: url("Registers/utrecht/hallowerk.yaml"), to: url("Registers/vum/kopie.yaml"))
        let shared = try report()
        #expect(shared.status == 2)
        #expect(shared.errors.contains("have the same id 'hallowerk-utrecht'"), "\(shared.errors)")
        #expect(try snapshot().keys.sorted() == before.keys.sorted())
        #expect(try snapshot()["vum-pilot-uitzendbureau/dpia.md"]?.1 == before["vum-pilot-uitzendbureau/dpia.md"]?.1)

        try FileManager.default.removeItem(at: url("Registers/vum/kopie.yaml"))
        #expect(try written(report()) == ["vum-pilot-uitzendbureau"], "the change is written once everything is valid")
    }

    @Test func forceWritesEveryReport() throws {
        defer { try? FileManager.default.removeItem(at: workspace) }
        #expect(try report().status == 0)
        let forced = try report("--force")
        #expect(forced.status == 0, "\(forced.errors)")
        #expect(written(forced) == Self.ids)
        #expect(forced.output.hasSuffix("\n4 reports written\n"))
        #expect(try written(report()).isEmpty, "the state after --force is up to date")
    }

    @Test func leftoversOfAKilledRunAreRemoved() throws {
        defer { try? FileManager.default.removeItem(at: workspace) }
        #expect(try report().status == 0)
        try FileManager.default.createDirectory(at: url("Output/.dpia-staging-oud/hallowerk-utrecht"), withIntermediateDirectories: true)
        try Data("half".utf8).write(to: url("Output/.dpia-staging-oud/hallowerk-utrecht/dpia.md"))
        try Data("{".utf8).write(to: url("Output/.dpia-staging-state-oud.json"))
        let again = try report()
        #expect(again.status == 0, "\(again.errors)")
        #expect(written(again).isEmpty)
        let names = try FileManager.default.contentsOfDirectory(atPath: url("Output").path)
        #expect(!names.contains { $0.hasPrefix(".dpia-staging-") }, "\(names)")
    }

    @Test func failedFirstRunLeavesNoOutputFolder() throws {
        defer { try? FileManager.default.removeItem(at: workspace) }
        try "spec: dpia/v1\nid: kapot\ntitle: Kapot\n".write(to: url("Registers/vum/zz-kapot.yaml"), atomically: true, encoding: .utf8)
        let result = try report()
        #expect(result.status == 2)
        #expect(!FileManager.default.fileExists(atPath: url("Output").path), "the valid specs before it were staged, then removed")
    }
}
