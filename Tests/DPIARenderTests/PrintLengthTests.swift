import Foundation
import Testing

@testable import DPIARender

/// The HTML report printed to A4 with headless Chromium, as a privacy officer prints it to sign:
/// the HalloWerk DPIA fits in 14 pages and the minimal example (its pre-scan says no DPIA is
/// required) in 5. Chromium and pdfinfo come with `Scripts/setup-system.sh`, which
/// `Scripts/test.sh` runs; without them this test fails and says so.
@Suite struct PrintLengthTests {
    static let limits: [(id: String, pages: Int)] = [("hallowerk-utrecht", 14), ("employer-contact-register", 5)]

    @Test func theExamplesFitTheirPageLimitsOnA4() throws {
        let chromium = try #require(
            Self.tool(["chromium", "chromium-browser"]),
            "chromium is not installed: run Scripts/setup-system.sh (it installs chromium and poppler-utils)")
        let pdfinfo = try #require(
            Self.tool(["pdfinfo"]),
            "pdfinfo is not installed: run Scripts/setup-system.sh (it installs poppler-utils)")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dpia-print-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (id, limit) in Self.limits {
            let assessment = try #require(ExampleReportTests.examples.first { $0.activity.id == id }, "example \(id) is missing")
            let html = folder.appendingPathComponent("\(id).html")
            let pdf = folder.appendingPathComponent("\(id).pdf")
            try renderer.render(assessment, options: ReportOptions(date: reportDate)).html.write(
                to: html, atomically: true, encoding: .utf8)
            _ = try Self.run(
                chromium,
                [
                    "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
                    "--print-to-pdf=\(pdf.path)", html.absoluteString,
                ])
            let info = try Self.run(pdfinfo, [pdf.path])
            let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
                .flatMap { Int($0.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) }
            let count = try #require(pages, "\(id): pdfinfo gave no page count:\n\(info)")
            #expect(count <= limit, "\(id) prints on \(count) A4 pages; at most \(limit) allowed")
        }
    }

    /// The first of `names` found on PATH.
    static func tool(_ names: [String]) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for name in names {
            for folder in path.split(separator: ":") {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }

    /// Runs `tool` and returns its standard output; throws when it fails.
    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw PrintFailure(message: "\(tool) \(arguments.joined(separator: " ")) ended with status \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    struct PrintFailure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
