import ArgumentParser
import DPIAAnalysis
import DPIAModel
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
          2  a spec does not validate (its diagnostics are printed), a path holds no specs, or a wrong option
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, sarif
    }

    @Option(help: "Output format: text, json or sarif (SARIF 2.1.0).")
    var format: Format = .text

    @Option(name: .customLong("fail-on"), help: "Exit with 1 when an unaddressed finding at or above this level exists: high, medium or low.")
    var failOn: Level?

    @Option(name: .customLong("lang"), help: "Language of the messages: nl or en (default: the project file's `language`, else each spec's).")
    var language: ReportLanguage?

    @Flag(name: .customLong("all"), help: "Also print findings that a measure addresses (text format).")
    var showAddressed = false

    @OptionGroup var provisions: ProvisionOptions

    @Argument(help: "Spec files or folders of specs (default: the folder `specs:` of the project file dpia.yaml).")
    var paths: [String] = []

    func run() throws {
        let project = try Project.load()
        let language = project.language(self.language)
        let paths = try runReportingFailures { try project.specPaths(self.paths, words: project.words(language)) }
        let expansion = SpecPaths(paths)
        var specs: [CheckReport.Spec] = []
        var declared: [ActivityIDUses.Declaration?] = []
        var texts: [String] = []
        specs.reserveCapacity(expansion.files.count)
        declared.reserveCapacity(expansion.files.count)
        // The text of each spec is formatted on all cores while the specs are checked.
        let textFormatter = format == .text ? TextCheckFormatter(showAddressed: showAddressed) : nil
        var stream = SpecStream(files: expansion.files)
        stream.analyzer = Analyzer(catalogue: try provisions.catalogue())
        let progress = ProgressLine(total: expansion.files.count, threshold: stream.window)
        stream.forEach(keep: { _, result, assessment in
            let completeness = result.activity.map(SpecCompleteness.init)
            let spec = CheckReport.Spec(path: result.path, diagnostics: result.diagnostics,
                                        assessment: assessment.map { completeness?.removingAbsorbedFindings(from: $0) ?? $0 }?.keepingWhatCheckPrints)
            let toComplete = result.activity.map { completeness?.text(language ?? $0.activity.language) ?? "" } ?? ""
            // A spec that did not validate speaks the language it names, like a valid one.
            let text = textFormatter.map { $0.text(of: spec, in: CheckReport(specs: [], language: language ?? result.language)) + toComplete }
            // Once its text is formatted, a spec is kept only for the summary's counts.
            let kept = text == nil ? spec : CheckReport.Spec(path: spec.path, diagnostics: spec.diagnostics,
                                                             assessment: spec.assessment?.keepingWhatTheSummaryCounts)
            return (kept, result.activity.map(ActivityIDUses.Declaration.init), text)
        }, consume: { index, kept in
            if (index + 1) % stream.window == 0 { progress?.show(index + 1) }
            specs.append(kept.0)
            declared.append(kept.1)
            if let text = kept.2 { texts.append(text) }
        })
        progress?.clear()
        let uses = ActivityIDUses(declared.compactMap { $0 })
        for (index, declaration) in declared.enumerated() {
            guard let declaration, let warning = uses.warning(for: declaration) else { continue }
            specs[index].diagnostics = ActivityIDUses.inserting(warning, into: specs[index].diagnostics)
            if let textFormatter {
                // Rare: the spec's findings were not kept (see above), so it is checked again for its text.
                let result = stream.loader.load(file: specs[index].path)
                let completeness = result.activity.map(SpecCompleteness.init)
                let assessment = result.isValid ? result.activity.map(stream.analyzer.assess) : nil
                let full = CheckReport.Spec(path: result.path, diagnostics: ActivityIDUses.inserting(warning, into: result.diagnostics),
                                            assessment: assessment.map { completeness?.removingAbsorbedFindings(from: $0) ?? $0 }?.keepingWhatCheckPrints)
                texts[index] = textFormatter.text(of: full, in: CheckReport(specs: [], language: language ?? result.language))
                    + (result.activity.map { completeness?.text(language ?? $0.activity.language) ?? "" } ?? "")
            }
        }
        let report = CheckReport(specs: specs, language: language)
        for problem in expansion.problems {
            FileHandle.standardError.write(Data((problem.description + "\n").utf8))
        }
        switch format {
        case .text: print((textFormatter ?? TextCheckFormatter(showAddressed: showAddressed)).format(report, specTexts: texts))
        case .json: print(try JSONCheckFormatter().format(report))
        case .sarif: print(try SARIFCheckFormatter(toolVersion: BuildInfo.version + "+" + BuildInfo.commit,
                                                              informationURI: BuildInfo.homepage).format(report))
        }
        if !expansion.problems.isEmpty || report.hasInvalidSpecs { throw ExitCode(ExitStatus.invalidInput) }
        if let failOn, report.hasUnaddressedFinding(atOrAbove: failOn) { throw ExitCode(ExitStatus.findings) }
    }
}
