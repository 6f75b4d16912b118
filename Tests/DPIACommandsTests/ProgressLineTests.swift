import Testing
@testable import DPIACommands

/// The progress line of long runs shows only on a terminal, with grouped numbers.
@Suite struct ProgressLineTests {
    @Test func groupsThousands() {
        #expect(ProgressLine.grouped(0) == "0")
        #expect(ProgressLine.grouped(999) == "999")
        #expect(ProgressLine.grouped(1000) == "1,000")
        #expect(ProgressLine.grouped(25600) == "25,600")
        #expect(ProgressLine.grouped(1_234_567) == "1,234,567")
    }

    @Test func isNotShownForShortRuns() {
        #expect(ProgressLine(total: 10, threshold: 256) == nil)
    }
}
