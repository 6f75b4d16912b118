import Testing
@testable import DPIAModel

@Test func DPIAModelBuilds() {
    #expect(Bool(true))
}
