import ArgumentParser
import DPIAAnalysis
import DPIAModel
import DPIAReportEngine
import DPIASpec
import Foundation

/// `dpia check`: analyses specs and prints the findings like a compiler.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Analyse specs: print risks as path:line:column lines with the pre-scan and a summary.",
        discussion: """
            Each unaddressed finding is printed as `path:line:col: severity: message [rule_id]`, grouped per \
            activity. Severity follows the risk level on the Rijksmodel matrix: high → error, medium → \
            warning, low → note. Findings that a measure addresses (`measures: addresses:`) are counted in \
            the summary and printed with --all. `dpia rules <rule_id>` explains a rule.

            A draft (`status: draft`) gets a "to complete" list: the sections it leaves out, and the values \
            `dpia new` wrote as placeholders that are still there. A finding about such a placeholder (the \
            skeleton's purpose has no `basis` yet) is listed there instead of as a finding, and does not count \
            for --fail-on; once the purpose is written, or the status is no longer draft, it is a finding again. \
            `dpia report` always shows it as a risk.

            Exit codes:
              0  all specs valid, and no unaddressed finding at or above --fail-on
              1  an unaddressed finding at or above --fail-on
              2  a spec does not validate (its diagnostics are printed), a path holds no
                 specs, or a wrong option
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, sarif
    }

    @Option(help: "Output format: text, json or sarif (SARIF 2.1.0).")
    var format: Format = .text

    @Option(
        name: .customLong("fail-on"), help: "Exit with 1 when an unaddressed finding at or above this level exists: high, medium or low.")
    var failOn: Level?

    @Option(
        name: .customLong("lang"), help: "Language of the messages: nl or en (default: the project file's `language`, else each spec's).")
    var language: ReportLanguage?

    @Flag(name: .customLong("all"), help: "Also print findings that a measure addresses (text format).")
    var showAddressed = false

    @OptionGroup var provisions: ProvisionOptions

    @Argument(help: "Spec files or folders of specs (default: the folder `specs:` of the project file dpia.yaml).")
    var paths: [String] = []

    /// One spec as `check` keeps it while streaming the register: what the summary counts, where it
    /// declares its id, and (text format) its printed text.
    private struct CheckedSpec: Sendable {
        var spec: CheckReport.Spec
        var declaration: DuplicateIDCheck.Declaration?
        var text: String?
    }

    /// The specs checked so far, in path order.
    private struct Checked {
        var specs: [CheckReport.Spec] = []
        var declared: [DuplicateIDCheck.Declaration?] = []
        var texts: [String] = []
    }

    func run() throws {
        let project = try Project.load()
        let language = project.language(self.language)
        let pathWords = project.words(language)
        let paths = try runReportingFailures(pathWords) { try project.specPaths(self.paths, words: pathWords) }
        let expansion = SpecPaths(paths)
        // The text of each spec is formatted on all cores while the specs are checked.
        let textFormatter = format == .text ? TextCheckFormatter(showAddressed: showAddressed) : nil
        var stream = SpecStream(files: expansion.files)
        stream.analyzer = Analyzer(catalogue: try provisions.catalogue())
        var checked = scan(stream, language: language, textFormatter: textFormatter)
        warnAboutSharedIDs(in: &checked, stream: stream, language: language, textFormatter: textFormatter)
        let report = CheckReport(specs: checked.specs, language: language)
        for problem in expansion.problems {
            FileHandle.standardError.write(Data((problem.description + "\n").utf8))
        }
        try printReport(report, texts: checked.texts, textFormatter: textFormatter)
        if !expansion.problems.isEmpty || report.hasInvalidSpecs { throw ExitCode(ExitStatus.invalidInput) }
        if let failOn, report.hasUnaddressedFinding(atOrAbove: failOn) { throw ExitCode(ExitStatus.findings) }
    }

    /// Scan: loads, analyses and (text format) formats every spec on all cores, keeping what is printed.
    private func scan(_ stream: SpecStream, language: ReportLanguage?, textFormatter: TextCheckFormatter?) -> Checked {
        var checked = Checked()
        checked.specs.reserveCapacity(stream.files.count)
        checked.declared.reserveCapacity(stream.files.count)
        let progress = ProgressLine(total: stream.files.count, threshold: stream.window)
        stream.forEach(
            keep: { _, result, assessment in
                let completeness = result.activity.map(SpecCompleteness.init)
                let spec = CheckReport.Spec(
                    path: result.path, diagnostics: result.diagnostics,
                    assessment: assessment.map { completeness?.removingAbsorbedFindings(from: $0) ?? $0 }?.keepingWhatCheckPrints,
                    toComplete: completeness?.notes(file: result.path) ?? [])
                let toComplete = result.activity.map { completeness?.text(language ?? $0.activity.language) ?? "" } ?? ""
                // A spec that did not validate speaks the language it names, like a valid one.
                let text = textFormatter.map {
                    $0.text(of: spec, in: CheckReport(specs: [], language: language ?? result.language)) + toComplete
                }
                // Once its text is formatted, a spec is kept only for the summary's counts.
                let kept =
                    text == nil
                    ? spec
                    : CheckReport.Spec(
                        path: spec.path, diagnostics: spec.diagnostics,
                        assessment: spec.assessment?.keepingWhatTheSummaryCounts)
                return CheckedSpec(spec: kept, declaration: result.activity.map(DuplicateIDCheck.Declaration.init), text: text)
            },
            consume: { index, kept in
                if (index + 1) % stream.window == 0 { progress?.show(index + 1) }
                checked.specs.append(kept.spec)
                checked.declared.append(kept.declaration)
                if let text = kept.text { checked.texts.append(text) }
            })
        progress?.clear()
        return checked
    }

    /// Classify: warns in each spec that declares an activity id another spec declares too.
    private func warnAboutSharedIDs(
        in checked: inout Checked, stream: SpecStream, language: ReportLanguage?,
        textFormatter: TextCheckFormatter?
    ) {
        let uses = DuplicateIDCheck(checked.declared.compactMap { $0 })
        for (index, declaration) in checked.declared.enumerated() {
            guard let declaration, let warning = uses.warning(for: declaration) else { continue }
            checked.specs[index].diagnostics = DuplicateIDCheck.inserting(warning, into: checked.specs[index].diagnostics)
            if let textFormatter {
                // Rare: the spec's findings were not kept (see ``scan``), so it is checked again for its text.
                let result = stream.loader.load(file: checked.specs[index].path)
                let completeness = result.activity.map(SpecCompleteness.init)
                let assessment = result.isValid ? result.activity.map(stream.analyzer.assess) : nil
                let full = CheckReport.Spec(
                    path: result.path, diagnostics: DuplicateIDCheck.inserting(warning, into: result.diagnostics),
                    assessment: assessment.map { completeness?.removingAbsorbedFindings(from: $0) ?? $0 }?.keepingWhatCheckPrints)
                checked.texts[index] =
                    textFormatter.text(of: full, in: CheckReport(specs: [], language: language ?? result.language))
                    + (result.activity.map { completeness?.text(language ?? $0.activity.language) ?? "" } ?? "")
            }
        }
    }

    /// Render: prints the report in the chosen format.
    private func printReport(_ report: CheckReport, texts: [String], textFormatter: TextCheckFormatter?) throws {
        switch format {
        case .text: print((textFormatter ?? TextCheckFormatter(showAddressed: showAddressed)).format(report, specTexts: texts))
        case .json: print(try JSONCheckFormatter().format(report))
        case .sarif:
            print(
                try SARIFCheckFormatter(
                    toolVersion: BuildInfo.version + "+" + BuildInfo.commit,
                    informationURI: BuildInfo.homepage
                ).format(report))
        }
    }
}
