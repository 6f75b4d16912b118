import Foundation
import Testing
@testable import DPIACommands

/// One language per run: on a Dutch project every command answers in Dutch, on an English one in
/// English, and --lang wins over the project.
@Suite struct ProjectLanguageTests {
    /// A project of `language` with one spec (the skeleton of `dpia new`, with a measure to follow).
    func project(_ language: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dpia-language-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let made = try DPIAProcess.run(["init", "--lang", language, "--id", "intake"], in: folder)
        #expect(made.status == 0, "\(made.errors)")
        return folder
    }

    @Test func aDutchProjectAnswersInDutch() throws {
        let folder = try project("nl")
        #expect(try DPIAProcess.run(["validate"], in: folder).output == "1 spec geldig\n")
        let checked = try DPIAProcess.run(["check"], in: folder).output
        #expect(checked.contains("secties die nog ontbreken (de spec legt uit wat er komt): contacts, techniques, roles"))
        let reported = try DPIAProcess.run(["report"], in: folder)
        #expect(reported.output.hasSuffix("1 rapport geschreven\n"), "\(reported.errors)")
        let recorded = try DPIAProcess.run(["record"], in: folder)
        #expect(recorded.output.contains("vastgelegd "), "\(recorded.errors)")
        #expect(recorded.output.contains("1 nieuwe versie, 0 ongewijzigd"))
        #expect(try DPIAProcess.run(["actions", "list"], in: folder).output == "Geen maatregelen gevonden.\n")
        #expect(try DPIAProcess.run(["history", "intake"], in: folder).output.contains("VASTGELEGD"))
        let typo = try DPIAProcess.run(["valdate"], in: folder)
        #expect(typo.errors.contains("bedoelt u 'validate'?"))
        let rules = try DPIAProcess.run(["rules"], in: folder)
        #expect(rules.status == 0)
    }

    @Test func anEnglishProjectAnswersInEnglishAndLangWins() throws {
        let folder = try project("en")
        #expect(try DPIAProcess.run(["validate"], in: folder).output == "1 spec valid\n")
        #expect(try DPIAProcess.run(["validate", "--lang", "nl"], in: folder).output == "1 spec geldig\n")
        let checked = try DPIAProcess.run(["check"], in: folder).output
        #expect(checked.contains("sections still missing (the spec explains what goes there): contacts"))
        #expect(try DPIAProcess.run(["report"], in: folder).output.hasSuffix("1 report written\n"))
        let recorded = try DPIAProcess.run(["record"], in: folder)
        #expect(recorded.output.contains("1 new version, 0 unchanged"), "\(recorded.errors)")
        #expect(try DPIAProcess.run(["actions", "list"], in: folder).output == "No measures match.\n")
        #expect(try DPIAProcess.run(["history", "intake"], in: folder).output.contains("RECORDED"))
        let export = folder.appendingPathComponent("register.json").path
        #expect(try DPIAProcess.run(["export", "-o", export], in: folder).status == 0)
        let restored = try DPIAProcess.run(["restore", export, "--db", "copy.sqlite"], in: folder)
        #expect(restored.output.hasPrefix("Restored copy.sqlite"), "\(restored.errors)")
    }
}
