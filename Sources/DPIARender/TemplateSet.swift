import Foundation
import Mustache

/// The Mustache templates of one templates folder, parsed once.
///
/// Every `*.mustache` file below the folder is registered under its relative path without the
/// extension (`nl/dpia.md`, `shared/style.css`), which is also the name partials use
/// (`{{> shared/style.css}}`). Markdown templates start with `{{% CONTENT_TYPE: MARKDOWN}}`.
public struct TemplateSet: Sendable {
    public let root: String
    private let library: MustacheLibrary
    private let names: Set<String>

    /// Loads and parses every template below `root`.
    public init(root: String) throws {
        _ = MarkdownContentType.registered
        self.root = root
        let files = try Self.templateFiles(under: root)
        var library = MustacheLibrary()
        var names = Set<String>()
        for relative in files {
            let path = root + "/" + relative
            guard let data = FileManager.default.contents(atPath: path) else { throw TemplateError.unreadable(file: path) }
            let name = String(relative.dropLast(".mustache".count))
            do {
                library.register(try MustacheTemplate(string: String(decoding: data, as: UTF8.self)), named: name)
            } catch let error as MustacheTemplate.ParserError {
                throw TemplateError.syntax(file: path, line: error.context.lineNumber, column: error.context.columnNumber,
                                           message: "\(error.error)")
            }
            names.insert(name)
        }
        self.library = library
        self.names = names
    }

    /// Whether a template of this name exists.
    public func contains(_ name: String) -> Bool { names.contains(name) }

    /// Renders the template `name` (for example `nl/dpia.md`) with `object`. An `Encodable` object is
    /// first turned into dictionaries (``TemplateValueEncoder``), which Mustache reads without reflection.
    public func render(_ name: String, _ object: Any) throws -> String {
        let values = try (object as? any Encodable).map { try TemplateValueEncoder.encode($0) } ?? object
        guard names.contains(name), let text = library.render(values, withTemplate: name) else {
            throw TemplateError.missingTemplate(name: name, root: root)
        }
        return text
    }

    /// Relative paths of all `.mustache` files below `root`, sorted.
    static func templateFiles(under root: String) throws -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: root) else {
            throw TemplateError.notFound(searched: [root])
        }
        var files: [String] = []
        for case let path as String in enumerator where path.hasSuffix(".mustache") { files.append(path) }
        return files.sorted()
    }
}
