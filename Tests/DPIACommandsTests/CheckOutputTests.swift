import DPIAAnalysis
import DPIAModel
import DPIAReportEngine
import DPIASpec
import DPIATestSupport
import Testing

@testable import DPIACommands

/// `dpia check` keeps only part of each assessment while it streams a register; every output
/// format must print exactly what it prints from the full assessments.
@Suite struct CheckOutputTests {
    /// Every example spec with its full assessment, and the same specs with `keeping` applied to it.
    static func examples(keeping: (Assessment) -> Assessment) -> (full: [CheckReport.Spec], kept: [CheckReport.Spec]) {
        let files = SpecPaths([BuiltProgram.repository.appendingPathComponent("Registers").path]).files
        let full = files.map { SpecLoader().load(file: $0) }.map { result in
            CheckReport.Spec(
                path: result.path, diagnostics: result.diagnostics,
                assessment: result.isValid ? result.activity.map(Analyzer(catalogue: ProvisionCatalogueLoader.builtin).assess) : nil)
        }
        let kept = full.map { CheckReport.Spec(path: $0.path, diagnostics: $0.diagnostics, assessment: $0.assessment.map(keeping)) }
        return (full, kept)
    }

    @Test func everyFormatPrintsTheSameFromTheSlimAssessments() throws {
        let (full, slim) = Self.examples { $0.keepingWhatCheckPrints }
        #expect(full.count >= 5)
        for language in [nil, ReportLanguage.en] {
            let before = CheckReport(specs: full, language: language), after = CheckReport(specs: slim, language: language)
            for showAddressed in [false, true] {
                let formatter = TextCheckFormatter(showAddressed: showAddressed)
                #expect(formatter.format(before) == formatter.format(after))
            }
            #expect(try JSONCheckFormatter().format(before) == JSONCheckFormatter().format(after))
            #expect(try SARIFCheckFormatter().format(before) == SARIFCheckFormatter().format(after))
        }
    }

    @Test func theSummaryCountsTheSameFromTheSlimmestAssessments() throws {
        let (full, counted) = Self.examples { $0.keepingWhatTheSummaryCounts }
        for language in [nil, ReportLanguage.en] {
            let before = CheckReport(specs: full, language: language), after = CheckReport(specs: counted, language: language)
            let formatter = TextCheckFormatter(showAddressed: false)
            let texts = full.map { formatter.text(of: $0, in: before) }
            // The texts come from the full specs; the closing total from the counted ones.
            #expect(formatter.format(before) == formatter.format(after, specTexts: texts))
            #expect(before.findingSummary.total > 0)
            for level in [Level.high, .medium, .low] {
                #expect(before.hasUnaddressedFinding(atOrAbove: level) == after.hasUnaddressedFinding(atOrAbove: level))
            }
            #expect(before.hasInvalidSpecs == after.hasInvalidSpecs)
        }
    }

    @Test func streamingKeepsPathOrder() {
        let files = SpecPaths([BuiltProgram.repository.appendingPathComponent("Registers").path]).files
        var seen: [String] = []
        SpecStream(files: files, window: 2).forEach(
            keep: { _, result, _ in result.path },
            consume: { index, path in
                #expect(files[index] == path)
                seen.append(path)
            })
        #expect(seen == files)
    }
}
