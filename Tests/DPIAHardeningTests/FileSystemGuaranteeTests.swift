import DPIATestSupport
import Foundation
import Testing

/// What `dpia` reads and writes on disk stays inside the folders it is given: links that lead out of a
/// spec folder or an output folder are refused, named pipes and devices are never waited on, templates
/// come from dpia itself unless named, git never reads a revision as an option, two runs into one
/// folder take turns, a register is replaced whole or not at all, and file errors are worded for people.
@Suite(.serialized) struct FileSystemGuaranteeTests {
    static let base = String(decoding: (try? Corpus.data("valid-base.yaml")) ?? Data(), as: UTF8.self)
    static let secret = "ci-token-8f2b1c9d0e7a6b5c4d3e2f1a0b9c8d7e"

    /// The spec `valid-base.yaml` with another activity id.
    static func spec(id: String) -> String { base.replacingOccurrences(of: "id: hardening-base", with: "id: \(id)") }

    static func link(_ workspace: Workspace, _ relative: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: workspace.path(relative), withDestinationPath: target)
    }

    // MARK: - Reading specs

    /// A link in a spec folder to a file outside it (`evil.yaml → ../ci-secrets.env`) or to a folder
    /// outside it is refused by name, and what it points at is never opened, so never shown. Links that
    /// stay inside the folder are followed; a spec reached twice is read once.
    @Test func linksOutOfASpecFolderAreRefusedAndNeverShown() throws {
        let workspace = try Workspace("links-in")
        defer { workspace.remove() }
        try workspace.write("ci-secrets.env", "API_TOKEN=\(Self.secret)\n")
        try workspace.write("elsewhere/other.yaml", Self.spec(id: "other"))
        try workspace.write("specs/a.yaml", Self.spec(id: "a"))
        try Self.link(workspace, "specs/evil.yaml", to: "../ci-secrets.env")
        try Self.link(workspace, "specs/linked", to: "../elsewhere")
        try Self.link(workspace, "specs/same.yaml", to: "a.yaml")
        try Self.link(workspace, "specs/gone.yaml", to: "nothing.yaml")
        // dpia validate speaks the language of the specs (Dutch here); report and register, without --lang
        // or a project, English.
        let dutch = [
            "specs/evil.yaml: error: dit is een symbolische koppeling naar een plek buiten specs; dpia leest alleen wat "
                + "binnen de mappen ligt die het krijgt en opent deze koppeling daarom niet. Zet hier een kopie van het "
                + "bestand, of noem "
                + "het bestand zelf op de opdrachtregel",
            "specs/gone.yaml: error: dit is een symbolische koppeling die nergens naar wijst; verwijder haar of zet het "
                + "bestand zelf hier",
        ]
        let outside =
            "this is a symbolic link to a place outside specs; dpia reads only what lies inside the folders it "
            + "is given, so it is not opened. Put a copy of the file here, or name the file itself on the command line"
        let english = [
            "specs/evil.yaml: error: \(outside)",
            "specs/gone.yaml: error: this is a symbolic link that points at nothing; remove it or put the file itself here",
            "specs/linked: error: \(outside)",
        ]
        for command in [["validate", "specs"], ["report", "specs"], ["register", "specs"]] {
            let result = try BuiltProgram.dpia.run(command, in: workspace.url)
            #expect(result.status == 2, "\(command)")
            #expect(!(result.output + result.errors).contains(Self.secret), "\(command)")
            let expected = command[0] == "validate" ? dutch + [dutch[0].replacingOccurrences(of: "evil.yaml", with: "linked")] : english
            #expect(result.lines.prefix(3) == expected[...], "\(command): \(result.lines)")
        }
        #expect(!FileManager.default.fileExists(atPath: workspace.path("Output")))
        // Without the links that lead out, the folder validates: the link inside is followed, its spec read once.
        for name in ["evil.yaml", "linked", "gone.yaml"] { try FileManager.default.removeItem(atPath: workspace.path("specs/\(name)")) }
        #expect(try BuiltProgram.dpia.run(["validate", "specs"], in: workspace.url).lines == ["1 spec geldig"])
    }

    /// A file named on the command line may be a link to an ordinary file in its own folder or below;
    /// a link that leads out of its folder is refused unread even when named, because lists of files are
    /// made by scripts (`dpia validate $(git ls-files '*.yaml')` in CI). A folder named may be a link.
    @Test func aLinkNamedOnTheCommandLineIsReadOnlyWithinItsFolder() throws {
        let workspace = try Workspace("links-named")
        defer { workspace.remove() }
        try workspace.write("below/a.yaml", Self.spec(id: "a"))
        try workspace.write("ci-secrets.env", "API_TOKEN=\(Self.secret)\n")
        try Self.link(workspace, "a.yaml", to: "below/a.yaml")
        try Self.link(workspace, "folder", to: "below")
        #expect(try BuiltProgram.dpia.run(["validate", "a.yaml"], in: workspace.url).lines == ["1 spec geldig"])
        #expect(try BuiltProgram.dpia.run(["validate", "folder"], in: workspace.url).lines == ["1 spec geldig"])
        try FileManager.default.createDirectory(atPath: workspace.path("specs"), withIntermediateDirectories: true)
        try Self.link(workspace, "specs/evil.yaml", to: "../ci-secrets.env")
        let refusal =
            "specs/evil.yaml: error: this is a symbolic link to a place outside its folder; dpia does "
            + "not open it, so that a list of files cannot make it read elsewhere. Name the file it points at instead"
        for command in [["validate", "specs/evil.yaml"], ["check", "specs/evil.yaml"], ["diff", "a.yaml", "specs/evil.yaml"]] {
            let evil = try BuiltProgram.dpia.run(command, in: workspace.url)
            #expect(evil.status == 2, "\(command)")
            #expect(evil.lines.first == refusal, "\(command): \(evil.lines)")
            #expect(!(evil.output + evil.errors).contains(Self.secret), "\(command)")
        }
    }

    /// A named pipe called `*.yaml`, a device, and a link to `/dev/stdin` are refused at once instead of
    /// waiting for a writer that never comes (the pipe and the device by `fstat` on the file opened with
    /// `O_NONBLOCK`, the link because it leads out of its folder).
    @Test(.timeLimit(.minutes(1))) func pipesAndDevicesAreRefusedWithoutWaiting() throws {
        let workspace = try Workspace("fifo")
        defer { workspace.remove() }
        try FileManager.default.createDirectory(atPath: workspace.path("specs"), withIntermediateDirectories: true)
        #expect(mkfifo(workspace.path("specs/pipe.yaml"), 0o644) == 0)
        try Self.link(workspace, "stdin.yaml", to: "/dev/stdin")
        let silent = Pipe()   // nothing is ever written: reading standard input would wait forever
        defer { try? silent.fileHandleForWriting.close() }
        let result = try BuiltProgram.dpia.run(
            ["validate", "specs", "stdin.yaml", "/dev/null"], in: workspace.url,
            input: silent.fileHandleForReading)
        let refusal = "not an ordinary file; dpia reads specs only from ordinary files"
        #expect(result.status == 2)
        #expect(
            result.lines == [
                "stdin.yaml: error: this is a symbolic link to a place outside its folder; dpia does not open it, so that "
                    + "a list of files cannot make it read elsewhere. Name the file it points at instead",
                "specs/pipe.yaml:1:1: error: this is a named pipe (FIFO), \(refusal)",
                "/dev/null:1:1: error: this is a device, \(refusal)",
                "2 of 2 specs invalid, 2 errors",
            ])
    }

    // MARK: - Writing output

    /// A folder inside the output folder that is a link (`Output/<id> → elsewhere`, which git can
    /// commit) is refused by `report` and `register`: nothing is written through it. A link `Output`
    /// itself is refused unless named with `--out`.
    @Test func linksInTheOutputFolderAreRefused() throws {
        let workspace = try Workspace("links-out")
        defer { workspace.remove() }
        try workspace.write("specs/a.yaml", Self.spec(id: "a"))
        try workspace.write("specs/b.yaml", Self.spec(id: "b"))
        try FileManager.default.createDirectory(atPath: workspace.path("elsewhere"), withIntermediateDirectories: true)
        let output = workspace.url.appendingPathComponent("Output").standardizedFileURL.path
        func refusal(_ path: String) -> String {
            "error: \(path) is a symbolic link; dpia does not write through links in its output folder, so that nothing "
                + "lands outside it. Remove the link (dpia makes the folder itself), or give the real folder with --out"
        }
        try FileManager.default.createDirectory(atPath: workspace.path("Output"), withIntermediateDirectories: true)
        try Self.link(workspace, "Output/b", to: "../elsewhere")
        let report = try BuiltProgram.dpia.run(["report", "specs"], in: workspace.url)
        #expect(report.status == 2)
        #expect(report.errors == refusal(output + "/b") + "\n")
        // Checked before any report is moved into place: not even the report of a is written.
        try Self.link(workspace, "Output/register", to: "../elsewhere")
        let register = try BuiltProgram.dpia.run(["register", "specs"], in: workspace.url)
        #expect(register.status == 2)
        #expect(register.errors == refusal(output + "/register") + "\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.path("elsewhere")).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.path("Output")).sorted() == ["b", "register"])

        try FileManager.default.removeItem(atPath: workspace.path("Output"))
        try Self.link(workspace, "Output", to: "elsewhere")
        let linkedRoot = try BuiltProgram.dpia.run(["report", "specs"], in: workspace.url)
        #expect(linkedRoot.status == 2)
        #expect(linkedRoot.errors == refusal(output) + "\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.path("elsewhere")).isEmpty)
        // Named on the command line, the link is the user's choice.
        #expect(try BuiltProgram.dpia.run(["report", "specs", "--out", "Output"], in: workspace.url).status == 0)
        #expect(FileManager.default.fileExists(atPath: workspace.path("elsewhere/a/dpia.md")))
        #expect(FileManager.default.fileExists(atPath: workspace.path("elsewhere/b/dpia.md")))
    }

    /// Two `dpia report` runs into one folder at the same time both succeed (they take turns on the
    /// folder's lock; neither removes the other's staging folder), and leave whole reports and no
    /// staging folders.
    @Test func twoReportRunsIntoOneFolderTakeTurns() throws {
        let workspace = try Workspace("two-runs")
        defer { workspace.remove() }
        for index in 0..<40 { try workspace.write("specs/s\(index).yaml", Self.spec(id: "s\(index)")) }
        let outputs = try [0, 1].map { _ in workspace.url.appendingPathComponent(".run-\(UUID().uuidString)") }
        let processes = try outputs.map { file -> Process in
            let process = Process()
            process.executableURL = try BuiltProgram.dpia.url
            process.arguments = ["report", "specs", "--force", "--out", "Output"]
            process.currentDirectoryURL = workspace.url
            _ = FileManager.default.createFile(atPath: file.path, contents: nil)
            process.standardOutput = FileHandle.nullDevice
            process.standardError = try FileHandle(forWritingTo: file)
            return process
        }
        // The second run starts once the first is staging its reports: before the lock, it removed the
        // first run's staging folder as a leftover, and the first failed with "No such file or directory".
        try processes[0].run()
        let output = workspace.path("Output")
        while processes[0].isRunning,
            !((try? FileManager.default.contentsOfDirectory(atPath: output)) ?? []).contains(where: { $0.hasPrefix(".dpia-staging-") })
        {
            usleep(5_000)
        }
        try processes[1].run()
        for process in processes { process.waitUntilExit() }
        for (process, file) in zip(processes, outputs) {
            let errors = String(decoding: try Data(contentsOf: file), as: UTF8.self)
            #expect(process.terminationStatus == 0, "\(errors)")
            #expect(errors.isEmpty || errors == "another dpia run is writing into Output; waiting until it is done\n", "\(errors)")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: workspace.path("Output")).sorted()
        #expect(names == [".dpia-report-state.json"] + (0..<40).map { "s\($0)" }.sorted())
        for index in 0..<40 {
            #expect(
                try FileManager.default.contentsOfDirectory(atPath: workspace.path("Output/s\(index)")).sorted()
                    == ["dpia.html", "dpia.md"])
        }
    }

    /// When a register file cannot be written (here: the largest file allowed is smaller than
    /// register.html, which fails as a full disk does), none of the four is replaced: the old register
    /// stays whole, no temporary file is left, and the message says which file and what to do.
    @Test func aRegisterThatCannotBeWrittenWholeLeavesTheOldOne() throws {
        let workspace = try Workspace("full-disk")
        defer { workspace.remove() }
        try workspace.write("specs/a.yaml", Self.spec(id: "a"))
        let first = try BuiltProgram.dpia.run(["register", "specs", "--date", "2025-01-01"], in: workspace.url)
        #expect(first.status == 0, "\(first.errors)")
        let folder = workspace.url.appendingPathComponent("Output/register")
        let names = ["register.md", "register.html", "register.csv", "register.json"]
        let before = try names.map { try Data(contentsOf: folder.appendingPathComponent($0)) }
        let (markdown, html) = (before[0].count, before[1].count)
        try #require(html > markdown + 4096, "register.html must be larger than register.md for this test")
        let blocks = (markdown + 1024) / 512   // room for the new register.md, not for register.html
        let second = try BuiltProgram.dpia.run(
            ["register", "specs", "--date", "2025-02-01"], in: workspace.url,
            fileSizeLimit: blocks)
        #expect(second.status == 2)
        #expect(
            second.errors == "error: cannot write \(folder.standardizedFileURL.path)/register.html: the file would be "
                + "larger than this disk or your account allows; free some space or ask for a higher limit\n")
        #expect(try names.map { try Data(contentsOf: folder.appendingPathComponent($0)) } == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == names.sorted())
    }

    /// File errors say which file, what happened and what to do, never "NSCocoaErrorDomain error 512".
    @Test func fileErrorsAreWordedForPeople() throws {
        let workspace = try Workspace("file-errors")
        defer { workspace.remove() }
        try workspace.write("specs/a.yaml", Self.spec(id: "a"))
        try workspace.write("taken", "a file where the output folder should be")
        let output = workspace.url.appendingPathComponent("taken").standardizedFileURL.path
        let report = try BuiltProgram.dpia.run(["report", "specs", "--out", "taken"], in: workspace.url)
        #expect(report.status == 2)
        #expect(report.errors == "error: \(output) is a file, not a folder; move or remove it, so that dpia can make the folder there\n")
        let diff = try BuiltProgram.dpia.run(["diff", "specs/a.yaml", "specs/a.yaml", "--out", "missing/diff.txt"], in: workspace.url)
        #expect(diff.status == 2)
        // The spec is Dutch, so is the whole run (the page and this message).
        #expect(
            diff.errors == "missing/diff.txt: error: de pagina kan hier niet geschreven worden: het bestaat niet (of een map "
                + "op het pad bestaat niet); controleer het pad\n")
        let english = try BuiltProgram.dpia.run(
            ["diff", "specs/a.yaml", "specs/a.yaml", "--out", "missing/diff.txt", "--lang", "en"],
            in: workspace.url)
        #expect(
            english.errors == "missing/diff.txt: error: cannot write the page here: it does not exist (or a folder on its "
                + "path does not); check the path\n")
        for result in [report, diff] { #expect(!result.errors.contains("NSCocoaErrorDomain") && !result.errors.contains("error 512")) }
    }

    /// `dpia actions list --format csv` guards its cells as the register's CSV does (one writer).
    @Test func actionsListCSVIsGuardedAgainstFormulas() throws {
        let workspace = try Workspace("actions-csv")
        defer { workspace.remove() }
        try workspace.write(
            "specs/a.yaml",
            Self.spec(id: "a") + """
                risks:
                  - id: r
                    description: Risico.
                    likelihood: low
                    impact: low
                measures:
                  - id: m
                    addresses: [r]
                    decision: mitigate
                    type: organisational
                    description: Maatregel.
                    owner: " =HYPERLINK(\\"https://example.invalid\\")"
                    due: 2025-12-31
                    status: planned

                """)
        let record = try BuiltProgram.dpia.run(
            ["record", "specs", "--db", "register.sqlite", "--date", "2025-01-01"],
            in: workspace.url)
        #expect(record.status == 0, "\(record.errors)")
        let list = try BuiltProgram.dpia.run(
            [
                "actions", "list", "--db", "register.sqlite", "--format", "csv",
                "--date", "2025-01-01",
            ], in: workspace.url)
        #expect(list.status == 0, "\(list.errors)")
        #expect(
            list.output == "\u{FEFF}activity;measure;description;status;overdue;due;owner;updated;evidence\r\n"
                + "a;m;Maatregel.;planned;no;2025-12-31;\"' =HYPERLINK(\"\"https://example.invalid\"\")\";;\r\n")
    }

    // MARK: - Templates

    /// A `Templates/` folder in the working folder or a parent (as `/tmp/Templates` is for everyone on the
    /// machine) is not used unless named with `--templates`; when named, stderr says so.
    @Test func templatesFromTheWorkingFolderAreUsedOnlyWhenNamed() throws {
        let workspace = try Workspace("templates")
        defer { workspace.remove() }
        try workspace.write("project/specs/a.yaml", Self.spec(id: "a"))
        // A full copy of the templates, with a script in the Dutch report.
        let own = BuiltProgram.repository.appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: own, to: workspace.url.appendingPathComponent("Templates"))
        let page = workspace.path("Templates/dpia.html.mustache")
        try (String(contentsOfFile: page, encoding: .utf8) + "<script>alert('planted')</script>\n")
            .write(toFile: page, atomically: true, encoding: .utf8)
        let project = workspace.url.appendingPathComponent("project")
        let fromParent = try BuiltProgram.dpia.run(["report", "specs"], in: project)
        #expect(fromParent.status == 0)
        #expect(fromParent.errors == "")
        #expect(try !String(contentsOfFile: workspace.path("project/Output/a/dpia.html"), encoding: .utf8).contains("planted"))

        try FileManager.default.moveItem(atPath: workspace.path("Templates"), toPath: workspace.path("project/Templates"))
        let here = try BuiltProgram.dpia.run(["report", "specs", "--force"], in: project)
        #expect(here.status == 0)
        #expect(here.errors.hasPrefix("note: the folder Templates/ here is not used; dpia uses its own templates ("))
        #expect(here.errors.hasSuffix("). Give --templates Templates to use it\n"))
        #expect(try !String(contentsOfFile: workspace.path("project/Output/a/dpia.html"), encoding: .utf8).contains("planted"))

        let named = try BuiltProgram.dpia.run(["report", "specs", "--templates", "Templates"], in: project)
        #expect(named.status == 0)
        #expect(named.errors == "using the templates in Templates (--templates)\n")
        #expect(try String(contentsOfFile: workspace.path("project/Output/a/dpia.html"), encoding: .utf8).contains("planted"))
    }

    // MARK: - git

    /// `dpia diff -- --output=o:spec.yaml spec.yaml` would make `git show` write a file: a revision
    /// starting with `-` is refused, and git gets `--end-of-options` before the revision.
    @Test func gitRevisionsAreNeverOptions() throws {
        let workspace = try Workspace("git-options")
        defer { workspace.remove() }
        try workspace.write("spec.yaml", Self.spec(id: "a"))
        for arguments in [
            ["init", "-q"], ["add", "spec.yaml"],
            ["-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-q", "-m", "spec"],
        ] {
            let git = Process()
            git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            git.arguments = ["git"] + arguments
            git.currentDirectoryURL = workspace.url
            git.standardOutput = FileHandle.nullDevice
            try git.run()
            git.waitUntilExit()
            try #require(git.terminationStatus == 0, "git \(arguments)")
        }
        let before = try FileManager.default.contentsOfDirectory(atPath: workspace.path(".")).filter { !$0.hasPrefix(".") }
        let injected = try BuiltProgram.dpia.run(["diff", "--", "--output=o:spec.yaml", "spec.yaml"], in: workspace.url)
        #expect(injected.status == 2)
        #expect(
            injected.errors == "--output=o:spec.yaml: error: a git revision cannot start with '-' (git would read it as "
                + "an option); give a commit, branch or tag such as HEAD~1 or main, as REV:path\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.path(".")).filter { !$0.hasPrefix(".") } == before)
        // An ordinary revision still works.
        let revision = try BuiltProgram.dpia.run(["diff", "HEAD:spec.yaml", "spec.yaml"], in: workspace.url)
        #expect(revision.status == 0, "\(revision.errors)")
    }
}
