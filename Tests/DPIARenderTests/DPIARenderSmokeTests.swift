import Testing
@testable import DPIARender

@Test func DPIARenderBuilds() {
    #expect(Bool(true))
}
