import DPIAAnalysis
import DPIAModel
import DPIASpec
import Foundation
import SnapshotTesting
import Testing
@testable import DPIARender

/// The reports of the example registers in `Registers/`.
///
/// The Markdown snapshots change when the examples, the rules or the templates change. Read the
/// diff; when it is what you meant, record again with
/// `SNAPSHOT_TESTING_RECORD=failed swift test --filter ExampleReportTests` and commit the files
/// under `__Snapshots__/ExampleReportTests/`.
@Suite struct ExampleReportTests {
    static let registers: URL = URL(fileURLWithPath: templatesRoot).deletingLastPathComponent().appendingPathComponent("Registers")

    /// Every example spec, loaded and analysed, in path order.
    static let examples: [Assessment] = {
        let files = (FileManager.default.enumerator(atPath: registers.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        let loaded = files.compactMap { file -> LoadedActivity? in
            SpecLoader().load(file: registers.appendingPathComponent(file).path).activity
        }
        return Analyzer(catalogue: ProvisionCatalogueLoader.builtin).assess(all: loaded)
    }()

    @Test func theExampleRegistersAreThere() {
        #expect(Self.examples.count >= 5)
    }

    @Test func markdownOfEveryExample() throws {
        for assessment in Self.examples {
            let markdown = try renderer.render(assessment, options: ReportOptions(date: reportDate)).markdown
            assertSnapshot(of: markdown, as: .lines, named: assessment.activity.id)
        }
    }

    @Test(arguments: [ReportLanguage.nl, .en])
    func everyExampleRendersCleanly(language: ReportLanguage) throws {
        for assessment in Self.examples {
            let report = try renderer.render(assessment, options: ReportOptions(language: language, date: reportDate))
            let id = assessment.activity.id
            #expect(TemplateChecks.markdownProblems(report.markdown).isEmpty, "\(id): \(TemplateChecks.markdownProblems(report.markdown))")
            #expect(TemplateChecks.htmlProblems(report.html).isEmpty, "\(id): \(TemplateChecks.htmlProblems(report.html))")
        }
    }

    @Test func hallowerkShowsTheDecisionsOfTheRealDPIA() throws {
        let hallowerk = try #require(Self.examples.first { $0.activity.id == "hallowerk-utrecht" })
        let markdown = try renderer.render(hallowerk).markdown
        #expect(markdown.contains("Proceseigenaar/projectleider HW"))
        #expect(markdown.contains("| Mitigeren |"))
        #expect(markdown.contains("| Accepteren |"))
        #expect(markdown.contains("Andere verantwoordelijke"), "the who-sees-whom matrix shows cross-municipality access")
    }
}
