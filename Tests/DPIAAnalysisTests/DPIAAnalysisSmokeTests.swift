import Testing
@testable import DPIAAnalysis

@Test func DPIAAnalysisBuilds() {
    #expect(Bool(true))
}
