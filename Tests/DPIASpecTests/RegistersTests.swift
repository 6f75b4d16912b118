import DPIAModel
import Foundation
import Testing

@testable import DPIASpec

/// Every example register in the repository's `Registers/` folder loads without errors.
@Suite struct RegistersTests {
    static let registers = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Registers")

    static var specs: [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: registers.path) else { return [] }
        return enumerator.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
            .sorted()
    }

    @Test(arguments: specs)
    func validates(spec: String) {
        let result = SpecLoader().load(file: Self.registers.appendingPathComponent(spec).path)
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map(\.description).joined(separator: "\n"))")
        #expect(result.activity != nil)
    }
}
