import DPIAModel
import DPIAText
import Foundation
import Mustache

/// The Mustache templates of one templates folder, parsed once.
///
/// Every `*.mustache` file below the folder is registered under its relative path without the
/// extension (`dpia.md`, `shared/style.css`), which is also the name partials use
/// (`{{> shared/style.css}}`). Markdown templates start with `{{% CONTENT_TYPE: MARKDOWN}}`.
///
/// One template per format holds the structure; the words are in one catalogue per language,
/// `<lang>/words.json` (key → text), which templates use as `{{{w.key}}}`. The words are written
/// into one variant of each shared template per language when the folder is loaded (`nl/dpia.md`),
/// so rendering resolves no more names than before.
/// A template `<lang>/dpia.md` (a folder given with `--templates` that predates the catalogues)
/// still wins over `dpia.md` for that language.
public struct TemplateSet: Sendable {
    public let root: String
    /// Every template file as read: its path relative to ``root`` and its bytes, sorted by path
    /// (what a report depends on, for `dpia report` to tell whether the templates changed).
    public let sources: [(relative: String, bytes: Data)]
    private let library: MustacheLibrary
    private let names: Set<String>
    /// The word catalogues by language folder (`nl`, `en`): key → text.
    public let words: [String: [String: String]]
    /// The house style of Word reports: the folder's ``referenceDocumentName``, nil when it has none.
    public let referenceDocument: Data?

    /// The Word document whose styles, page size, header and footer the DOCX reports take
    /// (`Templates/reference.docx`); an organisation replaces it with its own house style.
    public static let referenceDocumentName = "reference.docx"

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
    /// relative to `root` with their bytes, sorted by path; files other than templates (`.mustache`) and word catalogues (`<lang>/words.json`) are skipped.
    public init(root: String, sources files: [(relative: String, bytes: Data)]) throws {
        _ = MarkdownContentType.registered
        _ = HTMLContentType.registered
        self.root = root
        var library = MustacheLibrary()
        var names = Set<String>()
        var sources: [(relative: String, bytes: Data)] = []
        var words: [String: [String: String]] = [:]
        referenceDocument = files.first { $0.relative == Self.referenceDocumentName }?.bytes
        if let referenceDocument { sources.append((Self.referenceDocumentName, referenceDocument)) }
        for (relative, data) in files where Self.isCatalogue(relative) {
            let path = root + "/" + relative
            guard let catalogue = try? JSONDecoder().decode([String: String].self, from: data) else {
                throw TemplateError.syntax(
                    file: path, line: 1, column: 1,
                    message: "a word catalogue is one JSON object of key → text")
            }
            let language = String(relative.split(separator: "/")[0])
            // The words of values (Labels) come from the same catalogue: each must be there.
            if let missing = Labels.catalogueKeys.first(where: { catalogue[$0] == nil }) {
                throw TemplateError.syntax(file: path, line: 1, column: 1, message: "'\(missing)' is not in \(language)/words.json")
            }
            sources.append((relative, data))
            words[language] = catalogue
        }
        let fileSet = Set(files.map(\.relative))
        for (relative, data) in files where relative.hasSuffix(".mustache") {
            let path = root + "/" + relative
            sources.append((relative, data))
            let name = String(relative.dropLast(".mustache".count))
            let source = String(decoding: data, as: UTF8.self)
            var variants = [(name: name, text: source)]
            // A shared template gets one variant per language with the words written in, so that
            // rendering costs no more than a template per language did; a language's own file wins.
            if !name.contains("/"), source.contains("{{{w.") {
                for (language, catalogue) in words.sorted(by: { $0.key < $1.key })
                where !fileSet.contains("\(language)/\(relative)") {
                    variants.append(("\(language)/\(name)", try Self.writingIn(catalogue, source, file: path, language: language)))
                }
            }
            for variant in variants {
                let (text, prefix) = Self.withContentType(variant.text, name: variant.name)
                do {
                    library.register(try MustacheTemplate(string: text), named: variant.name)
                } catch let error as MustacheTemplate.ParserError {
                    let line = error.context.lineNumber
                    let column = line == 1 ? max(1, error.context.columnNumber - prefix) : error.context.columnNumber
                    throw TemplateError.syntax(file: path, line: line, column: column, message: "\(error.error)")
                }
                names.insert(variant.name)
            }
        }
        self.library = library
        self.names = names
        self.sources = sources.sorted { $0.relative < $1.relative }
        self.words = words
    }

    /// The template for `document` (`dpia.md`) in `language`: `<lang>/dpia.md` when the folder has
    /// one, else `dpia.md`.
    public func name(of document: String, language: String) -> String {
        let own = "\(language)/\(document)"
        return names.contains(own) ? own : document
    }

    /// Renders `document` (`dpia.md`) in `language` with `object` and the language's words as `w`.
    public func render(document: String, language: String, _ object: Any) throws -> String {
        let name = name(of: document, language: language)
        guard let words = words[language] ?? (name == document ? nil : [:]) else {
            throw TemplateError.missingTemplate(name: "\(language)/words.json", root: root)
        }
        var values = try (object as? any Encodable).map { try TemplateValueEncoder.encode($0) } ?? object
        if var dictionary = values as? [String: Any] {
            dictionary["w"] = words
            values = dictionary
        }
        return try render(name, values)
    }

    /// The first word starting with `prefix` that dpia's own catalogue of `language` has and this set's
    /// lacks (a catalogue copied before those words were added), or nil when none is missing.
    public func missingWord(prefix: String, language: ReportLanguage) -> String? {
        let own = words[language.rawValue] ?? [:]
        return BuiltInFiles.words(language).keys.filter { $0.hasPrefix(prefix) }.sorted().first { own[$0] == nil }
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

    /// `text` with every `{{{w.key}}}` replaced by the catalogue's words; a key the catalogue lacks
    /// is an error that names the template, the line and the catalogue.
    static func writingIn(_ catalogue: [String: String], _ text: String, file: String, language: String) throws -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.range(of: "{{{w.") {
            result += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}}") else { break }
            let key = String(rest[open.upperBound..<close.lowerBound]).trimmingCharacters(in: .whitespaces)
            guard let words = catalogue[key] else {
                let line = text[..<open.lowerBound].count { $0 == "\n" } + 1
                throw TemplateError.syntax(
                    file: file, line: line, column: 1,
                    message: "'\(key)' is not in \(language)/words.json")
            }
            result += words
            rest = rest[close.upperBound...]
        }
        return result + rest
    }

    /// Whether a path relative to the templates folder is a word catalogue, `<lang>/words.json`.
    static func isCatalogue(_ relative: String) -> Bool {
        let parts = relative.split(separator: "/")
        return parts.count == 2 && parts[1] == "words.json"
    }

    /// Relative paths of all `.mustache` files, word catalogues and reference documents below `root`, sorted; hidden files are skipped, and a
    /// symbolic link that points outside `root` is refused (``FolderWalk``).
    static func templateFiles(under root: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw TemplateError.notFound(searched: [root])
        }
        var walk = FolderWalk(wanted: {
            $0.hasSuffix(".mustache") || $0 == "words.json" || $0.hasSuffix("/words.json") || $0 == referenceDocumentName
        })
        walk.walk(root)
        if let refused = walk.refused.first { throw TemplateError.unreadable(file: refused.path, reason: refused.message.en) }
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
        case .unreadable(let reason): reason.en
        }
    }
}
