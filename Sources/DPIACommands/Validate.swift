import ArgumentParser
import DPIAModel
import DPIASpec

/// `dpia validate`: checks that specs are well-formed format v1, without analysing them.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check that spec files are valid (format dpia/v1), reporting every problem with file:line:column.",
        discussion: """
            Folders are searched for *.yaml and *.yml files, skipping hidden folders and Output. \
            Each problem is printed as `path:line:column: error: message`, followed by a summary.

            Exit codes:
              0  every spec is valid (warnings are allowed: an old spelling, an activity
                 id used by two files)
              2  a spec has an error, a path does not exist or holds no specs, or an
                 option is wrong
            """
    )

    @Flag(name: .shortAndLong, help: "Print only errors: no warnings and no summary.")
    var quiet = false

    @OptionGroup var lang: LanguageOption

    @Argument(help: "Spec files or folders of specs (default: the folder `specs:` of the project file dpia.yaml).")
    var paths: [String] = []

    func run() throws {
        let project = try Project.load()
        let pathWords = project.words(lang.language)
        let outcome = try runReportingFailures(pathWords) {
            SpecValidation(paths: try project.specPaths(paths, words: pathWords), loader: SpecLoader())
        }
        // --lang, else the project's language, else the language the specs are written in.
        let words = Words(project.language(lang.language) ?? outcome.commonLanguage ?? .en)
        for line in outcome.lines(quiet: quiet, words: words) { print(line) }
        if !outcome.isValid { throw ExitCode(ExitStatus.invalidInput) }
    }
}
