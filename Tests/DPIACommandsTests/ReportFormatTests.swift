import DPIAModel
import DPIATestSupport
import Foundation
import Testing

/// `dpia report --format docx,pdf`: Word through pandoc and PDF through headless Chromium, checked as
/// a reader would use them. Every example of Registers/ is converted once (``Examples/shared``) and
/// the tests share the result; they are skipped where pandoc, chromium or LibreOffice is missing.
@Suite(.serialized) struct ReportFormatTests {
    /// The examples rendered in all four formats, and their DOCX files converted to PDF by LibreOffice.
    struct Examples: Sendable {
        var output: URL
        var ids: [String]
        /// LibreOffice's PDF of each DOCX, by activity id.
        var converted: URL

        static let shared: Result<Examples, Failure> = {
            do {
                let workspace = try BuiltProgram.workspace(copying: "utrecht")
                for organisation in ["examples", "vum", "zoetermeer"] {
                    try FileManager.default.copyItem(
                        at: BuiltProgram.repository.appendingPathComponent("Registers/\(organisation)"),
                        to: workspace.appendingPathComponent("Registers/\(organisation)"))
                }
                let report = try BuiltProgram.dpia.run(
                    [
                        "report", "Registers", "--out", "Out", "--date", "2025-06-01",
                        "--format", "md,html,docx,pdf",
                    ], in: workspace)
                guard report.status == 0 else { return .failure(Failure("dpia report: \(report.errors)")) }
                let output = workspace.appendingPathComponent("Out")
                let ids = try FileManager.default.contentsOfDirectory(atPath: output.path).filter { !$0.hasPrefix(".") }.sorted()
                let converted = workspace.appendingPathComponent("LibreOffice")
                try FileManager.default.createDirectory(at: converted, withIntermediateDirectories: true)
                // One LibreOffice run for every file: the files need different names, so copy them as <id>.docx.
                var names: [String] = []
                for id in ids {
                    let copy = converted.appendingPathComponent("\(id).docx")
                    try FileManager.default.copyItem(at: output.appendingPathComponent("\(id)/dpia.docx"), to: copy)
                    names.append(copy.path)
                }
                let office = try tool(
                    "soffice", ["--headless", "--convert-to", "pdf", "--outdir", converted.path] + names,
                    environment: ["HOME": converted.path])
                guard office.status == 0 else { return .failure(Failure("soffice: \(office.output)")) }
                return .success(Examples(output: output, ids: ids, converted: converted))
            } catch {
                return .failure(Failure("\(error)"))
            }
        }()
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    static let convertersInstalled = ["pandoc", "chromium", "soffice", "pdfinfo", "pdftotext", "unzip"].allSatisfy { name in
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(name)") }
    }

    /// Runs a command-line tool found on PATH and returns its exit status and output.
    static func tool(_ name: String, _ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("dpia-tool-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return (process.terminationStatus, String(decoding: try Data(contentsOf: output), as: UTF8.self))
    }

    /// A part of a DOCX file (`word/document.xml`).
    static func part(_ name: String, of docx: URL) throws -> String {
        try tool("unzip", ["-p", docx.path, name]).output
    }

    static func examples() throws -> Examples { try Examples.shared.get() }

    /// The section titles of a report: the headings of its Markdown file, without Markdown marks.
    static func sectionTitles(_ markdown: String) -> [String] {
        markdown.split(separator: "\n").filter { $0.hasPrefix("## ") || $0.hasPrefix("### ") }
            .map { $0.drop { $0 == "#" || $0 == " " }.replacingOccurrences(of: "\\", with: "") }
    }

    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test(.enabled(if: convertersInstalled)) func everyExampleHasAValidWordFileThatLibreOfficeConverts() throws {
        let examples = try Self.examples()
        #expect(examples.ids.count >= 6)
        for id in examples.ids {
            let pdf = examples.converted.appendingPathComponent("\(id).pdf")
            #expect(FileManager.default.fileExists(atPath: pdf.path), "LibreOffice could not convert \(id)/dpia.docx")
            let info = try Self.tool("pdfinfo", [pdf.path]).output
            let pages =
                info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
            #expect(pages >= 3, "\(id): \(pages) pages")
        }
    }

    @Test(.enabled(if: convertersInstalled)) func wordHeadingsAreHeadingStylesAndTableHeadersRepeat() throws {
        let examples = try Self.examples()
        for id in examples.ids {
            let docx = examples.output.appendingPathComponent("\(id)/dpia.docx")
            let document = try Self.part("word/document.xml", of: docx)
            for style in ["Title", "Heading1", "Heading2"] {
                #expect(document.contains("<w:pStyle w:val=\"\(style)\" />"), "\(id): no \(style)")
            }
            let tables = document.components(separatedBy: "<w:tbl>").count - 1
            let repeated = document.components(separatedBy: "<w:tblHeader w:val=\"true\" />").count - 1
            #expect(tables > 0 && repeated >= tables, "\(id): \(tables) tables, \(repeated) repeated header rows")
            // The footer with the page number comes from the reference document.
            #expect(try Self.part("word/footer1.xml", of: docx).contains("PAGE"), "\(id): no page number in the footer")
            // Section titles of the Markdown report are Word headings.
            let markdown = try String(contentsOf: examples.output.appendingPathComponent("\(id)/dpia.md"), encoding: .utf8)
            #expect(Self.sectionTitles(markdown).contains { document.contains($0) })
        }
    }

    @Test(.enabled(if: convertersInstalled)) func pdfHasPageNumbersPropertiesAndEverySectionTitle() throws {
        let examples = try Self.examples()
        for id in examples.ids {
            let pdf = examples.output.appendingPathComponent("\(id)/dpia.pdf")
            let info = try Self.tool("pdfinfo", [pdf.path]).output
            #expect(info.contains("Page size:       594.96 x 841.92 pts (A4)") || info.contains("(A4)"), "\(id): not A4")
            #expect(info.contains("Title:           DPIA"), "\(id): \(info)")
            #expect(info.contains("Author:"), "\(id): no author")
            #expect(info.contains("Subject:"), "\(id): no subject")
            #expect(info.contains("CreationDate:    Sun Jun  1 12:00:00 2025") || info.contains("2025"), "\(id): \(info)")
            let pages =
                info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
            let text = Self.collapsed(try Self.tool("pdftotext", [pdf.path, "-"]).output)
            // "1 / 6" at the bottom of the first page, "6 / 6" of the last (pdftotext may drop the spaces).
            let unspaced = text.replacingOccurrences(of: " ", with: "")
            #expect(unspaced.contains("1/\(pages)") && unspaced.contains("\(pages)/\(pages)"), "\(id): no page numbers")
            let markdown = try String(contentsOf: examples.output.appendingPathComponent("\(id)/dpia.md"), encoding: .utf8)
            for title in Self.sectionTitles(markdown) {
                #expect(text.contains(Self.collapsed(title)), "\(id): '\(title)' not in the PDF's text")
            }
        }
    }

    @Test(.enabled(if: convertersInstalled)) func wordAndPDFAreByteIdenticalForTheSameInput() throws {
        let workspace = try BuiltProgram.workspace(copying: "utrecht")
        for out in ["A", "B"] {
            let run = try BuiltProgram.dpia.run(["report", "Registers/utrecht", "--out", out, "--format", "docx,pdf"], in: workspace)
            #expect(run.status == 0, "\(run.errors)")
        }
        for name in ["dpia.docx", "dpia.pdf"] {
            let first = try Data(contentsOf: workspace.appendingPathComponent("A/hallowerk-utrecht/\(name)"))
            let second = try Data(contentsOf: workspace.appendingPathComponent("B/hallowerk-utrecht/\(name)"))
            #expect(first == second, "\(name) differs between two runs")
        }
        // Only the formats asked for are written.
        #expect(!FileManager.default.fileExists(atPath: workspace.appendingPathComponent("A/hallowerk-utrecht/dpia.md").path))
    }

    @Test(.enabled(if: convertersInstalled)) func anotherReferenceDocumentGivesItsStyle() throws {
        let workspace = try BuiltProgram.workspace(copying: "utrecht")
        let templates = workspace.appendingPathComponent("House")
        try FileManager.default.copyItem(at: BuiltProgram.repository.appendingPathComponent("Templates"), to: templates)
        let reference = templates.appendingPathComponent("reference.docx")
        try FileManager.default.removeItem(at: reference)
        // pandoc's own reference document: headings in its blue 4F81BD instead of dpia's 1F3864.
        #expect(try Self.tool("pandoc", ["-o", reference.path, "--print-default-data-file", "reference.docx"]).status == 0)
        let run = try BuiltProgram.dpia.run(
            ["report", "Registers/utrecht", "--out", "Out", "--format", "docx", "--templates", "House"],
            in: workspace)
        #expect(run.status == 0, "\(run.errors)")
        let styles = try Self.part("word/styles.xml", of: workspace.appendingPathComponent("Out/hallowerk-utrecht/dpia.docx"))
        #expect(styles.contains("4F81BD"))
        #expect(!styles.contains("1F3864"))
        let own = try Self.part("word/styles.xml", of: BuiltProgram.repository.appendingPathComponent("Templates/reference.docx"))
        #expect(own.contains("1F3864"))
    }

    @Test func aMissingConverterNamesThePackageAndWritesNothing() throws {
        let workspace = try BuiltProgram.workspace(copying: "utrecht")
        let empty = workspace.appendingPathComponent("no-programs")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        for (format, package) in [("docx", "pandoc"), ("md,pdf", "chromium")] {
            let run = try BuiltProgram.dpia.run(
                ["report", "Registers/utrecht", "--out", "Out", "--format", format], in: workspace,
                environment: ["PATH": empty.path])
            #expect(run.status == 2)
            #expect(run.errors.contains("apt-get install \(package)"), "\(run.errors)")
            #expect(!FileManager.default.fileExists(atPath: workspace.appendingPathComponent("Out").path))
        }
        let wrong = try BuiltProgram.dpia.run(["report", "Registers/utrecht", "--out", "Out", "--format", "md,odt"], in: workspace)
        #expect(wrong.status == 2)
        #expect(wrong.errors.contains("'odt'"))
    }

    /// The dates inside the DOCX zip and the PDF come from day arithmetic on the report date.
    @Test func daysSince1970RoundTrip() {
        #expect(CalendarDate(year: 1970, month: 1, day: 1).daysSince1970 == 0)
        #expect(CalendarDate(year: 2025, month: 6, day: 1).daysSince1970 == 20_240)   // 1,748,736,000 s
        #expect(CalendarDate(year: 1969, month: 12, day: 31).daysSince1970 == -1)
        for days in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(CalendarDate(daysSince1970: days).daysSince1970 == days)
        }
        #expect(CalendarDate(daysSince1970: 11_016) == CalendarDate(year: 2000, month: 2, day: 29))
    }

    @Test func formatListsAreReadInOneOrder() throws {
        #expect(try ReportFormat.list("pdf, md,Word").get() == [.md, .docx, .pdf])
        #expect((try? ReportFormat.list(" , ").get()) == nil)
        #expect((try? ReportFormat.list("md,rtf").get()) == nil)
    }

    @Test func recordedVersionsJoinTheVersionTable() throws {
        let workspace = try BuiltProgram.workspace(copying: "utrecht")
        #expect(try BuiltProgram.dpia.run(["record", "Registers/utrecht", "--date", "2025-05-01"], in: workspace).status == 0)
        let run = try BuiltProgram.dpia.run(["report", "Registers/utrecht", "--out", "Out"], in: workspace)
        #expect(run.status == 0, "\(run.errors)")
        let markdown = try String(contentsOf: workspace.appendingPathComponent("Out/hallowerk-utrecht/dpia.md"), encoding: .utf8)
        #expect(markdown.contains("hallowerk-utrecht@"))
        #expect(markdown.contains("(vastgelegd in het register)"))
        #expect(markdown.contains("Documentbeheer"))
    }

    @Test(.enabled(if: convertersInstalled)) func theProjectFileNamesTheFormats() throws {
        let workspace = try BuiltProgram.workspace(copying: "utrecht")
        let project = workspace.appendingPathComponent("dpia.yaml")
        try Data("formats: md, docx\n".utf8).write(to: project)
        let run = try BuiltProgram.dpia.run(["report", "Registers/utrecht", "--out", "Out"], in: workspace)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("dpia.md en dpia.docx") || run.output.contains("dpia.md and dpia.docx"), "\(run.output)")
        let folder = workspace.appendingPathComponent("Out/hallowerk-utrecht")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("dpia.docx").path))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("dpia.html").path))
        // A second run finds every format intact and writes nothing; --format html adds only what is missing.
        let again = try BuiltProgram.dpia.run(["report", "Registers/utrecht", "--out", "Out"], in: workspace)
        #expect(again.output.contains("niets geschreven") || again.output.contains("nothing was written"), "\(again.output)")
        try Data("formats: md, odt\n".utf8).write(to: project)
        let wrong = try BuiltProgram.dpia.run(["report", "Registers/utrecht", "--out", "Out"], in: workspace)
        #expect(wrong.status == 2)
        #expect(wrong.errors.contains("dpia.yaml:1:"), "\(wrong.errors)")
    }

    /// An upgraded pandoc may write other Word files: a report run after it writes them again, though the
    /// specs did not change (the converter's file is part of the run's fingerprint).
    @Test(.enabled(if: convertersInstalled)) func anUpgradedConverterWritesTheReportsAgain() throws {
        let workspace = try BuiltProgram.workspace(copying: "utrecht")
        let bin = workspace.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let real = try #require(
            (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/pandoc" }
                .first { FileManager.default.isExecutableFile(atPath: $0) })
        let pandoc = bin.appendingPathComponent("pandoc")
        func install(_ version: String) throws {
            // A new file, as a package upgrade writes one.
            try? FileManager.default.removeItem(at: pandoc)
            try Data("#!/bin/sh\n# pandoc \(version)\nexec \(real) \"$@\"\n".utf8).write(to: pandoc)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: pandoc.path)
        }
        let environment = ["PATH": bin.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "")]
        func report() throws -> String {
            let run = try BuiltProgram.dpia.run(
                ["report", "Registers/utrecht", "--out", "Out", "--format", "md,docx"], in: workspace, environment: environment)
            #expect(run.status == 0, "\(run.errors)")
            return run.lines.last ?? ""
        }
        try install("3.1")
        #expect(try report().hasSuffix("written"))
        #expect(try report().contains("nothing was written"))
        try install("3.2")
        let again = try report()
        #expect(again.hasSuffix("written") && !again.contains("nothing"), "\(again)")
        // Markdown alone needs no converter: its reports stay up to date.
        let markdown = try BuiltProgram.dpia.run(["report", "Registers/utrecht", "--out", "Md"], in: workspace)
        #expect(markdown.status == 0)
        try install("3.3")
        let unchanged = try BuiltProgram.dpia.run(["report", "Registers/utrecht", "--out", "Md"], in: workspace, environment: environment)
        #expect(unchanged.lines.last?.contains("nothing was written") == true, "\(unchanged.output)")
    }
}
