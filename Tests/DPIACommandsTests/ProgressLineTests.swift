import DPIAModel
import Testing

@testable import DPIACommands

/// The progress line of long runs shows only on a terminal, with grouped numbers.
@Suite struct ProgressLineTests {
    @Test func groupsThousands() {
        #expect(DigitGrouping.grouped(0) == "0")
        #expect(DigitGrouping.grouped(999) == "999")
        #expect(DigitGrouping.grouped(1000) == "1,000")
        #expect(DigitGrouping.grouped(25600) == "25,600")
        #expect(DigitGrouping.grouped(1_234_567) == "1,234,567")
        #expect(DigitGrouping.grouped(-12000, separator: ".") == "-12.000")
    }

    @Test func isNotShownForShortRuns() {
        #expect(ProgressLine(total: 10, threshold: 256) == nil)
    }
}
