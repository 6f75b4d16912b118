import DPIAModel

/// Walks a composed YAML node tree once, building the model, the source map and every diagnostic.
///
/// Local to one load: not shared between threads. Section readers live in extensions
/// (`SpecReader+Parties.swift`, ...); this file holds the bookkeeping.
final class SpecReader {
    let file: String
    private let maxErrors: Int
    /// See ``SpecLimits/maxVisibility``.
    let maxVisibility: Int
    /// See ``SpecLimits/maxTextBytes``.
    let maxTextBytes: Int
    private let nodeLimit: Int
    private var nodesLeft: Int
    private(set) var diagnostics: [Diagnostic] = []
    private var errorCount = 0
    /// Set when the error limit or the node budget stopped the walk; readers then return early.
    private(set) var stopped = false
    private var stopNotice: Diagnostic?
    /// Element paths with their positions (see ``SourceMap``).
    private(set) var paths = SourcePaths()
    /// The spec's `language:` (Dutch when it names none), also when the spec has errors, once the
    /// top level was read: the language of the messages about it when the run has none of its own.
    var writtenLanguage: ReportLanguage?
    /// The ids of each list, with where each was first written.
    var ids: [ReferenceKind: [String: TextPosition]] = [:]
    /// References to check once every list is known.
    var references: [(kind: ReferenceKind, id: String, mark: TextPosition)] = []
    /// Top-level lists that are not lists: references into them are not reported again.
    private(set) var brokenLists: Set<String> = []
    /// Values of measures' `addresses`, checked once the risk ids are known.
    var addresses: [(text: String, mark: TextPosition)] = []

    init(file: String, limits: SpecLimits, byteCount: Int) {
        self.file = file
        self.maxErrors = limits.maxErrors
        self.maxVisibility = limits.maxVisibility
        self.maxTextBytes = limits.maxTextBytes
        self.nodeLimit = limits.maxAliasExpansion + byteCount
        self.nodesLeft = nodeLimit
        // About one recorded path per 25 bytes of YAML.
        paths.reserveCapacity(byteCount / 20)
    }

    var hasErrors: Bool { errorCount > 0 }

    /// Every diagnostic, ordered by position, then the notice that the walk stopped, if it did.
    var sortedDiagnostics: [Diagnostic] {
        let ordered = diagnostics.enumerated().sorted {
            ($0.element.location.line, $0.element.location.column, $0.offset)
                < ($1.element.location.line, $1.element.location.column, $1.offset)
        }.map(\.element)
        return ordered + (stopNotice.map { [$0] } ?? [])
    }

    // MARK: - Diagnostics

    func location(_ mark: TextPosition) -> SourceLocation {
        SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    /// Reports an error; the message is only built while the walk has not stopped.
    func error(_ message: @autoclosure () -> String, at mark: TextPosition) {
        guard !stopped else { return }
        diagnostics.append(Diagnostic(.error, at: location(mark), message()))
        countError(at: mark)
    }

    /// Reports an error written in Dutch and English (the run prints the one of its language).
    func error(_ message: @autoclosure () -> LocalizedText, at mark: TextPosition) {
        guard !stopped else { return }
        diagnostics.append(Diagnostic(.error, at: location(mark), message()))
        countError(at: mark)
    }

    /// Counts an error, stopping the walk after ``maxErrors``.
    private func countError(at mark: TextPosition) {
        errorCount += 1
        if errorCount >= maxErrors {
            stopped = true
            stopNotice = Diagnostic(
                .note, at: location(mark),
                LocalizedText(
                    nl: "gestopt na \(maxErrors) fouten; verbeter deze en valideer opnieuw",
                    en: "stopped after \(maxErrors) errors; correct these and validate again"))
        }
    }

    func warning(_ message: @autoclosure () -> String, at mark: TextPosition) {
        guard !stopped else { return }
        diagnostics.append(Diagnostic(.warning, at: location(mark), message()))
    }

    /// Reports a warning written in Dutch and English.
    func warning(_ message: @autoclosure () -> LocalizedText, at mark: TextPosition) {
        guard !stopped else { return }
        diagnostics.append(Diagnostic(.warning, at: location(mark), message()))
    }

    /// Counts `count` visited nodes; false (after one error) once the file expands to too many.
    func visit(_ count: Int, at mark: TextPosition) -> Bool {
        guard !stopped else { return false }
        nodesLeft -= count
        guard nodesLeft < 0 else { return true }
        error(
            "this file expands to more than \(nodeLimit) values through YAML aliases (*name); "
                + "write the values out instead of repeating aliases", at: mark)
        stopped = true
        return false
    }

    // MARK: - Source map

    /// An element path (see ``SourcePaths``): recording one builds no text and hashes nothing.
    typealias ElementPath = SourcePaths.Path

    /// Records where the element at `path` was written, keeping the first position.
    func record(_ path: ElementPath, _ mark: TextPosition) {
        paths.record(path, line: mark.line, column: mark.column)
    }

    /// Records the entry at `path` and each of its keys at `path/key`.
    func record(_ view: MappingView, at path: ElementPath) {
        record(path, view.mark)
        // By index: only the key and its mark are read, the field (and its node) is not copied.
        let fields = view.fields
        for index in fields.indices { record(join(path, fields[index].key), fields[index].keyMark) }
    }

    /// `path/component`, or `component` at the top (``SourcePaths/root``).
    func join(_ path: ElementPath, _ component: String) -> ElementPath {
        paths.child(path, component)
    }

    // MARK: - Mappings and lists

    /// Checks that `node` is a mapping with known, unique keys and, unless `requiring` is false, the
    /// required ones present (entries of lists check those once their id is known).
    func mapping(_ node: YAMLNode, _ schema: EntrySchema, requiring: Bool = true) -> MappingView? {
        let mark = node.position
        guard case .mapping(let mapping) = node else {
            error(
                LocalizedText(
                    nl:
                        "hier hoort \(schema.dutchNoun), geschreven als sleutels met waarden (sleutel: waarde); gevonden: \(Self.describe(node, .nl))",
                    en: "expected \(schema.noun) written as keys with values (key: value), found \(Self.describe(node))"),
                at: mark)
            return nil
        }
        guard visit(mapping.count, at: mark) else { return nil }
        // Room for every key (of a small mapping): no regrowing while the keys are added.
        var view = MappingView(mark: mark, capacity: min(mapping.count, 64))
        for index in mapping.indices {
            guard !stopped else { return nil }
            let (keyNode, value) = mapping[index]
            let keyMark = keyNode.position
            guard case .scalar(let scalar) = keyNode, !Self.isNull(scalar) else {
                error(
                    LocalizedText(
                        nl: "een sleutel \(schema.dutchPlace) is een woord gevolgd door ':'; gevonden: \(Self.describe(keyNode, .nl))",
                        en: "a key \(schema.place) should be a word followed by ':', found \(Self.describe(keyNode))"),
                    at: keyMark)
                continue
            }
            var key = scalar.string
            if !schema.keySet.contains(key) {
                if let current = schema.deprecated[key] {
                    warning(
                        LocalizedText(
                            nl: "'\(key)' is een oude spelling; schrijf '\(current)'",
                            en: "'\(key)' is an old spelling; write '\(current)'"), at: keyMark)
                    key = current
                } else {
                    error(unknownKeyMessage(key, schema), at: keyMark)
                    continue
                }
            }
            if let earlier = view.add(MappingView.Field(key: key, keyMark: keyMark, value: value)) {
                error(
                    LocalizedText(
                        nl: "sleutel '\(key)' staat twee keer \(schema.dutchPlace) (eerst op regel \(earlier.keyMark.line)); houd er één",
                        en: "duplicate key '\(key)' \(schema.place) (first on line \(earlier.keyMark.line))"), at: keyMark)
            }
        }
        if requiring { checkRequired(view, schema, id: nil) }
        return view
    }

    /// Reports each required key of `schema` missing from `view`, naming the entry by its id when it has one.
    /// All missing keys of one mapping are reported in one message.
    func checkRequired(_ view: MappingView, _ schema: EntrySchema, id: String?) {
        var missing = schema.required.filter { !view.contains($0) }
        guard !missing.isEmpty else { return }
        if missing.first == "spec", schema.noun == EntrySchema.activity.noun {
            error(
                LocalizedText(
                    nl: "de verplichte sleutel 'spec' ontbreekt op het hoogste niveau; schrijf 'spec: dpia/v1' als eerste regel",
                    en: "missing required key 'spec' at the top level; write 'spec: dpia/v1' as the first line"), at: view.mark)
            missing.removeFirst()
            if missing.isEmpty { return }
        }
        let keys = (missing.count == 1 ? "key " : "keys ") + Self.enumerate(missing.map { "'\($0)'" })
        let dutchKeys =
            (missing.count == 1 ? "de verplichte sleutel " : "de verplichte sleutels ")
            + Self.enumerate(missing.map { "'\($0)'" }, .nl)
        if let id {
            error(
                LocalizedText(
                    nl: "bij \(schema.dutchEntryNoun) \(Self.quote(id)) ontbreekt \(dutchKeys)",
                    en: "\(schema.entryNoun) \(Self.quote(id)) is missing required \(keys)"), at: view.mark)
        } else {
            error(
                LocalizedText(
                    nl: "\(dutchKeys) ontbreekt \(schema.dutchPlace)",
                    en: "missing required \(keys) \(schema.place)"), at: view.mark)
        }
    }

    /// "a", "a and b", "a, b and c".
    static func enumerate(_ items: [String], _ language: ReportLanguage = .en) -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + (language == .nl ? " en " : " and ") + last
    }

    private func unknownKeyMessage(_ key: String, _ schema: EntrySchema) -> LocalizedText {
        if key == "<<" {
            return LocalizedText(
                nl: "samenvoegsleutels ('<<') kunnen niet \(schema.dutchPlace); schrijf de sleutels uit",
                en: "merge keys ('<<') are not supported \(schema.place); write the keys out")
        }
        let unknown = LocalizedText(
            nl: "onbekende sleutel \(Self.quote(key)) \(schema.dutchPlace)",
            en: "unknown key \(Self.quote(key)) \(schema.place)")
        if let suggestion = Suggestion.closest(to: key, in: schema.keys) {
            return LocalizedText(nl: unknown.nl + "; bedoelt u '\(suggestion)'?", en: unknown.en + "; did you mean '\(suggestion)'?")
        }
        if schema.keys.count > 15 {
            return LocalizedText(
                nl: unknown.nl + "; de sleutels staan in docs/spec-format.md",
                en: unknown.en + "; the keys are listed in docs/spec-format.md")
        }
        let allowed = schema.keys.joined(separator: ", ")
        return LocalizedText(nl: unknown.nl + "; toegestane sleutels: \(allowed)", en: unknown.en + "; allowed keys: \(allowed)")
    }

    /// The entries of a list such as `parties:`; nil when the key is absent, empty when it is null.
    func list(_ field: MappingView.Field?) -> YAMLNode.Sequence? {
        guard let field else { return nil }
        let mark = field.value.position
        switch field.value {
        case .sequence(let sequence):
            guard visit(sequence.count, at: mark) else { return YAMLNode.Sequence() }
            return sequence
        case .scalar(let scalar) where Self.isNull(scalar):
            return YAMLNode.Sequence()
        default:
            error(
                LocalizedText(
                    nl:
                        "'\(field.key)' is een lijst met één item per regel dat begint met '- '; gevonden: \(Self.describe(field.value, .nl))",
                    en: "'\(field.key)' should be a list with one entry per line starting with '- ', "
                        + "found \(Self.describe(field.value))"), at: mark)
            brokenLists.insert(field.key)
            return YAMLNode.Sequence()
        }
    }

    /// The path of a list entry: `list/id`, or `list/#n` (1-based) when it has no usable id.
    func entryPath(_ list: ElementPath, id: String?, index: Int) -> ElementPath {
        join(list, Self.entryComponent(id: id, index: index))
    }

    /// `id`, or `#n` (1-based) when there is no usable id.
    static func entryComponent(id: String?, index: Int) -> String {
        if let id, !id.isEmpty { return id }
        return "#\(index + 1)"
    }

    // MARK: - Describing values

    /// Plain `~`, `null` or nothing.
    static func isNull(_ scalar: YAMLNode.Scalar) -> Bool {
        guard scalar.style == .plain || scalar.style == .any else { return false }
        switch scalar.string {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    /// "a list", "a mapping", "nothing" or the quoted text, for messages.
    static func describe(_ node: YAMLNode, _ language: ReportLanguage = .en) -> String {
        switch (node, language) {
        case (.sequence, .en): "a list"
        case (.sequence, .nl): "een lijst"
        case (.mapping, .en): "keys with values (a mapping)"
        case (.mapping, .nl): "sleutels met waarden"
        case (.scalar(let scalar), _): isNull(scalar) ? (language == .nl ? "niets" : "nothing") : quote(scalar.string)
        }
    }

    /// `'text'`, shortened to one line of at most 60 characters.
    /// Invisible and control characters are shown as `<U+XXXX>`.
    static func quote(_ text: String) -> String {
        var line = text.prefix { $0 != "\n" && $0 != "\r" }
        var shortened = line.count < text.count
        if line.count > 60 {
            line = line.prefix(57)
            shortened = true
        }
        return "'" + ForbiddenCharacter.visible(line) + (shortened ? "…" : "") + "'"
    }
}
