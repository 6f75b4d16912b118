import DPIAAnalysis
import DPIAModel
import DPIARender
import DPIASpec
import Foundation

/// What the fuzzer checks for each input: loading never crashes or hangs, every diagnostic is one
/// short line at a real position of the input, and a valid spec can be analysed and reported
/// without its text becoming an element or a script in the HTML.
///
/// A broken promise stops the program with `preconditionFailure`, which libFuzzer reports as a
/// crash and saves as `crash-<hash>` (docs/security.md says how such a file becomes a corpus test).
enum FuzzTarget {
    /// The file name diagnostics carry.
    static let path = "fuzz.yaml"

    /// The longest message a diagnostic may have: the longest vocabulary list plus a quoted value.
    static let longestMessage = 1_000

    /// Loads `data` as a spec and, when it is valid, analyses it.
    static func run(_ data: Data) {
        let result = SpecLoader().load(data: data, path: path)
        let lineCount = lineBreaks(in: data) + 1
        for diagnostic in result.diagnostics {
            check(diagnostic, lineCount: lineCount, byteCount: data.count)
        }
        if result.isValid != (result.activity != nil && result.errorCount == 0) {
            preconditionFailure("isValid disagrees with the activity and the errors")
        }
        if result.activity == nil && result.errorCount == 0 {
            preconditionFailure("no activity, but no error says why")
        }
        guard let loaded = result.activity else { return }
        let assessment = Analyzer(catalogue: ProvisionCatalogueLoader.builtin).assess(loaded)
        for finding in assessment.findings where finding.location.line < 1 || finding.location.column < 1 {
            preconditionFailure("finding \(finding.id) points to \(finding.location)")
        }
        if let renderer {
            do {
                check(try renderer.render(assessment, options: ReportOptions()))
            } catch {
                preconditionFailure("a valid spec could not be reported: \(error)")
            }
        }
    }

    /// The renderer with the repository's Templates/ (found from the current folder or the
    /// executable), or nil when there are none: then reports are not checked.
    static let renderer: ReportRenderer? = {
        let locator = TemplateLocator()
        guard
            let root = try? locator.locate(
                explicit: nil, currentDirectory: FileManager.default.currentDirectoryPath,
                executablePath: TemplateLocator.currentExecutablePath),
            let templates = try? TemplateSet(root: root)
        else { return nil }
        return ReportRenderer(templates: templates)
    }()

    /// No script, no event handler and no `javascript:` in any element of the HTML.
    private static func check(_ report: RenderedReport) {
        let html = report.html.lowercased()
        if html.contains("<script") { preconditionFailure("the report contains a <script> element") }
        var rest = html[...]
        while let open = rest.firstIndex(of: "<"), let close = rest[open...].firstIndex(of: ">") {
            let tag = rest[open...close]
            if tag.contains("javascript:") || tag.contains("vbscript:")
                || tag.range(of: #"\son[a-z]+\s*="#, options: .regularExpression) != nil
            {
                preconditionFailure("the report contains the element \(tag.prefix(200))")
            }
            rest = rest[rest.index(after: close)...]
        }
    }

    /// At least as many line breaks as the YAML parser counts: \n, \r, NEL, LS and PS.
    private static func lineBreaks(in data: Data) -> Int {
        var count = 0
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in data {
            switch (previous.0, previous.1, byte) {
            case (_, _, 0x0A), (_, _, 0x0D), (_, 0xC2, 0x85), (0xE2, 0x80, 0xA8), (0xE2, 0x80, 0xA9): count += 1
            default: break
            }
            previous = (previous.1, byte)
        }
        return count
    }

    private static func check(_ diagnostic: Diagnostic, lineCount: Int, byteCount: Int) {
        let location = diagnostic.location
        guard location.file == path else { preconditionFailure("diagnostic names another file: \(location.file)") }
        guard location.line >= 1, location.line <= lineCount, location.column >= 1, location.column <= byteCount + 1
        else { preconditionFailure("diagnostic outside the input: \(location) (\(lineCount) lines): \(diagnostic.message)") }
        guard !diagnostic.message.contains(where: \.isNewline) else {
            preconditionFailure("diagnostic of more than one line: \(diagnostic.message.debugDescription)")
        }
        guard diagnostic.message.count <= longestMessage else {
            preconditionFailure("diagnostic of \(diagnostic.message.count) characters: \(diagnostic.message.prefix(200))")
        }
    }
}
