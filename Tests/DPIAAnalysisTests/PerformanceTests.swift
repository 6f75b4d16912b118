import DPIASpec
import DPIAAnalysis
import DPIAModel
import Foundation
import Testing

/// The analysis stays cheap: the benchmark runs it on 10,000 specs.
@Suite struct PerformanceTests {
    @Test func fiveHundredAssessmentsOfHalloWerkTakeSeconds() throws {
        let assessment = try #require(Support.assess(register: "Registers/utrecht/hallowerk.yaml"))
        let loaded = LoadedActivity(activity: assessment.activity, sourceMap: assessment.sourceMap)
        let start = Date()
        let results = Analyzer(catalogue: ProvisionCatalogueLoader.builtin).assess(all: Array(repeating: loaded, count: 500))
        let seconds = Date().timeIntervalSince(start)
        #expect(results.count == 500)
        // HalloWerk is a large spec (about 800 lines); in a debug build 500 of them take about 2 s.
        #expect(seconds < 15, "500 assessments took \(seconds) s")
        print("500 HalloWerk assessments: \(seconds) s")
    }
}
