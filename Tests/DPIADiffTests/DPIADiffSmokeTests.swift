import Testing
@testable import DPIADiff

@Test func DPIADiffBuilds() {
    #expect(Bool(true))
}
