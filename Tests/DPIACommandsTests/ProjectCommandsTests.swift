import DPIASpec
import DPIATestSupport
import Foundation
import Testing

@testable import DPIACommands

/// `dpia init`, `dpia new`, the project file dpia.yaml as every command reads it, `--version`, and the
/// conventions of the command line (no command, a mistyped command).
@Suite struct ProjectCommandsTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("dpia-project-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func read(_ relative: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(relative), encoding: .utf8)
    }

    @Test func initWritesAProjectWhoseFirstSpecValidatesAndListsWhatToComplete() throws {
        let made = try BuiltProgram.dpia.run(["init", "--organisation", "Gemeente Voorbeeld"], in: folder)
        #expect(made.status == 0, "\(made.errors)")
        #expect(made.output.contains("geschreven: dpia.yaml"))
        let project = try ProjectFile.load(file: folder.appendingPathComponent("dpia.yaml").path).get()
        #expect(project.organisation == "Gemeente Voorbeeld")
        #expect(project.language == .nl)
        let spec = try read("specs/eerste-verwerking.yaml")
        #expect(spec.hasPrefix("# yaml-language-server: $schema=dpia-spec.schema.json\n"))
        #expect(spec.contains("name: Gemeente Voorbeeld"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("specs/dpia-spec.schema.json").path))
        #expect(try read(".gitignore").contains("register.sqlite-wal"))

        // Valid as written, without a single warning; check lists what is to complete and exits 0.
        let validated = try BuiltProgram.dpia.run(["validate"], in: folder)
        #expect(validated.status == 0, "\(validated.output)\(validated.errors)")
        let checked = try BuiltProgram.dpia.run(["check"], in: folder)
        #expect(checked.status == 0, "\(checked.output)\(checked.errors)")
        #expect(!checked.output.contains("error: spec"))

        // A second init refuses; nothing is overwritten.
        let again = try BuiltProgram.dpia.run(["init"], in: folder)
        #expect(again.status == 2)
        #expect(again.errors.contains("bestaat al"))
    }

    @Test func newWritesIntoTheProjectsSpecsFromASubfolderAndNeverOverwrites() throws {
        #expect(try BuiltProgram.dpia.run(["init", "--lang", "en"], in: folder).status == 0)
        let below = folder.appendingPathComponent("specs")
        let made = try BuiltProgram.dpia.run(["new", "wmo-intake"], in: below)
        #expect(made.status == 0, "\(made.errors)")
        #expect(made.output.hasPrefix("wrote "))
        let spec = try read("specs/wmo-intake.yaml")
        #expect(spec.contains("id: wmo-intake"))
        #expect(spec.contains("# Purposes: what the data are needed for"))
        #expect(spec.contains("language: en"))
        let twice = try BuiltProgram.dpia.run(["new", "wmo-intake"], in: folder)
        #expect(twice.status == 2)
        #expect(twice.errors.contains("exists already"))
        let badID = try BuiltProgram.dpia.run(["new", "Wmo Intake"], in: folder)
        #expect(badID.status == 2)
        #expect(badID.errors.contains("is not an id"))
    }

    @Test func reportAndRecordUseTheProjectsFolders() throws {
        #expect(try BuiltProgram.dpia.run(["init", "--id", "intake"], in: folder).status == 0)
        let report = try BuiltProgram.dpia.run(["report"], in: folder)
        #expect(report.status == 0, "\(report.errors)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Output/intake/dpia.html").path))
        let record = try BuiltProgram.dpia.run(["record"], in: folder.appendingPathComponent("specs"))
        #expect(record.status == 0, "\(record.errors)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("register.sqlite").path))
        let actions = try BuiltProgram.dpia.run(["actions", "list"], in: folder)
        #expect(actions.status == 0, "\(actions.errors)")
        let history = try BuiltProgram.dpia.run(["history", "intake"], in: folder)
        #expect(history.status == 0, "\(history.errors)")
    }

    @Test func aBrokenProjectFileStopsEveryCommandWithItsPosition() throws {
        try Data("language: nl\nspecz: specs\n".utf8).write(to: folder.appendingPathComponent("dpia.yaml"))
        let checked = try BuiltProgram.dpia.run(["check"], in: folder)
        #expect(checked.status == 2)
        // In the language the file names (Dutch here).
        #expect(checked.errors.contains("dpia.yaml:2:1: error: onbekende sleutel 'specz' in het projectbestand; bedoelt u 'specs'?"))
        try Data("language: en\nspecz: specs\n".utf8).write(to: folder.appendingPathComponent("dpia.yaml"))
        let english = try BuiltProgram.dpia.run(["check"], in: folder)
        #expect(english.errors.contains("dpia.yaml:2:1: error: unknown key 'specz' in the project file; did you mean 'specs'?"))
    }

    @Test func withoutProjectFileAndPathsTheCommandSaysWhatToGive() throws {
        let checked = try BuiltProgram.dpia.run(["check"], in: folder)
        #expect(checked.status == 2)
        #expect(checked.errors.contains("dpia init"))
    }

    @Test func versionNoCommandAndMistypedCommand() throws {
        let version = try BuiltProgram.dpia.run(["--version"], in: folder)
        #expect(version.status == 0)
        #expect(version.output == BuildInfo.line + "\n")
        let nothing = try BuiltProgram.dpia.run([], in: folder)
        #expect(nothing.status == 2)
        #expect(nothing.errors.contains("SUBCOMMANDS"))
        let typo = try BuiltProgram.dpia.run(["chek", "specs"], in: folder)
        #expect(typo.status == 2)
        #expect(typo.errors.contains("did you mean 'check'?"))
    }

    @Test func sarifNamesTheVersionOfDpia() throws {
        let spec = BuiltProgram.repository.appendingPathComponent("Registers/examples/en-minimal.yaml").path
        let sarif = try BuiltProgram.dpia.run(["check", "--format", "sarif", spec], in: folder)
        #expect(sarif.output.contains("\"version\" : \"\(BuildInfo.version)+\(BuildInfo.commit)\""))
        if let homepage = BuildInfo.homepage {
            #expect(sarif.output.contains("\"informationUri\" : \"\(homepage)\""))
        } else {
            #expect(!sarif.output.contains("informationUri"))
        }
    }
}
