import DPIARegister
import DPIASpec
import Foundation
import Testing

@testable import DPIACommands

/// `dpia diff` end to end: sides from files and git revisions, formats, `--out`, exit codes.
@Suite struct DiffCommandTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let example = repository.appendingPathComponent("Registers/examples/en-minimal.yaml").path

    /// A fresh temporary folder.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dpia-diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The example spec with `old` replaced by `new`, written to `folder/name`.
    static func variant(in folder: URL, name: String = "new.yaml", replacing old: String, with new: String) throws -> String {
        let text = try String(contentsOfFile: example, encoding: .utf8)
        #expect(text.contains(old))
        let path = folder.appendingPathComponent(name).path
        try text.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// A fresh git repository with the example committed as `spec.yaml`, and `origin` set to `remote`.
    static func repositoryWithExample(remote: String? = nil) throws -> (folder: URL, spec: String) {
        let folder = try Self.folder()
        let spec = folder.appendingPathComponent("spec.yaml").path
        try FileManager.default.copyItem(atPath: Self.example, toPath: spec)
        let steps =
            [["init", "-q"]] + (remote.map { [["remote", "add", "origin", $0]] } ?? [])
            + [["add", "spec.yaml"], ["-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "v1"]]
        for arguments in steps {
            #expect(try GitCommand.run(arguments, in: folder.path).status == 0, "git \(arguments)")
        }
        return (folder, spec)
    }

    @Test func sidesAreFilesRevisionsOrRecordedVersions() {
        let exists: (String) -> Bool = { $0 == "spec.yaml" || $0 == "odd:name.yaml" }
        #expect(DiffSide("spec.yaml", withRegister: false, fileExists: exists) == .file("spec.yaml"))
        #expect(DiffSide("odd:name.yaml", withRegister: false, fileExists: exists) == .file("odd:name.yaml"))
        #expect(
            DiffSide("HEAD~1:Registers/x.yaml", withRegister: false, fileExists: exists)
                == .revision("HEAD~1", path: "Registers/x.yaml"))
        #expect(DiffSide("hallowerk@0123abcd", withRegister: true, fileExists: exists) == .recorded("hallowerk@0123abcd"))
        #expect(DiffSide("hallowerk@0123abcd", withRegister: false, fileExists: exists) == .file("hallowerk@0123abcd"))
        #expect(DiffSide("missing.yaml", withRegister: true, fileExists: exists) == .file("missing.yaml"))
    }

    @Test func colourOnlyOnATerminalWithoutNoColor() {
        #expect(Diff.wantsColour(isTerminal: true, environment: [:]))
        #expect(!Diff.wantsColour(isTerminal: false, environment: [:]))
        #expect(!Diff.wantsColour(isTerminal: true, environment: ["NO_COLOR": "1"]))
        #expect(!Diff.wantsColour(isTerminal: true, environment: ["NO_COLOR": ""]))
    }

    @Test func writesEachFormatToOut() throws {
        let folder = try Self.folder()
        let new = try Self.variant(in: folder, replacing: "deletion: automated", with: "deletion: manual")
        for format in ["text", "markdown", "html", "json"] {
            let out = folder.appendingPathComponent("diff.\(format)").path
            let status = DPIA.run(arguments: ["diff", Self.example, new, "--format", format, "--out", out])
            #expect(status == 0)
            let page = try String(contentsOfFile: out, encoding: .utf8)
            #expect(page.contains(format == "json" ? "\"retention/contacts-two-years/deletion\"" : "automated"), "\(format)")
        }
        let english = try String(contentsOfFile: folder.appendingPathComponent("diff.text").path, encoding: .utf8)
        #expect(english.contains("▲ Retention rule contacts-two-years — deletion: Automated → Manual"))
        let dutch = folder.appendingPathComponent("nl.md").path
        #expect(DPIA.run(arguments: ["diff", Self.example, new, "--format", "markdown", "--lang", "nl", "--out", dutch]) == 0)
        #expect(try String(contentsOfFile: dutch, encoding: .utf8).contains("Bewaartermijn `contacts-two-years` — vernietiging"))
    }

    @Test func readsAGitRevisionInTheFilesRepository() throws {
        let (folder, spec) = try Self.repositoryWithExample()
        _ = try Self.variant(in: folder, name: "spec.yaml", replacing: "count: 800", with: "count: 900")
        let out = folder.appendingPathComponent("diff.json").path
        #expect(DPIA.run(arguments: ["diff", "HEAD:\(spec)", spec, "--format", "json", "--out", out]) == 0)
        let json = try String(contentsOfFile: out, encoding: .utf8)
        #expect(json.contains("\"path\" : \"subjects/employer-contacts/count\""))
        #expect(json.contains("\"file\" : \"HEAD:\(spec)\""))
        #expect(DPIA.run(arguments: ["diff", "no-such-revision:\(spec)", spec, "--out", out]) == 2)
    }

    @Test func readsAVersionRecordedInTheRegister() throws {
        let folder = try Self.folder()
        let register = folder.appendingPathComponent("register.sqlite").path
        #expect(DPIA.run(arguments: ["record", "--db", register, "--date", "2025-01-01", Self.example]) == 0)
        let recorded = try #require(try RegisterDatabase(path: register, create: false).export().versions.first?.id)
        let new = try Self.variant(in: folder, replacing: "count: 800", with: "count: 900")
        let out = folder.appendingPathComponent("diff.json").path
        // A unique prefix of the version id is enough.
        let prefix = String(recorded.dropLast(4))
        #expect(DPIA.run(arguments: ["diff", "--db", register, prefix, new, "--format", "json", "--out", out]) == 0)
        let json = try String(contentsOfFile: out, encoding: .utf8)
        #expect(json.contains("\"path\" : \"subjects/employer-contacts/count\""))
        #expect(json.contains("\"file\" : \"\(prefix)\""))
        #expect(DPIA.run(arguments: ["diff", "--db", register, "employer-contact-register@ffff", new, "--out", out]) == 2)
    }

    @Test func unreadableOrInvalidInputExitsWithTwo() throws {
        let folder = try Self.folder()
        let out = folder.appendingPathComponent("diff.txt").path
        #expect(
            DPIA.run(arguments: [
                "diff", Self.example, folder.appendingPathComponent("missing.yaml").path,
                "--out", out,
            ]) == 2)
        let invalid = try Self.variant(in: folder, replacing: "kind: contact", with: "kind: contakt")
        #expect(DPIA.run(arguments: ["diff", Self.example, invalid, "--out", out]) == 2)
        #expect(DPIA.run(arguments: ["diff", Self.example, Self.example, "--fail-on-new", "severe", "--out", out]) == 2)
        #expect(DPIA.run(arguments: ["diff", Self.example, Self.example, "--format", "pdf", "--out", out]) == 2)
        #expect(!FileManager.default.fileExists(atPath: out))
        #expect(
            DPIA.run(arguments: [
                "diff", Self.example, Self.example, "--out",
                folder.appendingPathComponent("no/such/folder.txt").path,
            ]) == 2)
    }

    @Test func failOnNewGatesOnNewUnaddressedFindingsAtTheLevel() throws {
        let folder = try Self.folder()
        // Manual deletion: a new finding of level medium, without a measure.
        let new = try Self.variant(in: folder, replacing: "deletion: automated", with: "deletion: manual")
        let out = folder.appendingPathComponent("diff.txt").path
        #expect(DPIA.run(arguments: ["diff", Self.example, new, "--fail-on-new", "high", "--out", out]) == 0)
        #expect(DPIA.run(arguments: ["diff", Self.example, new, "--fail-on-new", "medium", "--out", out]) == 1)
        #expect(DPIA.run(arguments: ["diff", Self.example, new, "--fail-on-new", "low", "--out", out]) == 1)
        // The page is written before the gate decides.
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("Deletion after the retention period not automated"))
        // The other way round the finding is resolved, which never fails the gate.
        #expect(DPIA.run(arguments: ["diff", new, Self.example, "--fail-on-new", "low", "--out", out]) == 0)
    }

    @Test func sameSpecWithFailOnNewExitsWithZero() throws {
        let out = try Self.folder().appendingPathComponent("diff.txt").path
        #expect(DPIA.run(arguments: ["diff", Self.example, Self.example, "--fail-on-new", "low", "--out", out]) == 0)
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("No changes of substance"))
    }

    @Test func failOnWideningGatesOnAnyWidening() throws {
        let folder = try Self.folder()
        let out = folder.appendingPathComponent("diff.txt").path
        let longer = try Self.variant(in: folder, name: "longer.yaml", replacing: "period: 2 years", with: "period: 3 years")
        #expect(DPIA.run(arguments: ["diff", Self.example, longer, "--out", out]) == 0)
        #expect(DPIA.run(arguments: ["diff", Self.example, longer, "--fail-on-widening", "--out", out]) == 1)
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("2 years → 3 years"))
        // Shorter is narrower: the gate passes, and --fail-on-new keeps its own meaning.
        #expect(DPIA.run(arguments: ["diff", longer, Self.example, "--fail-on-widening", "--out", out]) == 0)
        #expect(DPIA.run(arguments: ["diff", Self.example, longer, "--fail-on-new", "low", "--out", out]) == 0)
    }

    @Test func twoDifferentActivitiesStopUnlessAllowedOrRenamed() throws {
        let folder = try Self.folder()
        let out = folder.appendingPathComponent("diff.txt").path
        let other = try Self.variant(
            in: folder, name: "other.yaml", replacing: "id: employer-contact-register",
            with: "id: another-register")
        #expect(DPIA.run(arguments: ["diff", Self.example, other, "--out", out]) == 2)
        #expect(!FileManager.default.fileExists(atPath: out))
        #expect(DPIA.run(arguments: ["diff", Self.example, other, "--allow-different", "--out", out]) == 0)
        let renamed = try Self.variant(
            in: folder, name: "renamed.yaml", replacing: "id: employer-contact-register",
            with: "id: another-register\nrenamed_from: employer-contact-register")
        #expect(DPIA.run(arguments: ["diff", Self.example, renamed, "--out", out]) == 0)
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("employer-contact-register → another-register"))
    }

    @Test func theDifferentActivitiesMessageSaysWhatToDo() throws {
        let text = try String(contentsOfFile: Self.example, encoding: .utf8)
        let old = try #require(SpecLoader().load(text: text, path: "a.yaml").activity?.activity)
        var new = old
        new.id = "vum-pilot"
        let message = try #require(Diff.differentActivities(old: ("a.yaml", old), new: ("b.yaml", new)))
        #expect(message.contains("two different processing activities"))
        #expect(message.contains("renamed_from: employer-contact-register"))
        #expect(message.contains("--allow-different"))
        new.renamedFrom = old.id
        #expect(Diff.differentActivities(old: ("a.yaml", old), new: ("b.yaml", new)) == nil)
    }

    @Test func webAddressesOfKnownHostsFromTheRemote() {
        #expect(
            SourceLinkResolver.template(forRemote: "git@github.com:gemeente/dpia.git")
                == "https://github.com/gemeente/dpia/blob/{commit}/{path}#L{line}")
        #expect(
            SourceLinkResolver.template(forRemote: "https://user:secret@github.com/gemeente/dpia")
                == "https://github.com/gemeente/dpia/blob/{commit}/{path}#L{line}")
        #expect(
            SourceLinkResolver.template(forRemote: "ssh://git@gitlab.com:22/gemeente/privacy/dpia.git")
                == "https://gitlab.com/gemeente/privacy/dpia/-/blob/{commit}/{path}#L{line}")
        #expect(
            SourceLinkResolver.template(forRemote: "https://codeberg.org/gemeente/dpia.git")
                == "https://codeberg.org/gemeente/dpia/src/commit/{commit}/{path}#L{line}")
        #expect(SourceLinkResolver.template(forRemote: "/srv/git/dpia.git") == nil)
        #expect(SourceLinkResolver.template(forRemote: "https://git.example.org/dpia") == nil, "unknown host: use --source-url")
    }

    @Test func lineNumbersLinkToTheCommitOnTheRemote() throws {
        let (folder, spec) = try Self.repositoryWithExample(remote: "git@github.com:gemeente/dpia.git")
        let commit = try #require(try GitCommand.run(["rev-parse", "HEAD"], in: folder.path).firstLine)
        // The line of the changed period in the example, wherever edits of the example move it.
        let line =
            try #require(
                try String(contentsOfFile: spec, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
                    .firstIndex { $0.contains("period: 2 years") }) + 1
        _ = try Self.variant(in: folder, name: "spec.yaml", replacing: "period: 2 years", with: "period: 3 years")
        let out = folder.appendingPathComponent("diff.md").path
        // The old side is a commit: linked. The new side has uncommitted changes: its lines belong to no commit.
        #expect(DPIA.run(arguments: ["diff", "HEAD:\(spec)", spec, "--format", "markdown", "--out", out]) == 0)
        var page = try String(contentsOfFile: out, encoding: .utf8)
        #expect(!page.contains("](https://github.com/gemeente/dpia/blob/"), "\(page)")
        #expect(DPIA.run(arguments: ["diff", spec, "HEAD:\(spec)", "--format", "markdown", "--out", out]) == 0)
        page = try String(contentsOfFile: out, encoding: .utf8)
        #expect(page.contains("](https://github.com/gemeente/dpia/blob/\(commit)/spec.yaml#L\(line))"), "\(page)")
        // A template of one's own, or none.
        #expect(
            DPIA.run(arguments: [
                "diff", spec, "HEAD:\(spec)", "--format", "html", "--out", out,
                "--source-url", "https://git.example.org/dpia/{path}?at={commit}#{line}",
            ]) == 0)
        #expect(
            try String(contentsOfFile: out, encoding: .utf8).contains(
                "href=\"https://git.example.org/dpia/spec.yaml?at=\(commit)#\(line)\""))
        #expect(DPIA.run(arguments: ["diff", spec, "HEAD:\(spec)", "--format", "html", "--out", out, "--source-url", "none"]) == 0)
        #expect(!(try String(contentsOfFile: out, encoding: .utf8)).contains("<a href="))
    }
}
