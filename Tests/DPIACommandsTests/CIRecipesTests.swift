import DPIACommands
import DPIATestSupport
import Foundation
import Testing

/// The recipes of docs/ci.md, tried: the dpia commands of the GitHub Actions workflow and of the GitLab
/// CI job run against the built dpia on a project (no network: installing dpia is left out), the SARIF
/// they write has the shape code scanning reads, and the pre-commit hook refuses a commit with a bad spec.
@Suite struct CIRecipesTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("dpia-ci-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    static let docs = BuiltProgram.repository.appendingPathComponent("docs")

    static func recipe(_ name: String) throws -> String {
        try String(contentsOf: docs.appendingPathComponent("ci/\(name)"), encoding: .utf8)
    }

    /// Runs `command` with /bin/sh in `directory`, with only the built dpia, git and the system's tools on the PATH.
    func shell(_ command: String, in directory: URL? = nil) throws -> BuiltProgram.Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.currentDirectoryURL = directory ?? folder
        let bin = try BuiltProgram.dpia.url.deletingLastPathComponent().path
        process.environment = [
            "PATH": "\(bin):/usr/bin:/bin", "HOME": folder.path, "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_AUTHOR_NAME": "Privacy Officer", "GIT_AUTHOR_EMAIL": "po@example.nl",
            "GIT_COMMITTER_NAME": "Privacy Officer", "GIT_COMMITTER_EMAIL": "po@example.nl",
        ]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile(), err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return BuiltProgram.Output(
            status: process.terminationStatus, output: String(decoding: out, as: UTF8.self),
            errors: String(decoding: err, as: UTF8.self))
    }

    /// A project made by `dpia init` in `name`; `edit` changes its first spec.
    func project(_ name: String, _ edit: (String) -> String = { $0 }) throws -> URL {
        let directory = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        #expect(try BuiltProgram.dpia.run(["init", "--lang", "en", "--id", "intake"], in: directory).status == 0)
        let spec = directory.appendingPathComponent("specs/intake.yaml")
        try Data(edit(try String(contentsOf: spec, encoding: .utf8)).utf8).write(to: spec)
        return directory
    }

    /// A spec whose purpose has no legal basis and that is no longer a draft: a high finding.
    static func adopted(_ text: String) -> String { text.replacingOccurrences(of: "status: draft", with: "status: adopted") }
    /// A spec that does not validate.
    static func broken(_ text: String) -> String { text.replacingOccurrences(of: "\ntitle:", with: "\ntittle:") }

    /// The lines of the `run: |` blocks of a workflow that call dpia.
    static func runLines(_ workflow: String) -> [String] {
        var commands: [String] = [], blockIndent: Int?
        for line in workflow.split(separator: "\n", omittingEmptySubsequences: false) {
            let indent = line.prefix { $0 == " " }.count
            let text = line.trimmingCharacters(in: .whitespaces)
            if let current = blockIndent, indent > current || text.isEmpty {
                if text.hasPrefix("dpia ") { commands.append(text) }
                continue
            }
            blockIndent = text.hasPrefix("run: |") || text.hasPrefix("- run: |") ? indent : nil
        }
        return commands
    }

    /// The items of the list `key:` of a GitLab job (`script:`, `paths:`).
    static func listItems(_ key: String, in job: String) -> [String] {
        var items: [String] = [], keyIndent: Int?
        for line in job.split(separator: "\n") {
            let indent = line.prefix { $0 == " " }.count
            let text = line.trimmingCharacters(in: .whitespaces)
            if let current = keyIndent {
                if indent > current, text.hasPrefix("- ") { items.append(String(text.dropFirst(2))); continue }
                if indent <= current { keyIndent = nil }
            }
            if text == "\(key):" { keyIndent = indent }
        }
        return items
    }

    /// Checks the SARIF 2.1.0 shape GitHub code scanning reads; returns the results' (ruleId, level).
    func checkSARIF(at url: URL) throws -> [(String, String)] {
        let log = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        #expect((log["$schema"] as? String)?.contains("sarif-2.1.0") == true)
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let driver = try #require((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "dpia")
        #expect((driver["version"] as? String)?.isEmpty == false)
        // A development build has no repository address to give (a release takes its remote's): never invented.
        #expect(driver["informationUri"] as? String == BuildInfo.homepage)
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let results = try #require(runs[0]["results"] as? [[String: Any]])
        var found: [(String, String)] = []
        for result in results {
            let ruleID = try #require(result["ruleId"] as? String)
            let level = try #require(result["level"] as? String)
            #expect(["error", "warning", "note"].contains(level))
            #expect(((result["message"] as? [String: Any])?["text"] as? String)?.isEmpty == false)
            if let index = result["ruleIndex"] as? Int {
                #expect(index < rules.count && rules[index]["id"] as? String == ruleID)
            }
            let location = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            let uri = try #require((location["artifactLocation"] as? [String: Any])?["uri"] as? String)
            #expect(!uri.hasPrefix("/") && uri.hasSuffix(".yaml"), "code scanning needs a path relative to the repository: \(uri)")
            #expect(((location["region"] as? [String: Any])?["startLine"] as? Int ?? 0) >= 1)
            found.append((ruleID, level))
        }
        return found
    }

    @Test func theGitHubWorkflowChecksAndUploadsSARIF() throws {
        let workflow = try Self.recipe("github-actions.yml")
        #expect(workflow.contains("uses: github/codeql-action/upload-sarif@"))
        #expect(workflow.contains("sarif_file: dpia.sarif"))
        #expect(workflow.contains("if: always()"))
        #expect(workflow.contains("security-events: write"))
        let commands = Self.runLines(workflow)
        #expect(commands.contains { $0.hasPrefix("dpia check --format sarif") && $0.hasSuffix("> dpia.sarif") }, "\(commands)")
        let script = commands.joined(separator: "\n")

        // A new project: the job passes and code scanning gets the findings to complete.
        let fresh = try project("fresh")
        let passed = try shell("set -e\n" + script, in: fresh)
        #expect(passed.status == 0, "\(passed.errors)")
        #expect(try !checkSARIF(at: fresh.appendingPathComponent("dpia.sarif")).isEmpty)

        // A high finding: the job fails (1), and the SARIF to upload has it as an error.
        let risky = try project("risky", Self.adopted)
        #expect(try shell("set -e\n" + script, in: risky).status == 1)
        let results = try checkSARIF(at: risky.appendingPathComponent("dpia.sarif"))
        #expect(results.contains { $0 == ("purpose_without_legal_basis", "error") })

        // A spec that does not validate: the job fails (2); the SARIF names the problem.
        let broken = try project("broken", Self.broken)
        #expect(try shell("set -e\n" + script, in: broken).status == 2)
        #expect(try checkSARIF(at: broken.appendingPathComponent("dpia.sarif")).contains { $0.1 == "error" })
    }

    @Test func theGitLabJobFollowsTheExitCodePolicy() throws {
        let job = try Self.recipe("gitlab-ci.yml")
        let script = Self.listItems("script", in: job)
        #expect(script.allSatisfy { $0.hasPrefix("dpia ") } && script.contains { $0.contains("--fail-on high") }, "\(script)")
        let artifacts = Self.listItems("paths", in: job)
        #expect(!artifacts.isEmpty)
        #expect(job.contains("exit_codes: [1]") && job.contains("when: always"))

        /// Runs the script as GitLab does: line by line, stopping at the first that fails; its exit code.
        func runJob(in directory: URL) throws -> Int32 {
            for line in script {
                let status = try shell(line, in: directory).status
                if status != 0 { return status }
            }
            return 0
        }
        let fresh = try project("fresh")
        #expect(try runJob(in: fresh) == 0)
        for path in artifacts { #expect(FileManager.default.fileExists(atPath: fresh.appendingPathComponent(path).path), "\(path)") }
        _ = try checkSARIF(at: fresh.appendingPathComponent("dpia.sarif"))
        #expect(try JSONSerialization.jsonObject(with: Data(contentsOf: fresh.appendingPathComponent("dpia-check.json"))) is [String: Any])
        // A high finding: exit code 1, which allow_failure turns into a warning.
        #expect(try runJob(in: try project("risky", Self.adopted)) == 1)
        // A spec that does not validate: 2, which fails the pipeline.
        #expect(try runJob(in: try project("broken", Self.broken)) == 2)
    }

    @Test func thePreCommitHookRefusesABadSpec() throws {
        let repository = try project("repo")
        let hook = Self.docs.appendingPathComponent("ci/pre-commit").path
        #expect(
            try shell("git init -q . && cp '\(hook)' .git/hooks/pre-commit && chmod +x .git/hooks/pre-commit", in: repository).status == 0)
        let first = try shell("git add -A && git commit -q -m 'first spec'", in: repository)
        #expect(first.status == 0, "\(first.output)\(first.errors)")

        // A spec that does not validate is refused, and nothing is committed.
        let spec = repository.appendingPathComponent("specs/intake.yaml")
        let good = try String(contentsOf: spec, encoding: .utf8)
        try Data(Self.broken(good).utf8).write(to: spec)
        let refused = try shell("git add -A && git commit -q -m 'broken'", in: repository)
        #expect(refused.status != 0)
        #expect(refused.errors.contains("commit refused"), "\(refused.errors)")
        #expect((refused.output + refused.errors).contains("unknown key 'tittle'"), "\(refused.errors)")
        #expect(try shell("git rev-list --count HEAD", in: repository).output == "1\n")

        // A high finding is refused too.
        try Data(Self.adopted(good).utf8).write(to: spec)
        #expect(try shell("git add -A && git commit -q -m 'adopted'", in: repository).status == 1)

        // The hook checks what is staged: a good spec staged passes, whatever the folder holds.
        try Data(good.utf8).write(to: spec)
        #expect(try shell("git add -A", in: repository).status == 0)
        try Data(Self.broken(good).utf8).write(to: spec)
        let staged = try shell("git commit -q --allow-empty -m 'good staged'", in: repository)
        #expect(staged.status == 0, "\(staged.output)\(staged.errors)")

        // The pre-commit framework's entry refuses the bad file as well.
        let config = try Self.recipe("pre-commit-config.yaml")
        let entry = try #require(
            config.split(separator: "\n").first { $0.contains("entry:") }?
                .split(separator: ":", maxSplits: 1)[1].trimmingCharacters(in: .whitespaces))
        #expect(try shell(entry + " specs/intake.yaml", in: repository).status == 2)
    }

    @Test func docsCIShowsEachRecipeAsItIsTried() throws {
        let guide = try String(contentsOf: Self.docs.appendingPathComponent("ci.md"), encoding: .utf8)
        for name in ["github-actions.yml", "gitlab-ci.yml", "pre-commit", "pre-commit-config.yaml"] {
            #expect(guide.contains(try Self.recipe(name)), "docs/ci.md does not show docs/ci/\(name) as it is")
        }
    }
}
