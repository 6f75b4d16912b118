import Testing

@testable import DPIASpec

/// `ReferenceKind.ordinal` indexes per-kind tables built from `allCases` (reference checks).
@Suite struct ReferenceKindTests {
    @Test func ordinalIsThePositionInAllCases() {
        for (position, kind) in ReferenceKind.allCases.enumerated() {
            #expect(kind.ordinal == position)
        }
    }
}
