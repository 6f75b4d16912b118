import DPIAModel
import Foundation

/// What dpia reads at run time besides the user's files: its templates and the JSON Schema of specs.
/// A release binary carries them inside (``EmbeddedFiles``, written by Scripts/release.sh); other
/// builds read them from the repository they were built from.
public enum BuiltInFiles {
    /// The name ``TemplateSet/root`` has for the templates built into the binary.
    public static let templatesRoot = "(templates built into dpia)"

    /// The embedded files below `Templates/`, by path relative to it, sorted; empty unless a release build.
    public static var templates: [(relative: String, bytes: Data)] {
        let prefix = "Templates/"
        return EmbeddedFiles.base64.keys.filter { $0.hasPrefix(prefix) }.sorted().compactMap { path in
            guard let bytes = EmbeddedFiles.base64[path].flatMap({ Data(base64Encoded: $0) }) else { return nil }
            return (String(path.dropFirst(prefix.count)), bytes)
        }
    }

    /// The templates built into the binary, parsed; nil when it has none (not a release build).
    public static func templateSet() throws -> TemplateSet? {
        let files = templates
        guard !files.isEmpty else { return nil }
        return try TemplateSet(root: templatesRoot, sources: files)
    }

    /// dpia's own word catalogue of `language` (`Templates/<lang>/words.json`): built in, else from the
    /// repository dpia was built from; empty when neither has it. Read once.
    static func words(_ language: ReportLanguage) -> [String: String] {
        catalogues[language.rawValue] ?? [:]
    }

    private static let catalogues: [String: [String: String]] = {
        Dictionary(
            uniqueKeysWithValues: ReportLanguage.allCases.map { language in
                let path = "Templates/\(language.rawValue)/words.json"
                let data =
                    EmbeddedFiles.base64[path].flatMap { Data(base64Encoded: $0) }
                    ?? FileManager.default.contents(atPath: TemplateLocator.buildRepository + "/" + path)
                return (language.rawValue, data.flatMap { try? JSONDecoder().decode([String: String].self, from: $0) } ?? [:])
            })
    }()

    /// dpia's own house style of Word reports (`Templates/reference.docx`): built in, else from the
    /// repository dpia was built from; for a templates folder that has none of its own.
    public static var referenceDocument: Data? {
        let path = "Templates/" + TemplateSet.referenceDocumentName
        if let embedded = EmbeddedFiles.base64[path].flatMap({ Data(base64Encoded: $0) }) { return embedded }
        return FileManager.default.contents(atPath: TemplateLocator.buildRepository + "/" + path)
    }

    /// The JSON Schema of specs (docs/dpia-spec.schema.json): built in, else from the repository dpia was
    /// built from; nil when neither has it.
    public static var specSchema: Data? {
        let path = "docs/dpia-spec.schema.json"
        if let embedded = EmbeddedFiles.base64[path].flatMap({ Data(base64Encoded: $0) }) { return embedded }
        return FileManager.default.contents(atPath: TemplateLocator.buildRepository + "/" + path)
    }
}
