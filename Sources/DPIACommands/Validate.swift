import ArgumentParser
import DPIAModel
import DPIASpec

/// `dpia validate`: checks that specs are well-formed format v1, without analysing them.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check that spec files are valid (format dpia/v1), reporting every problem with file:line:column.",
        discussion: """
        Folders are searched for *.yaml and *.yml files, skipping hidden folders and Output.
        Each problem is printed as `path:line:column: error: message`, followed by a summary.

        Exit codes:
          0  every spec is valid (warnings, such as old spellings, are allowed)
          2  a spec has an error, a path does not exist or holds no specs, or an option is wrong
        """
    )

    @Flag(name: .shortAndLong, help: "Print only errors: no warnings and no summary.")
    var quiet = false

    @Argument(help: "Spec files or folders of specs.")
    var paths: [String]

    func run() throws {
        let outcome = SpecValidation(paths: paths, loader: SpecLoader())
        for line in outcome.lines(quiet: quiet) { print(line) }
        if !outcome.isValid { throw ExitCode(ExitStatus.invalidInput) }
    }
}

/// The result of validating paths: what to print and whether everything is valid.
struct SpecValidation {
    let problems: [SpecPaths.Problem]
    let results: [LoadResult]

    init(paths: [String], loader: SpecLoader) {
        let expansion = SpecPaths(paths)
        problems = expansion.problems
        results = loader.load(files: expansion.files)
    }

    var isValid: Bool { problems.isEmpty && results.allSatisfy(\.isValid) }

    /// Every diagnostic in order, then the summary; with `quiet`, errors only.
    func lines(quiet: Bool) -> [String] {
        var lines = problems.map(\.description)
        for result in results {
            for diagnostic in result.diagnostics where !quiet || diagnostic.severity == .error {
                lines.append(diagnostic.description)
            }
        }
        if !quiet, !results.isEmpty { lines.append(summary) }
        return lines
    }

    /// "3 specs valid", "2 of 5 specs invalid, 7 errors", with warnings when there are any.
    var summary: String {
        let invalid = results.count { !$0.isValid }
        let errors = results.reduce(0) { $0 + $1.errorCount }
        let warnings = results.reduce(0) { $0 + $1.warningCount }
        var text = invalid == 0
            ? Self.count(results.count, "spec") + " valid"
            : "\(invalid) of \(Self.count(results.count, "spec")) invalid, " + Self.count(errors, "error")
        if warnings > 0 { text += ", " + Self.count(warnings, "warning") }
        return text
    }

    static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
}
