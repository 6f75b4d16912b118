import DPIATestSupport
import Foundation
import Testing

/// `dpia report` and `dpia register` through the built executable, in a scratch folder.
@Suite struct ReportCommandTests {
    private func contents(_ url: URL) throws -> Data { try Data(contentsOf: url) }

    private func files(under url: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: url.path)
        return ((enumerator?.allObjects as? [String]) ?? []).sorted()
    }

    @Test func reportWritesMarkdownAndHTMLPerActivityByteIdentically() throws {
        let workspace = try BuiltProgram.workspace(copying: "utrecht")
        defer { try? FileManager.default.removeItem(at: workspace) }
        let first = try BuiltProgram.dpia.run(["report", "Registers/utrecht", "--date", "2025-06-01"], in: workspace)
        #expect(first.status == 0, "\(first.errors)")
        let markdown = workspace.appendingPathComponent("Output/hallowerk-utrecht/dpia.md")
        let html = workspace.appendingPathComponent("Output/hallowerk-utrecht/dpia.html")
        let before = (try contents(markdown), try contents(html))
        #expect(String(decoding: before.0, as: UTF8.self).contains("### 17. Maatregelen"))
        #expect(String(decoding: before.1, as: UTF8.self).contains("<html lang=\"nl\">"))

        let second = try BuiltProgram.dpia.run(["report", "Registers/utrecht", "--date", "2025-06-01"], in: workspace)
        #expect(second.status == 0)
        #expect(try contents(markdown) == before.0, "same input, same bytes")
        #expect(try contents(html) == before.1)
        #expect(
            files(under: workspace.appendingPathComponent("Output")) == [
                ".dpia-report-state.json", "hallowerk-utrecht", "hallowerk-utrecht/dpia.html", "hallowerk-utrecht/dpia.md",
            ], "no temporary files are left behind; the state says what the reports were made from")
    }

    @Test func reportInEnglishWithAnotherOutputFolder() throws {
        let workspace = try BuiltProgram.workspace(copying: "utrecht")
        defer { try? FileManager.default.removeItem(at: workspace) }
        let result = try BuiltProgram.dpia.run(
            ["report", "Registers/utrecht/hallowerk.yaml", "--lang", "en", "--out", "reports"], in: workspace)
        #expect(result.status == 0, "\(result.errors)")
        let markdown = try String(contentsOf: workspace.appendingPathComponent("reports/hallowerk-utrecht/dpia.md"), encoding: .utf8)
        #expect(markdown.contains("## C. Risks"))
        // Without --date the report carries the spec's date of last change (`updated:`).
        #expect(markdown.contains("- **Date:** 6 December 2026"))
    }

    @Test func invalidSpecWritesNothingAndExitsWithTwo() throws {
        let workspace = try BuiltProgram.workspace(copying: "utrecht")
        defer { try? FileManager.default.removeItem(at: workspace) }
        try "spec: dpia/v1\nid: kapot\ntitle: Kapot\n".write(
            to: workspace.appendingPathComponent("Registers/utrecht/kapot.yaml"),
            atomically: true, encoding: .utf8)
        let result = try BuiltProgram.dpia.run(["report", "Registers/utrecht"], in: workspace)
        #expect(result.status == 2)
        #expect(result.errors.contains("kapot.yaml:"), "the diagnostics name the file: \(result.errors)")
        #expect(result.errors.contains("nothing was written"))
        #expect(!FileManager.default.fileExists(atPath: workspace.appendingPathComponent("Output").path))
    }

    @Test func duplicateIdsAreRefused() throws {
        let workspace = try BuiltProgram.workspace(copying: "utrecht")
        defer { try? FileManager.default.removeItem(at: workspace) }
        try FileManager.default.copyItem(
            at: workspace.appendingPathComponent("Registers/utrecht/hallowerk.yaml"),
            to: workspace.appendingPathComponent("Registers/utrecht/kopie.yaml"))
        let result = try BuiltProgram.dpia.run(["report", "Registers/utrecht"], in: workspace)
        #expect(result.status == 2)
        #expect(result.errors.contains("have the same id 'hallowerk-utrecht'"), "\(result.errors)")
    }

    @Test func missingTemplatesSayWhereTheyWereLookedFor() throws {
        let workspace = try BuiltProgram.workspace(copying: "utrecht")
        defer { try? FileManager.default.removeItem(at: workspace) }
        let result = try BuiltProgram.dpia.run(["report", "Registers/utrecht", "--templates", "nergens"], in: workspace)
        #expect(result.status == 2)
        #expect(result.errors.contains("nergens"), "\(result.errors)")
        let badDate = try BuiltProgram.dpia.run(["report", "Registers/utrecht", "--date", "1 juni"], in: workspace)
        #expect(badDate.status == 2)
        #expect(badDate.errors.contains("YYYY-MM-DD"))
    }

    @Test func adaptedTemplatesAreUsed() throws {
        let workspace = try BuiltProgram.workspace(copying: "utrecht")
        defer { try? FileManager.default.removeItem(at: workspace) }
        let templates = workspace.appendingPathComponent("MijnSjablonen")
        try FileManager.default.copyItem(at: BuiltProgram.repository.appendingPathComponent("Templates"), to: templates)
        // The words of a language are in its catalogue.
        let words = templates.appendingPathComponent("nl/words.json")
        let adapted = try String(contentsOf: words, encoding: .utf8)
            .replacingOccurrences(
                of: #""management_summary": "Managementsamenvatting""#,
                with: #""management_summary": "Samenvatting voor het college""#
            )
            .replacingOccurrences(of: #""basis.public-task": "Publieke taak""#, with: #""basis.public-task": "Taak van algemeen belang""#)
        try adapted.write(to: words, atomically: true, encoding: .utf8)
        let result = try BuiltProgram.dpia.run(["report", "Registers/utrecht", "--templates", "MijnSjablonen"], in: workspace)
        #expect(result.status == 0, "\(result.errors)")
        let markdown = try String(contentsOf: workspace.appendingPathComponent("Output/hallowerk-utrecht/dpia.md"), encoding: .utf8)
        #expect(markdown.contains("## Samenvatting voor het college"))
        #expect(markdown.contains("Taak van algemeen belang"), "the words of values come from the same catalogue")

        // A template of the language itself (a folder of before the catalogues) wins over the shared one.
        try "{{% CONTENT_TYPE: MARKDOWN}}\n# Eigen sjabloon {{title}}\n".write(
            to: templates.appendingPathComponent("nl/dpia.md.mustache"), atomically: true, encoding: .utf8)
        let own = try BuiltProgram.dpia.run(["report", "Registers/utrecht", "--templates", "MijnSjablonen"], in: workspace)
        #expect(own.status == 0, "\(own.errors)")
        let ownMarkdown = try String(contentsOf: workspace.appendingPathComponent("Output/hallowerk-utrecht/dpia.md"), encoding: .utf8)
        #expect(ownMarkdown.hasPrefix("# Eigen sjabloon HalloWerk"))
    }

    @Test func registerPerOrganisationAndPublicEdition() throws {
        let workspace = try BuiltProgram.workspace(copying: "vum")
        defer { try? FileManager.default.removeItem(at: workspace) }
        try FileManager.default.copyItem(
            at: BuiltProgram.repository.appendingPathComponent("Registers/utrecht"),
            to: workspace.appendingPathComponent("Registers/utrecht"))
        let all = try BuiltProgram.dpia.run(["register", "Registers", "--date", "2025-06-01"], in: workspace)
        #expect(all.status == 0, "\(all.errors)")
        let output = workspace.appendingPathComponent("Output/register")
        for organisation in ["utrecht", "vum"] {
            for name in ["register.md", "register.html", "register.csv", "register.json"] {
                #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("\(organisation)/\(name)").path))
            }
        }

        let one = try BuiltProgram.dpia.run(["register", "Registers/vum", "--public", "--out", "public"], in: workspace)
        #expect(one.status == 0, "\(one.errors)")
        let markdown = try String(contentsOf: workspace.appendingPathComponent("public/register/register.md"), encoding: .utf8)
        #expect(markdown.contains("openbare versie"))
        #expect(!markdown.contains("Proceseigenaar"))
        let json = try String(contentsOf: workspace.appendingPathComponent("public/register/register.json"), encoding: .utf8)
        #expect(json.contains("\"verantwoordelijkeOrganisatie\""))
        #expect(!json.contains("\"dpia\""))
    }
}
