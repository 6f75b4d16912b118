import DPIAModel
import Foundation
import Yams

/// The outcome of loading one spec file: the activity when it is valid, and every diagnostic.
public struct LoadResult: Sendable {
    public var path: String
    public var activity: LoadedActivity?
    public var diagnostics: [Diagnostic]
    /// The spec's `language:` as written, also when the spec did not validate; nil when it names none
    /// or could not be read that far. Messages about the spec use it when the run has no language of its own.
    public var language: ReportLanguage?

    public init(path: String, activity: LoadedActivity?, diagnostics: [Diagnostic], language: ReportLanguage? = nil) {
        self.path = path; self.activity = activity; self.diagnostics = diagnostics
        self.language = language ?? activity?.activity.language
    }

    /// Valid when an activity was built and no diagnostic is an error.
    public var isValid: Bool { activity != nil && !diagnostics.contains { $0.severity == .error } }

    /// The number of errors.
    public var errorCount: Int { diagnostics.count { $0.severity == .error } }

    /// The number of warnings.
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
}

/// Loads spec files: parses YAML keeping marks, validates, and builds the model.
///
/// One pass over the composed node tree builds the ``ProcessingActivity``, its ``SourceMap`` and
/// every diagnostic of the file (unknown keys with suggestions, references to unknown ids, values
/// outside a vocabulary, ...). The activity is only returned when there is no error. Hostile
/// input is refused within the ``SpecLimits``: too large, too deeply nested, alias bombs.
public struct SpecLoader: Sendable {
    public var limits: SpecLimits

    public init(limits: SpecLimits = .default) { self.limits = limits }

    /// Loads the spec in `text` as if read from `path`.
    /// A leading byte order mark (U+FEFF) is dropped, as ``load(file:)`` does.
    public func load(text: String, path: String) -> LoadResult {
        if text.unicodeScalars.first == "\u{FEFF}" {
            return load(text: String(text.unicodeScalars.drop { $0 == "\u{FEFF}" }), path: path)
        }
        func refuse(_ message: LocalizedText, line: Int = 1, column: Int = 1) -> LoadResult {
            LoadResult(
                path: path, activity: nil,
                diagnostics: [
                    Diagnostic(.error, at: SourceLocation(file: path, line: line, column: column), message)
                ])
        }
        let byteCount = text.utf8.count
        if byteCount > limits.maxFileBytes {
            return refuse(
                LocalizedText(
                    nl: "de spec is groter dan de grens van \(limits.maxFileBytes) bytes",
                    en: "the spec is larger than the limit of \(limits.maxFileBytes) bytes"))
        }
        if let deep = NestingScan(text, limit: limits.maxDepth).exceeded {
            return refuse(tooDeep(throughAlias: false), line: deep.line, column: deep.column)
        }
        let root: YAMLNode?
        switch YAMLComposer.compose(text, maxDepth: limits.maxDepth, maxAliasBytes: limits.maxAliasBytes) {
        case .document(let node):
            root = node
        case .empty:
            root = nil
        case .refused(.tooDeep(let throughAlias), let position):
            return refuse(tooDeep(throughAlias: throughAlias), line: position.line, column: position.column)
        case .refused(.aliasesTooLarge, let position):
            return refuse(
                LocalizedText(
                    nl: "de YAML-aliassen (*naam) in dit bestand herhalen meer dan \(limits.maxAliasBytes) bytes tekst, "
                        + "de grens voor één bestand; herhaal minder via aliassen, of schrijf de waarden uit",
                    en: "the YAML aliases (*name) in this file repeat more than \(limits.maxAliasBytes) bytes of text, "
                        + "the limit for one file; repeat less through aliases, or write the values out"),
                line: position.line, column: position.column)
        case .unreadable:
            // Rare: Yams' composer, on the same libyaml, gives the error that the messages translate.
            let error: Error
            do {
                _ = try Parser(yaml: text).singleRoot()
                error = YAMLComposerDisagreement()
            } catch let yamsError {
                error = yamsError
            }
            return LoadResult(
                path: path, activity: nil,
                diagnostics: [YAMLErrorTranslator.diagnostic(for: error, text: text, file: path)])
        }
        guard let root else {
            return refuse(
                LocalizedText(
                    nl: "het bestand is leeg; een spec begint met 'spec: dpia/v1', gevolgd door 'id:', 'title:', ...",
                    en: "the file is empty; a spec starts with 'spec: dpia/v1' followed by 'id:', 'title:', ..."))
        }
        let reader = SpecReader(file: path, limits: limits, byteCount: byteCount)
        let activity = reader.activity(root)
        let loaded = activity.map {
            LoadedActivity(activity: $0, sourceMap: SourceMap(file: path, paths: reader.paths))
        }
        return LoadResult(path: path, activity: loaded, diagnostics: reader.sortedDiagnostics, language: reader.writtenLanguage)
    }

    /// The message for lists and mappings nested deeper than ``SpecLimits/maxDepth``.
    private func tooDeep(throughAlias: Bool) -> LocalizedText {
        LocalizedText(
            nl: "in de YAML zijn lijsten en mappings meer dan \(limits.maxDepth) niveaus diep genest"
                + (throughAlias ? " zodra deze alias (*naam) is uitgeschreven" : "") + "; een spec heeft er minder dan 10 nodig",
            en: "the YAML nests lists and mappings more than \(limits.maxDepth) levels deep"
                + (throughAlias ? " once this alias (*name) is written out" : "") + "; a spec needs fewer than 10")
    }

    /// Loads the spec file at `path`. Never throws: unreadable files come back as diagnostics.
    public func load(file path: String) -> LoadResult {
        switch SpecFile.read(path, limits: limits) {
        case .text(let text): load(text: text, path: path)
        case .refused(let diagnostic): LoadResult(path: path, activity: nil, diagnostics: [diagnostic])
        }
    }

    /// Loads many files, in parallel, returning the results in the order of `paths`.
    public func load(files paths: [String]) -> [LoadResult] {
        ParallelWork.map(paths.count) { load(file: paths[$0]) }
    }
}

/// Yams composed a text that ``YAMLComposer`` could not (never seen; reported as unreadable YAML).
private struct YAMLComposerDisagreement: Error {}
