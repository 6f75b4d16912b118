import DPIAAnalysis
import DPIAModel
import DPIASpec
import Foundation
import Testing

/// Helpers shared by the analysis tests.
enum Support {
    /// The repository root, found from this file's path.
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Loads a spec text; records an issue with every diagnostic when it does not validate.
    static func load(
        _ text: String, path: String = "example.yaml",
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> LoadedActivity? {
        let result = SpecLoader().load(text: text, path: path)
        if !result.isValid {
            Issue.record(
                "spec does not validate:\n\(result.diagnostics.map(\.description).joined(separator: "\n"))\n---\n\(text)",
                sourceLocation: sourceLocation)
        }
        return result.isValid ? result.activity : nil
    }

    /// The complete spec of a rule example: its fragment laid over ``ExampleSpec/base``; a fragment
    /// that cannot be laid over it throws the reason (``SpecOverlay/Failure``).
    static func spec(of example: RuleExample) throws -> String {
        try SpecOverlay.compose(base: ExampleSpec.base, fragment: example.fragment, removing: example.removing)
    }

    /// Loads and assesses a register spec of the repository, for example `Registers/utrecht/hallowerk.yaml`.
    static func assess(register path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Assessment? {
        let url = repositoryRoot.appendingPathComponent(path)
        let result = SpecLoader().load(file: url.path)
        guard result.isValid, let loaded = result.activity else {
            Issue.record(
                "\(path) does not validate:\n\(result.diagnostics.map(\.description).joined(separator: "\n"))",
                sourceLocation: sourceLocation)
            return nil
        }
        return Analyzer(catalogue: ProvisionCatalogueLoader.builtin).assess(loaded)
    }

    /// The rule ids of the findings.
    static func ruleIDs(_ assessment: Assessment) -> Set<String> { Set(assessment.findings.map(\.ruleID)) }
}
