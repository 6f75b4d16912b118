import DPIAModel
import DPIARender
import Foundation

/// The programs that turn a rendered report into Word and PDF, found on PATH: pandoc (Debian package
/// `pandoc`) writes the DOCX from the Markdown report with the house style of the templates'
/// `reference.docx`; headless Chromium (Debian package `chromium`) prints the HTML report to PDF.
///
/// Both are well-kept converters: pandoc writes real Word structure (heading styles, tables with
/// header rows, document properties) from the same report the Markdown file holds, and Chromium
/// prints the HTML report with its own print CSS (A4, page numbers), so every format shows the same
/// report. ``find(for:templates:environment:)`` runs before anything is rendered: a missing program ends the run
/// with exit code 2 and nothing written.
public struct ReportConverters: Sendable {
    /// The pandoc executable; nil when no format needs it.
    var pandoc: String?
    /// The Chromium executable; nil when no format needs it.
    var chromium: String?
    /// The house style for Word: the templates' `reference.docx`, else dpia's own; nil: pandoc's default.
    var referenceDocument: Data?
    /// How long one conversion may take before it is stopped.
    var timeout: TimeInterval = 180

    /// A program a format needs: its names on PATH and the Debian package that installs it.
    struct Program {
        var names: [String]
        var package: String
        var format: ReportFormat
    }

    static let pandocProgram = Program(names: ["pandoc"], package: "pandoc", format: .docx)
    static let chromiumProgram = Program(names: ["chromium", "chromium-browser"], package: "chromium", format: .pdf)

    /// The converters `formats` need, found on `PATH`; a missing one is a ``ReportFailure`` naming the
    /// Debian package to install.
    public static func find(
        for formats: [ReportFormat], templates: TemplateSet,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> ReportConverters {
        var converters = ReportConverters()
        var missing: [Program] = []
        for program in [pandocProgram, chromiumProgram] where formats.contains(program.format) {
            guard let path = program.names.lazy.compactMap({ onPath($0, environment: environment) }).first else {
                missing.append(program)
                continue
            }
            if program.format == .docx { converters.pandoc = path } else { converters.chromium = path }
        }
        if !missing.isEmpty {
            let packages = missing.map(\.package).joined(separator: " ")
            let left = missing.map(\.format.rawValue).joined(separator: ", ")
            let needs = missing.map { program in
                LocalizedText(
                    nl: "voor \(program.format.fileName) is het programma \(program.names[0]) nodig, maar dat staat niet op PATH",
                    en: "\(program.format.fileName) needs the program \(program.names[0]), which is not on PATH")
            }
            throw ReportFailure(
                nl: needs.map(\.nl).joined(separator: "; ")
                    + ". Installeer \(missing.count == 1 ? "het Debian-pakket" : "de Debian-pakketten"): sudo apt-get install "
                    + "\(packages) (of laat \(left) weg uit --format of formats: in dpia.yaml). Er is niets geschreven.",
                en: needs.map(\.en).joined(separator: "; ")
                    + ". Install \(missing.count == 1 ? "the Debian package" : "the Debian packages"): sudo apt-get install "
                    + "\(packages) (or leave \(left) out of --format or formats: in dpia.yaml). Nothing was written.")
        }
        if formats.contains(.docx) { converters.referenceDocument = templates.referenceDocument ?? BuiltInFiles.referenceDocument }
        return converters
    }

    /// No converters: Markdown and HTML only.
    public init() {}

    /// The executable `name` in a folder of `PATH`, or nil.
    static func onPath(_ name: String, environment: [String: String]) -> String? {
        for folder in (environment["PATH"] ?? "").split(separator: ":") where !folder.isEmpty {
            let path = folder + "/" + name
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    /// Writes `dpia.docx` (and/or `dpia.pdf`) for the report staged in `folder`, which holds its
    /// `dpia.md` and `dpia.html`. Temporary files stay inside `folder`.
    func convert(in folder: URL, formats: [ReportFormat], info: ReportDocumentInfo) throws {
        if formats.contains(.docx), let pandoc { try writeDOCX(in: folder, pandoc: pandoc, info: info) }
        if formats.contains(.pdf), let chromium { try writePDF(in: folder, chromium: chromium, info: info) }
    }

    /// A pandoc filter that gives each table column a width after its text (never narrower than its
    /// longest word, the rest of the line to the columns with the most text) and the table the width
    /// of the page: without it Word shows every column equally narrow.
    static let columnWidths = """
        -- Column widths after the text of each column: a column is never narrower than its longest word
        -- (up to 18 characters), and the room that is left goes to the columns with the most text.
        local page = 100   -- characters of table text (9 pt) on one line of an A4 page, roughly
        function Table(t)
          local n = #t.colspecs
          local len, word = {}, {}
          for i = 1, n do len[i] = 0; word[i] = 0 end
          local function measure(rows)
            for _, row in ipairs(rows) do
              for i, cell in ipairs(row.cells) do
                if i <= n then
                  local text = pandoc.utils.stringify(cell.contents)
                  len[i] = math.max(len[i], utf8.len(text) or #text)
                  for w in text:gmatch("%S+") do word[i] = math.max(word[i], utf8.len(w) or #w) end
                end
              end
            end
          end
          measure(t.head.rows)
          for _, body in ipairs(t.bodies) do measure(body.body) end
          local least, wanted, sumLeast, sumWanted = {}, {}, 0, 0
          for i = 1, n do
            least[i] = math.min(word[i], 18) + 3
            wanted[i] = math.max(least[i], math.min(len[i], 300) + 3)
            sumLeast = sumLeast + least[i]; sumWanted = sumWanted + wanted[i]
          end
          local width = {}
          if sumWanted <= page then
            for i = 1, n do width[i] = wanted[i] end
          else
            local room = math.max(page - sumLeast, 0)
            local extra = sumWanted - sumLeast
            for i = 1, n do
              width[i] = least[i] + (extra > 0 and room * (wanted[i] - least[i]) / extra or 0)
            end
          end
          local total = 0
          for i = 1, n do total = total + width[i] end
          for i = 1, n do t.colspecs[i] = {t.colspecs[i][1], width[i] / total} end
          return t
        end
        """

    private func writeDOCX(in folder: URL, pandoc: String, info: ReportDocumentInfo) throws {
        let filter = folder.appendingPathComponent(".column-widths.lua")
        try Data(Self.columnWidths.utf8).write(to: filter)
        defer { try? FileManager.default.removeItem(at: filter) }
        var arguments = [
            "--from", "gfm", "--to", "docx", "--shift-heading-level-by=-1", "--lua-filter=" + filter.lastPathComponent,
            "--metadata", "author=" + info.author, "--metadata", "subject=" + info.subject,
            "--metadata", "lang=" + (info.language == "nl" ? "nl-NL" : "en-GB"),
            "--output", ReportFormat.docx.fileName, ReportFormat.md.fileName,
        ]
        if let referenceDocument {
            let reference = folder.appendingPathComponent(".reference.docx")
            try referenceDocument.write(to: reference)
            arguments.insert("--reference-doc=" + reference.lastPathComponent, at: 0)
        }
        // pandoc dates the files inside the zip and the document properties with SOURCE_DATE_EPOCH.
        try run(pandoc, arguments, in: folder, environment: ["SOURCE_DATE_EPOCH": String(info.epochSeconds)])
        // pandoc marks the header row of every table to repeat on each page (w:tblHeader): nothing to add.
        try? FileManager.default.removeItem(at: folder.appendingPathComponent(".reference.docx"))
    }

    private func writePDF(in folder: URL, chromium: String, info: ReportDocumentInfo) throws {
        let profile = folder.appendingPathComponent(".chromium")
        defer { try? FileManager.default.removeItem(at: profile) }
        let target = folder.appendingPathComponent(ReportFormat.pdf.fileName)
        let page = folder.appendingPathComponent(ReportFormat.html.fileName)
        try run(
            chromium,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--no-first-run",
                "--disable-extensions", "--disable-background-networking", "--disable-component-update",
                "--user-data-dir=" + profile.path, "--print-to-pdf=" + target.path, page.absoluteString,
            ], in: folder, environment: ["HOME": profile.path, "XDG_CONFIG_HOME": profile.path, "XDG_CACHE_HOME": profile.path])
        guard let data = try? Data(contentsOf: target), data.starts(with: Array("%PDF".utf8)) else {
            throw ReportFailure(nl: "chromium schreef geen PDF van \(info.title)", en: "chromium wrote no PDF for \(info.title)")
        }
        try PDFProperties.stamped(data, author: info.author, subject: info.subject, seconds: info.epochSeconds).write(to: target)
    }

    /// Runs `program` in `folder`; output goes nowhere, errors are kept for the message when it fails.
    private func run(_ program: String, _ arguments: [String], in folder: URL, environment extra: [String: String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(extra) { _, new in new }
        // Errors go to a file, not a pipe: a helper process Chromium leaves behind could keep a pipe open.
        let log = folder.appendingPathComponent(".converter-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        let errors = try FileHandle(forWritingTo: log)
        defer { try? errors.close() }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        do {
            try process.run()
        } catch {
            let reason = FileFailure.reason(error)
            throw ReportFailure(
                nl: "\(program) kan niet worden gestart: \(reason.nl)",
                en: "cannot start \(program): \(reason.en)")
        }
        if done.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            throw ReportFailure(
                nl: "\(program) was niet binnen \(Int(timeout)) seconden klaar",
                en: "\(program) did not finish within \(Int(timeout)) seconds")
        }
        let said = (try? Data(contentsOf: log)) ?? Data()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: said, as: UTF8.self).split(separator: "\n").suffix(3).joined(separator: " ")
            throw ReportFailure(
                nl: "\(program) is mislukt (afsluitcode \(process.terminationStatus)): \(message)",
                en: "\(program) failed (exit \(process.terminationStatus)): \(message)")
        }
    }
}
