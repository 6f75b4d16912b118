import Testing
@testable import DPIARegister

@Test func DPIARegisterBuilds() {
    #expect(Bool(true))
}
