import DPIAModel
import DPIASpec

/// The result of validating paths: what to print and whether everything is valid.
///
/// The one way commands load the specs of their path arguments (`validate`, `check`, `record`,
/// `report`, `register`), so that they report the same problems and warnings.
struct SpecValidation {
    let problems: [SpecPaths.Problem]
    let results: [LoadResult]

    /// Expands `paths` (``SpecPaths``), loads every spec, and warns about activity ids that several
    /// files use (``DuplicateIDCheck``).
    init(paths: [String], loader: SpecLoader) {
        let expansion = SpecPaths(paths)
        problems = expansion.problems
        results = DuplicateIDCheck.warningAboutSharedIDs(in: loader.load(files: expansion.files))
    }

    var isValid: Bool { problems.isEmpty && results.allSatisfy(\.isValid) }

    /// The language the specs that loaded share, or nil when they differ or none loaded.
    var commonLanguage: ReportLanguage? {
        let languages = Set(results.compactMap(\.language))
        return languages.count == 1 ? languages.first : nil
    }

    /// Every diagnostic in order, then the summary; with `quiet`, errors only.
    func lines(quiet: Bool, words: Words = Words(.en)) -> [String] {
        var lines = problems.map { $0.description(in: words.language) }
        for result in results {
            for diagnostic in result.diagnostics where !quiet || diagnostic.severity == .error {
                lines.append(diagnostic.description(in: words.language))
            }
        }
        if !quiet, !results.isEmpty { lines.append(summary(words)) }
        return lines
    }

    /// "3 specs valid", "2 of 5 specs invalid, 7 errors", with warnings when there are any.
    var summary: String { summary(Words(.en)) }

    /// ``summary`` in the run's language: "3 specs geldig", "2 van 5 specs ongeldig, 7 fouten".
    func summary(_ words: Words) -> String {
        let invalid = results.count { !$0.isValid }
        let errors = results.reduce(0) { $0 + $1.errorCount }
        let warnings = results.reduce(0) { $0 + $1.warningCount }
        if words.language == .nl {
            var text =
                invalid == 0
                ? "\(results.count) spec\(results.count == 1 ? "" : "s") geldig"
                : "\(invalid) van \(results.count) spec\(results.count == 1 ? "" : "s") ongeldig, \(errors) fout\(errors == 1 ? "" : "en")"
            if warnings > 0 { text += ", \(warnings) waarschuwing\(warnings == 1 ? "" : "en")" }
            return text
        }
        var text =
            invalid == 0
            ? Self.count(results.count, "spec") + " valid"
            : "\(invalid) of \(Self.count(results.count, "spec")) invalid, " + Self.count(errors, "error")
        if warnings > 0 { text += ", " + Self.count(warnings, "warning") }
        return text
    }

    static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
}
