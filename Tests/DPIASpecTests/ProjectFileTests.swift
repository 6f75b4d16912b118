import DPIAModel
import Foundation
import Testing

@testable import DPIASpec

/// The project file dpia.yaml: its keys, paths relative to its folder, errors with line and column,
/// and the search upward from the working folder.
@Suite struct ProjectFileTests {
    @Test func readsEveryKeyWithPathsRelativeToItsFolder() throws {
        let text = """
            # a comment
            organisation: Gemeente Voorbeeld
            language: en
            specs: specs
            register: data/register.sqlite
            output: ../Output
            templates: /srv/templates

            """
        let project = try ProjectFile.load(text: text, path: "/org/dpia.yaml").get()
        #expect(project.organisation == "Gemeente Voorbeeld")
        #expect(project.language == .en)
        #expect(project.specs == "/org/specs")
        #expect(project.register == "/org/data/register.sqlite")
        #expect(project.output == "/Output")
        #expect(project.templates == "/srv/templates")
    }

    @Test func anEmptyFileIsAProjectWithoutSettings() throws {
        let project = try ProjectFile.load(text: "# nothing yet\n", path: "/org/dpia.yaml").get()
        #expect(project == ProjectFile(path: "/org/dpia.yaml"))
    }

    @Test func unknownKeysAreRefusedWithLineColumnAndSuggestion() {
        let result = ProjectFile.load(text: "language: nl\nlangauge: en\nfoo: 1\n", path: "p/dpia.yaml")
        guard case .failure(let error) = result else { Issue.record("accepted"); return }
        #expect(
            error.diagnostics.map(\.description) == [
                "p/dpia.yaml:2:1: error: unknown key 'langauge' in the project file; did you mean 'language'?",
                "p/dpia.yaml:3:1: error: unknown key 'foo' in the project file; allowed keys: "
                    + "organisation, language, specs, register, output, templates, formats",
            ])
    }

    @Test func wrongValuesDuplicatesAndBrokenYAMLAreErrors() {
        func errors(_ text: String) -> [String] {
            guard case .failure(let error) = ProjectFile.load(text: text, path: "dpia.yaml") else { return [] }
            return error.diagnostics.map(\.description)
        }
        #expect(errors("language: de\n") == ["dpia.yaml:1:11: error: unknown language 'de'; allowed: nl, en"])
        #expect(errors("specs: a\nspecs: b\n") == ["dpia.yaml:2:1: error: the key 'specs' is written twice; keep one"])
        #expect(errors("specs: [a, b]\n").first?.hasPrefix("dpia.yaml:1:8: error: 'specs' needs one value") == true)
        #expect(errors("- specs\n").first?.hasPrefix("dpia.yaml:1:1: error: a project file holds keys with values") == true)
        #expect(errors("specs: 'open\n").count == 1)
    }

    @Test func isFoundInTheNearestParentFolder() {
        let files: Set<String> = ["/a/dpia.yaml", "/a/b/c/dpia.yaml"]
        #expect(ProjectFile.find(from: "/a/b/c/d", fileExists: files.contains) == "/a/b/c/dpia.yaml")
        #expect(ProjectFile.find(from: "/a/b", fileExists: files.contains) == "/a/dpia.yaml")
        #expect(ProjectFile.find(from: "/x/y", fileExists: files.contains) == nil)
    }
}
