import DPIAModel
import DPIASpec
import DPIATestSupport
import Foundation
import Testing

@testable import DPIACommands

/// `dpia validate`: folder expansion, what it prints, and its exit codes.
@Suite struct ValidateTests {
    static let valid = """
        spec: dpia/v1
        id: ID
        title: Minimal
        controller: gemeente
        parties: [{ id: gemeente, name: Gemeente, type: municipality, role: controller }]
        subjects: [{ id: inwoners, name: Inwoners }]
        data: [{ id: naw, name: Naam, kind: contact }]
        purposes: [{ id: dienstverlening, data: [naw] }]

        """

    let folder: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("dpia-validate-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    func write(_ relative: String, _ text: String) throws {
        let url = URL(fileURLWithPath: folder + "/" + relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func spec(_ id: String) -> String { Self.valid.replacingOccurrences(of: "id: ID", with: "id: \(id)") }

    @Test func expandsFoldersSortedSkippingHiddenAndOutput() throws {
        try write("b/two.yml", spec("two"))
        try write("a/one.yaml", spec("one"))
        try write("a/notes.txt", "not a spec")
        try write("a/.hidden.yaml", spec("hidden"))
        try write(".git/x.yaml", spec("git"))
        try write(".build-linux/x.yaml", spec("build"))
        try write("Output/report.yaml", spec("output"))
        let paths = SpecPaths([folder, folder + "/a/one.yaml"])
        #expect(paths.files == [folder + "/a/one.yaml", folder + "/b/two.yml"])
        #expect(paths.problems.isEmpty)
    }

    @Test func explicitFilesKeepAnyExtension() throws {
        try write("spec.txt", spec("txt"))
        #expect(SpecPaths([folder + "/spec.txt"]).files == [folder + "/spec.txt"])
    }

    @Test func symbolicLinkLoopsEnd() throws {
        try write("a/one.yaml", spec("one"))
        try FileManager.default.createSymbolicLink(atPath: folder + "/a/up", withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: folder + "/a/again.yaml", withDestinationPath: "one.yaml")
        try FileManager.default.createSymbolicLink(atPath: folder + "/loop1", withDestinationPath: "loop2")
        try FileManager.default.createSymbolicLink(atPath: folder + "/loop2", withDestinationPath: "loop1")
        let paths = SpecPaths([folder])
        #expect(paths.files == [folder + "/a/again.yaml"])
        #expect(paths.problems.isEmpty)
    }

    @Test func missingPathAndEmptyFolder() throws {
        try FileManager.default.createDirectory(atPath: folder + "/empty", withIntermediateDirectories: true)
        let paths = SpecPaths([folder + "/nothere.yaml", folder + "/empty"])
        #expect(paths.files.isEmpty)
        #expect(
            paths.problems.map(\.description) == [
                "\(folder)/nothere.yaml: error: no such file or folder",
                "\(folder)/empty: error: this folder contains no specs (*.yaml or *.yml files)",
            ])
        #expect(DPIA.run(arguments: ["validate", "--quiet", folder + "/nothere.yaml"]) == 2)
        #expect(DPIA.run(arguments: ["validate", "--quiet", folder + "/empty"]) == 2)
    }

    @Test func thousandsOfFiles() throws {
        for group in 0..<30 {
            let subfolder = folder + "/many/\(group)"
            try FileManager.default.createDirectory(atPath: subfolder, withIntermediateDirectories: true)
            for index in 0..<100 { FileManager.default.createFile(atPath: subfolder + "/s\(index).yaml", contents: nil) }
        }
        // Found once each, in path order; the time it takes is dpia-bench's business (docs/benchmarks.md).
        let paths = SpecPaths([folder + "/many"])
        #expect(paths.files.count == 3000)
        #expect(paths.files == paths.files.sorted())
    }

    @Test func printsDiagnosticsAndSummary() throws {
        try write("a/valid.yaml", spec("valid"))
        try write("b/broken.yaml", spec("broken") + "tittle: x\ntechniques: { behavior_influencing: true }\n")
        try write("c/old.yaml", spec("old") + "techniques: { behavior_influencing: true }\n")
        let validation = SpecValidation(paths: [folder], loader: SpecLoader())
        #expect(!validation.isValid)
        #expect(
            validation.lines(quiet: false) == [
                "\(folder)/b/broken.yaml:9:1: error: unknown key 'tittle' at the top level; did you mean 'title'?",
                "\(folder)/b/broken.yaml:10:15: warning: 'behavior_influencing' is an old spelling; write 'behaviour_influencing'",
                "\(folder)/c/old.yaml:9:15: warning: 'behavior_influencing' is an old spelling; write 'behaviour_influencing'",
                "1 of 3 specs invalid, 1 error, 2 warnings",
            ])
        #expect(
            validation.lines(quiet: true) == [
                "\(folder)/b/broken.yaml:9:1: error: unknown key 'tittle' at the top level; did you mean 'title'?"
            ])
    }

    @Test func summaries() throws {
        try write("one.yaml", spec("one"))
        try write("two.yaml", spec("two"))
        #expect(SpecValidation(paths: [folder], loader: SpecLoader()).lines(quiet: false) == ["2 specs valid"])
        #expect(
            SpecValidation(paths: [folder + "/one.yaml"], loader: SpecLoader()).lines(quiet: false)
                == ["1 spec valid"])
        #expect(SpecValidation(paths: [folder + "/one.yaml"], loader: SpecLoader()).lines(quiet: true) == [])
    }

    @Test func exitCodes() throws {
        try write("valid.yaml", spec("valid"))
        try write("old.yaml", spec("old") + "techniques: { behavior_influencing: true }\n")
        try write("broken.yaml", spec("broken") + "tittle: x\n")
        #expect(DPIA.run(arguments: ["validate", "--quiet", folder + "/valid.yaml"]) == 0)
        #expect(DPIA.run(arguments: ["validate", "--quiet", folder + "/old.yaml"]) == 0)
        #expect(DPIA.run(arguments: ["validate", "--quiet", folder + "/broken.yaml"]) == 2)
        #expect(DPIA.run(arguments: ["validate", "--quiet", folder]) == 2)
        #expect(DPIA.run(arguments: ["validate"]) == 2)
        #expect(DPIA.run(arguments: ["validate", "--strict", folder]) == 2)
        #expect(DPIA.run(arguments: ["validate", "--help"]) == 0)
    }

    @Test func warnsWhenFilesShareAnActivityID() throws {
        try write("a.yaml", spec("hallowerk"))
        try write("b.yaml", spec("hallowerk") + "techniques: { behavior_influencing: true }\n")
        try write("c.yaml", spec("other"))
        let validation = SpecValidation(paths: [folder], loader: SpecLoader())
        #expect(validation.isValid)
        #expect(
            validation.lines(quiet: false) == [
                "\(folder)/a.yaml:2:1: warning: activity id 'hallowerk' is also used by \(folder)/b.yaml:2:1; "
                    + "the register and reports keep one folder per id",
                "\(folder)/b.yaml:2:1: warning: activity id 'hallowerk' is also used by \(folder)/a.yaml:2:1; "
                    + "the register and reports keep one folder per id",
                "\(folder)/b.yaml:9:15: warning: 'behavior_influencing' is an old spelling; write 'behaviour_influencing'",
                "3 specs valid, 3 warnings",
            ])
        #expect(DPIA.run(arguments: ["validate", folder]) == 0)
        #expect(DPIA.run(arguments: ["check", folder]) == 0)
    }

    @Test func sharedIDInManyFilesNamesTheFirstAndCountsTheRest() throws {
        for name in ["a", "b", "c"] { try write("\(name).yaml", spec("dubbel")) }
        try write("d.yaml", spec("broken") + "tittle: x\n")
        let results = SpecValidation(paths: [folder], loader: SpecLoader()).results
        #expect(
            results.map { $0.diagnostics.map(\.message) } == [
                [
                    "activity id 'dubbel' is also used by \(folder)/b.yaml:2:1 (and 1 more file); the register and reports keep one folder per id"
                ],
                [
                    "activity id 'dubbel' is also used by \(folder)/a.yaml:2:1 (and 1 more file); the register and reports keep one folder per id"
                ],
                [
                    "activity id 'dubbel' is also used by \(folder)/a.yaml:2:1 (and 1 more file); the register and reports keep one folder per id"
                ],
                ["unknown key 'tittle' at the top level; did you mean 'title'?"],
            ])
        #expect(DuplicateIDCheck(results.compactMap(\.activity)).shared.map(\.id) == ["dubbel"])
    }

    @Test func checkPrintsTheSharedIDWarning() throws {
        try write("a.yaml", spec("dubbel"))
        try write("b.yaml", spec("dubbel"))
        let result = try BuiltProgram.dpia.run(["check", "--lang", "en", folder], in: URL(fileURLWithPath: folder))
        #expect(result.status == 0)
        #expect(result.output.contains("\(folder)/b.yaml:2:1: warning: activity id 'dubbel' is also used by \(folder)/a.yaml:2:1"))
        // Both specs are printed whole, findings included, although the warning came after their texts.
        for file in ["a", "b"] {
            let findings = result.output.split(separator: "\n").filter {
                $0.hasPrefix("\(folder)/\(file).yaml:8:12: error: ") && $0.contains("“dienstverlening”")
                    && $0.hasSuffix("[purpose_without_legal_basis]")
            }
            #expect(findings.count == 1, "\(file).yaml: \(result.output)")
        }
    }

    @Test func helpDocumentsExitCodes() {
        let help = Validate.helpMessage()
        #expect(help.contains("0  every spec is valid"))
        #expect(help.contains("2  a spec has an error"))
        #expect(help.contains("--quiet"))
    }
}
