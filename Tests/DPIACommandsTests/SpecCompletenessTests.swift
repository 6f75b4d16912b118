import DPIATestSupport
import Foundation
import Testing

/// `dpia check` on the skeleton of `dpia new`: its placeholders are a list of what to complete, not
/// findings; a real purpose without a legal basis, or a spec that is no longer a draft, keeps its finding.
@Suite struct SpecCompletenessTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("dpia-complete-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// Writes the skeleton of `x` in `language` and applies `edit` to its text.
    func skeleton(_ language: String, _ edit: (String) -> String = { $0 }) throws -> String {
        let made = try BuiltProgram.dpia.run(["new", "x", "--lang", language], in: folder)
        #expect(made.status == 0, "\(made.errors)")
        let url = folder.appendingPathComponent("x.yaml")
        try Data(edit(try String(contentsOf: url, encoding: .utf8)).utf8).write(to: url)
        return "x.yaml"
    }

    @Test func theSkeletonListsItsPlaceholdersAsToCompleteInsteadOfAHighFinding() throws {
        let spec = try skeleton("nl")
        let checked = try BuiltProgram.dpia.run(["check", spec], in: folder)
        #expect(checked.status == 0, "\(checked.errors)")
        #expect(!checked.output.contains("purpose_without_legal_basis"), "\(checked.output)")
        #expect(!checked.output.contains(": error:"))
        #expect(checked.output.contains("  Nog in te vullen:\n"))
        #expect(
            checked.output.contains(
                "x.yaml:54:5: purposes: waarvoor de gegevens nodig zijn (`name`, `description`) en op welke grondslag (`basis`"),
            "\(checked.output)")
        #expect(checked.output.contains(": parties: de naam van de organisatie (`name` van 'organisation')"))
        #expect(checked.output.contains(": subjects: over wie het gaat"))
        #expect(checked.output.contains("secties die nog ontbreken (de spec legt uit wat er komt): contacts, techniques, roles"))
        // No high finding is left, so --fail-on high passes; the medium ones still count.
        #expect(try BuiltProgram.dpia.run(["check", "--fail-on", "high", spec], in: folder).status == 0)
        #expect(try BuiltProgram.dpia.run(["check", "--fail-on", "medium", spec], in: folder).status == 1)
        // JSON names the same list, in the spec's language, and has no finding about the placeholder.
        let json = try BuiltProgram.dpia.run(["check", "--format", "json", spec], in: folder).output
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let entry = try #require((document["specs"] as? [[String: Any]])?.first)
        let toComplete = try #require(entry["toComplete"] as? [[String: Any]])
        #expect(toComplete.count == 4)
        #expect((toComplete[2]["message"] as? String)?.hasPrefix("purposes: waarvoor de gegevens nodig zijn") == true)
        #expect(!json.contains("purpose_without_legal_basis"))
        let english = try BuiltProgram.dpia.run(["check", "--lang", "en", spec], in: folder).output
        #expect(english.contains("  To complete:\n"))
        #expect(english.contains("purposes: what the data are needed for (`name`, `description`) and on which legal basis (`basis`"))
    }

    @Test func aSpecThatIsNoLongerADraftKeepsTheFinding() throws {
        let spec = try skeleton("en") { $0.replacingOccurrences(of: "status: draft", with: "status: adopted") }
        let checked = try BuiltProgram.dpia.run(["check", "--fail-on", "high", spec], in: folder)
        #expect(checked.status == 1)
        #expect(checked.output.contains("error: Purpose “Purpose (fill in)” names no legal basis"), "\(checked.output)")
        #expect(!checked.output.contains("To complete"))
    }

    @Test func aWrittenPurposeWithoutBasisKeepsTheFindingInADraft() throws {
        let spec = try skeleton("nl") { $0.replacingOccurrences(of: "name: Doel (vul in)", with: "name: Re-integratie") }
        let checked = try BuiltProgram.dpia.run(["check", "--fail-on", "high", spec], in: folder)
        #expect(checked.status == 1)
        #expect(checked.output.contains("error: Doel „Re-integratie” noemt geen rechtsgrond"), "\(checked.output)")
        #expect(!checked.output.contains("purposes: waarvoor"))
        // The other placeholders are still to complete.
        #expect(checked.output.contains("subjects: over wie het gaat"))
    }
}
