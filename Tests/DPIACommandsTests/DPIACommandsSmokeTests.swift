import Testing
@testable import DPIACommands

@Test func DPIACommandsBuilds() {
    #expect(Bool(true))
}
