import Testing
@testable import DPIASpec

@Test func DPIASpecBuilds() {
    #expect(Bool(true))
}
