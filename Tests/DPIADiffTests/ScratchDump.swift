import Testing
import Foundation
@testable import DPIADiff
@Test func scratchDump() throws {
    for format in DiffFormat.allCases {
        try DiffPresenter(language: .nl, colour: false).render(PresenterTests.sample, as: format)
            .write(toFile: "/tmp/diffdump.\(format.rawValue)", atomically: true, encoding: .utf8)
    }
}
