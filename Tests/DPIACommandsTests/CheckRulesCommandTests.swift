import DPIATestSupport
import Foundation
import Testing

/// `dpia check` and `dpia rules`, run as a user would.
@Suite struct CheckRulesCommandTests {
    let repository = BuiltProgram.repository

    func dpia(_ arguments: String...) throws -> BuiltProgram.Output {
        try BuiltProgram.dpia.run(arguments, in: repository)
    }

    @Test func checkPrintsCompilerStyleLinesAndExitsByFailOn() throws {
        let plain = try dpia("check", "Registers/vum/pilot-uitzendbureau.yaml")
        #expect(plain.status == 0)
        #expect(plain.output.contains("Registers/vum/pilot-uitzendbureau.yaml:"))
        #expect(plain.output.contains(": error: ") && plain.output.contains("[candidate_proposal_to_private_intermediary]"))
        #expect(try dpia("check", "--fail-on", "high", "Registers/vum/pilot-uitzendbureau.yaml").status == 1)
        #expect(try dpia("check", "--fail-on", "medium", "Registers/examples/en-minimal.yaml").status == 0)
        #expect(try dpia("check", "--fail-on", "low", "Registers/examples/en-minimal.yaml").status == 0)
    }

    @Test func checkFoldersInPathOrderAndLanguage() throws {
        let result = try dpia("check", "--lang", "en", "Registers/vum")
        #expect(result.status == 0)
        let headers = result.output.split(separator: "\n").filter { $0.hasPrefix("Registers/vum/") && $0.contains(".yaml: ") }
        #expect(headers.count == 3)
        #expect(headers.map { String($0) } == headers.map { String($0) }.sorted())
        #expect(result.output.contains("Unaddressed:") && !result.output.contains("Niet behandeld:"))
    }

    @Test func invalidSpecGivesItsDiagnosticsAndExitTwo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dpia-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let spec = folder.appendingPathComponent("kapot.yaml")
        try "spec: dpia/v1\nid: kapot\ntitel: Kapot\n".write(to: spec, atomically: true, encoding: .utf8)
        let result = try BuiltProgram.dpia.run(["check", spec.path], in: folder)
        #expect(result.status == 2)
        #expect(result.output.contains("kapot.yaml:3:1: error:"))
        #expect(try BuiltProgram.dpia.run(["check", "no-such-folder"], in: folder).status == 2)
    }

    @Test func checkWritesJSONAndSARIF() throws {
        for format in ["json", "sarif"] {
            let result = try dpia("check", "--format", format, "Registers/utrecht/hallowerk.yaml")
            #expect(result.status == 0)
            let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
            #expect(object != nil, "\(format) is not JSON")
        }
    }

    @Test func rulesListsAndExplains() throws {
        let list = try dpia("rules")
        #expect(list.status == 0)
        #expect(list.output.contains("retention_deletion_not_automated"))
        #expect(list.output.split(separator: "\n").count >= 36)
        let one = try dpia("rules", "--lang", "en", "candidate_proposal_to_private_intermediary")
        #expect(one.status == 0)
        #expect(one.output.contains("Legal reference:") && one.output.contains("kind: candidate-proposal"))
        #expect(one.output.contains("Triggers:") && one.output.contains("Does not trigger:"))
        // A fragment that changes entries of the base says so, and what it leaves out of the base comes first.
        let changes = try dpia("rules", "processor_without_agreement")
        #expect(
            changes.output.contains(
                """
                    # zonder `parties/leverancier/processor_agreement`
                    parties+:   # per id: gewijzigde velden en nieuwe items
                      - id: leverancier
                        agreement: Nog niet gesloten
                """))
        let unknown = try dpia("rules", "retention_deletion_not_automatd")
        #expect(unknown.status == 2)
        #expect(unknown.errors.contains("retention_deletion_not_automated"))
    }
}

/// `dpia provisions` and `dpia check --provisions`, run as a user would.
@Suite struct ProvisionsCommandTests {
    let repository = BuiltProgram.repository

    @Test func listsAndExplainsProvisions() throws {
        let list = try BuiltProgram.dpia.run(["provisions"], in: repository)
        #expect(list.status == 0)
        #expect(list.output.contains("pw-65-1-c") && list.output.contains("Participatiewet art. 65 lid 1 onder c"))
        let one = try BuiltProgram.dpia.run(["provisions", "--lang", "en", "Wmo 2015 art. 5.1.1 lid 4"], in: repository)
        #expect(one.status == 0)
        #expect(one.output.contains("wmo-5-1-1-4") && one.output.contains("Not the reverse"))
        let unknown = try BuiltProgram.dpia.run(["provisions", "Participatiewet art. 65 lid 1 onder d"], in: repository)
        #expect(unknown.status == 2)
        #expect(unknown.errors.contains("pw-65-1-c"))
    }

    @Test func checkReadsAnExtraCatalogue() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dpia-provisions-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let broken = folder.appendingPathComponent("extra.yaml")
        try "provisions:\n  - id: x\n    law: onbekend\n".write(to: broken, atomically: true, encoding: .utf8)
        let result = try BuiltProgram.dpia.run(
            ["check", "--provisions", broken.path, "Registers/examples/en-minimal.yaml"], in: repository)
        #expect(result.status == 2)
        #expect(result.errors.contains("extra.yaml:3:10: error: unknown law 'onbekend'"))
    }
}
