import DPIAModel
import DPIASpec
import Foundation

/// The spec fixtures next to this file, in `Fixtures/`.
enum Fixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    static func text(_ name: String) throws -> String { try String(contentsOfFile: path(name), encoding: .utf8) }

    /// Loads `text` as `spec.yaml` and returns the diagnostics as printed, without the path.
    static func messages(_ text: String, limits: SpecLimits = .default) -> [String] {
        SpecLoader(limits: limits).load(text: text, path: "spec.yaml").diagnostics.map {
            String($0.description.dropFirst("spec.yaml:".count))
        }
    }
}
