import DPIAAnalysis
import DPIAModel
import DPIASpec
import Foundation
import Testing

/// `assess(all:)` analyses on all cores and keeps the order of its input. (Its speed is measured by
/// dpia-bench, docs/benchmarks.md, not by a timed unit test.)
@Suite struct BatchAssessmentTests {
    @Test func assessesEveryActivityInOrder() throws {
        let files = [
            "Registers/utrecht/hallowerk.yaml", "Registers/vum/pilot-uitzendbureau.yaml",
            "Registers/examples/en-minimal.yaml",
        ]
        let assessments = try files.map { try #require(Support.assess(register: $0)) }
        let loaded = assessments.map { LoadedActivity(activity: $0.activity, sourceMap: $0.sourceMap) }
        let many = (0..<60).map { loaded[$0 % loaded.count] }
        let results = Analyzer(catalogue: ProvisionCatalogueLoader.builtin).assess(all: many)
        #expect(results.count == many.count)
        #expect(results == (0..<60).map { assessments[$0 % assessments.count] })
    }
}
