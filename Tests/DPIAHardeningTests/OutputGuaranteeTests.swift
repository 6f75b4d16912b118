import DPIARender
import DPIATestSupport
import Foundation
import Testing

/// `dpia report` and `dpia register` write only inside their output folder, and a report killed
/// halfway leaves every file either as it was or complete.
@Suite(.serialized) struct OutputGuaranteeTests {
    /// Every file below `folder`, relative to it, hidden ones included.
    static func files(below folder: URL) -> Set<String> {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        else { return [] }
        var result: Set<String> = []
        for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
            result.insert(String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1)))
        }
        return result
    }

    @Test func reportsAndRegistersWriteOnlyInsideTheOutputFolder() throws {
        let workspace = try Workspace("containment")
        defer { workspace.remove() }
        let valid = try Corpus.names.filter { Corpus.messages($0).allSatisfy { !$0.contains(": error: ") } }
            .filter { !$0.hasPrefix("limits-") }   // the large ones add time, not paths
        for (index, name) in valid.enumerated() {
            // Each spec gets its own id, so that every one is reported.
            let text = String(decoding: try Corpus.data(name), as: UTF8.self)
            try workspace.write(
                "Registers/org-\(index % 3)/\(name)",
                text.replacingOccurrences(
                    of: #"(?m)^id: .*$"#, with: "id: spec-\(index)", options: .regularExpression))
        }
        let before = Self.files(below: workspace.url)
        let dpia = BuiltProgram.dpia
        let report = try dpia.run(["report", "Registers", "--out", "Output/reports", "--date", "2025-01-01"], in: workspace.url)
        #expect(report.status == 0, "\(report.errors)")
        let register = try dpia.run(["register", "Registers", "--out", "Output", "--date", "2025-01-01"], in: workspace.url)
        #expect(register.status == 0, "\(register.errors)")
        let added = Self.files(below: workspace.url).subtracting(before)
        #expect(added.count == 2 * valid.count + 3 * 4 + 1)
        #expect(added.contains("Output/reports/.dpia-report-state.json"), "what the next report run compares with")
        #expect(
            added.allSatisfy { $0.hasPrefix("Output/") && ($0.hasSuffix("/.dpia-report-state.json") || !$0.contains("/.")) },
            "\(added.sorted())")
        #expect(added.contains("Output/register/org-0/register.csv"))
    }

    @Test func namesThatCouldLeaveTheFolderAreRefused() throws {
        let workspace = try Workspace("names")
        defer { workspace.remove() }
        let output = OutputFolder(root: workspace.url.appendingPathComponent("Output"))
        for name in [
            "..", "../escape", "a/b", "/tmp", "", "-rf", "Hoofdletter", "con", "nul", "lpt1", ".verborgen",
            String(repeating: "a", count: 101), "tab\there", "punt.html",
        ] {
            #expect(throws: OutputError.unsafeName(name)) { try output.write("x", folders: [name], fileName: "dpia.md") }
        }
        #expect(throws: OutputError.self) { try output.write("x", folders: ["ok"], fileName: "../dpia.md") }
        #expect(throws: OutputError.self) { try output.write("x", folders: ["ok"], fileName: ".hidden") }
        #expect(Self.files(below: workspace.url).isEmpty)
    }

    /// Two organisation folders whose names make the same output folder would share one register.
    @Test func organisationFoldersThatCollideAreRefused() throws {
        let workspace = try Workspace("collide")
        defer { workspace.remove() }
        let base = String(decoding: try Corpus.data("valid-base.yaml"), as: UTF8.self)
        try workspace.write("Registers/Gemeente Utrecht/a.yaml", base)
        try workspace.write("Registers/gemeente-utrecht/b.yaml", base.replacingOccurrences(of: "id: hardening-base", with: "id: b"))
        try workspace.write("Registers/CON/c.yaml", base.replacingOccurrences(of: "id: hardening-base", with: "id: c"))
        let result = try BuiltProgram.dpia.run(["register", "Registers", "--out", "Output"], in: workspace.url)
        #expect(result.status == 2)
        #expect(
            result.errors == "error: the folders 'Gemeente Utrecht' and 'gemeente-utrecht' would both be written to "
                + "register/gemeente-utrecht/; rename one of them\n")
        #expect(!FileManager.default.fileExists(atPath: workspace.path("Output")))
        try FileManager.default.removeItem(atPath: workspace.path("Registers/gemeente-utrecht"))
        #expect(try BuiltProgram.dpia.run(["register", "Registers", "--out", "Output"], in: workspace.url).status == 0)
        #expect(FileManager.default.fileExists(atPath: workspace.path("Output/register/con-org/register.html")))
    }

    /// `dpia report` is killed with SIGKILL while it rewrites 80 reports: every report file is the
    /// previous one or the new one, whole; only hidden temporary files may be left, and the next run
    /// removes them and writes every report that is not yet the new one.
    @Test func reportKilledHalfwayLeavesWholeFiles() throws {
        let workspace = try Workspace("kill-report")
        defer { workspace.remove() }
        let count = 80
        let base = String(decoding: try Corpus.data("valid-base.yaml"), as: UTF8.self)
        func writeSpecs(title: String) throws {
            for number in 0..<count {
                try workspace.write(
                    "specs/spec-\(number).yaml",
                    base
                        .replacingOccurrences(of: "id: hardening-base", with: "id: activiteit-\(number)")
                        .replacingOccurrences(of: "Basis voor de hardingstests", with: "\(title) \(number)"))
            }
        }
        let dpia = BuiltProgram.dpia
        let arguments = ["report", "specs", "--date", "2025-01-01", "--out"]
        try writeSpecs(title: "Nieuw")
        #expect(try dpia.run(arguments + ["Nieuw"], in: workspace.url).status == 0)
        try writeSpecs(title: "Oud")
        #expect(try dpia.run(arguments + ["Oud"], in: workspace.url).status == 0)
        try FileManager.default.copyItem(
            at: workspace.url.appendingPathComponent("Oud"),
            to: workspace.url.appendingPathComponent("Output"))
        try writeSpecs(title: "Nieuw")
        // Hidden files and folders (the report state, staging folders, temporary files) are not reports.
        func visible(_ files: Set<String>) -> Set<String> { files.filter { !$0.split(separator: "/").contains { $0.hasPrefix(".") } } }
        let expected = visible(Self.files(below: workspace.url.appendingPathComponent("Oud")))
        #expect(expected.count == 2 * count)

        var interrupted = 0
        for attempt in 0..<5 {
            let process = try dpia.start(arguments + ["Output"], in: workspace.url)
            // Kill it once it has started replacing files, or after a growing delay.
            let deadline = Date().addingTimeInterval(0.3 * Double(attempt + 1))
            let first = workspace.path("Output/activiteit-0/dpia.md")
            let original = FileManager.default.contents(atPath: first)
            while process.isRunning && Date() < deadline && FileManager.default.contents(atPath: first) == original {
                Thread.sleep(forTimeInterval: 0.002)
            }
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                interrupted += 1
            }
            process.waitUntilExit()
            let written = Self.files(below: workspace.url.appendingPathComponent("Output"))
            #expect(visible(written) == expected)
            for file in expected {
                let data = FileManager.default.contents(atPath: workspace.path("Output/\(file)"))
                let old = FileManager.default.contents(atPath: workspace.path("Oud/\(file)"))
                let new = FileManager.default.contents(atPath: workspace.path("Nieuw/\(file)"))
                #expect(data == old || data == new, "attempt \(attempt): \(file) is neither the old nor the new report")
            }
            let rerun = try dpia.run(arguments + ["Output"], in: workspace.url)
            #expect(rerun.status == 0, "\(rerun.errors)")
            for file in expected {
                #expect(
                    FileManager.default.contents(atPath: workspace.path("Output/\(file)"))
                        == FileManager.default.contents(atPath: workspace.path("Nieuw/\(file)")),
                    "attempt \(attempt): \(file) after a rerun")
            }
            #expect(
                Self.files(below: workspace.url.appendingPathComponent("Output")).filter { $0.contains(".dpia-staging-") }.isEmpty,
                "the rerun removes what the killed run staged")
            try? FileManager.default.removeItem(at: workspace.url.appendingPathComponent("Output"))
            try FileManager.default.copyItem(
                at: workspace.url.appendingPathComponent("Oud"),
                to: workspace.url.appendingPathComponent("Output"))
        }
        #expect(interrupted > 0, "the report always finished before it could be killed")
    }
}
