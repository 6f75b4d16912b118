import DPIAModel
import Foundation
import Mustache

/// The Mustache templates of one templates folder, parsed once.
///
/// Every `*.mustache` file below the folder is registered under its relative path without the
/// extension (`nl/dpia.md`, `shared/style.css`), which is also the name partials use
/// (`{{> shared/style.css}}`). Markdown templates start with `{{% CONTENT_TYPE: MARKDOWN}}`.
public struct TemplateSet: Sendable {
    public let root: String
    /// Every template file as read: its path relative to ``root`` and its bytes, sorted by path
    /// (what a report depends on, for `dpia report` to tell whether the templates changed).
    public let sources: [(relative: String, bytes: Data)]
    private let library: MustacheLibrary
    private let names: Set<String>

    /// Loads and parses every template below `root`.
    public init(root: String) throws {
        var sources: [(relative: String, bytes: Data)] = []
        for relative in try Self.templateFiles(under: root) {
            let path = root + "/" + relative
            switch RegularFile.read(path, limit: Self.maxFileBytes) {
            case .success(let bytes): sources.append((relative, bytes))
            case .failure(let refusal): throw TemplateError.unreadable(file: path, reason: Self.reason(refusal))
            }
        }
        try self.init(root: root, sources: sources)
    }

    /// Parses templates already read (such as those built into a release binary): `sources` are paths
    /// relative to `root` with their bytes, sorted by path; files not ending in `.mustache` are skipped.
    public init(root: String, sources files: [(relative: String, bytes: Data)]) throws {
        _ = MarkdownContentType.registered
        _ = HTMLContentType.registered
        self.root = root
        var library = MustacheLibrary()
        var names = Set<String>()
        var sources: [(relative: String, bytes: Data)] = []
        for (relative, data) in files where relative.hasSuffix(".mustache") {
            let path = root + "/" + relative
            sources.append((relative, data))
            let name = String(relative.dropLast(".mustache".count))
            let (text, prefix) = Self.withContentType(String(decoding: data, as: UTF8.self), name: name)
            do {
                library.register(try MustacheTemplate(string: text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                let line = error.context.lineNumber
                let column = line == 1 ? max(1, error.context.columnNumber - prefix) : error.context.columnNumber
                throw TemplateError.syntax(file: path, line: line, column: column, message: "\(error.error)")
            }
            names.insert(name)
        }
        self.library = library
        self.names = names
        self.sources = sources
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

    /// An `.html` template without a content type pragma starts with ``HTMLContentType/pragma``, so
    /// that its values are escaped by ``HTMLEscaping``; returns the text and the length of what was
    /// put in front (for the column of a syntax error on line 1). Other templates stay as they are.
    static func withContentType(_ text: String, name: String) -> (text: String, prefix: Int) {
        guard name.hasSuffix(".html"), !text.hasPrefix("{{% CONTENT_TYPE") else { return (text, 0) }
        return (HTMLContentType.pragma + text, HTMLContentType.pragma.count)
    }

    /// The largest template file read: the built-in ones have a few kB.
    static let maxFileBytes = 10 << 20

    /// Relative paths of all `.mustache` files below `root`, sorted; hidden files are skipped, and a
    /// symbolic link that points outside `root` is refused (``FolderWalk``).
    static func templateFiles(under root: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw TemplateError.notFound(searched: [root])
        }
        var walk = FolderWalk(wanted: { $0.hasSuffix(".mustache") })
        walk.walk(root)
        if let refused = walk.refused.first { throw TemplateError.unreadable(file: refused.path, reason: refused.message) }
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return walk.files.map { String($0.dropFirst(prefix.count)) }.sorted()
    }

    /// Why a template file was not read, for a person.
    static func reason(_ refusal: RegularFile.Refusal) -> String {
        switch refusal {
        case .missing: "it does not exist"
        case .folder: "it is a folder, not a file"
        case .notRegular(let kind): "it is \(kind), not an ordinary file"
        case .link: "it is a symbolic link"
        case .tooLarge(let size): "it has \(size) bytes, more than a template can have (\(maxFileBytes) bytes)"
        case .unreadable(let reason): reason
        }
    }
}
