import ArgumentParser
import DPIAAnalysis
import DPIAModel
import Foundation

/// `dpia rules`: lists the rule catalogue, or explains one rule with its examples.
struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the rules of the risk analyser, or explain one rule.",
        discussion: """
            Without an id: one line per rule with its id, default risk level and title. \
            With an id: the explanation, legal reference, default likelihood and impact, suggested measure, \
            and spec fragments that do and do not trigger the rule.

            Exit codes:
              0  printed
              2  unknown rule id (with a suggestion) or a wrong option
            """
    )

    @Option(name: .customLong("lang"), help: "Language: nl or en (default: the project file's, else nl).")
    var lang: ReportLanguage?

    @Argument(help: "The id of a rule to explain, for example retention_deletion_not_automated.")
    var id: String?

    func run() throws {
        let language = try Project.load().language(lang) ?? .nl
        guard let id else {
            print(RuleCatalogueText.list(language))
            return
        }
        guard let rule = RuleRegistry.rule(id: id) else {
            var message = language == .nl ? "error: onbekende regel '\(id)'" : "error: unknown rule '\(id)'"
            if let suggestion = Suggestion.closest(to: id, in: RuleRegistry.rules.map { $0.description.id }) {
                message += language == .nl ? "; bedoelt u '\(suggestion)'?" : "; did you mean '\(suggestion)'?"
            }
            message += language == .nl ? " (`dpia rules` toont alle regels)" : " (`dpia rules` lists every rule)"
            FileHandle.standardError.write(Data((message + "\n").utf8))
            throw ExitCode(ExitStatus.invalidInput)
        }
        print(RuleCatalogueText.explain(rule.description, language))
    }
}

/// The text `dpia rules` prints.
enum RuleCatalogueText {
    /// One line per rule: id, level, title; aligned.
    static func list(_ language: ReportLanguage) -> String {
        let descriptions = RuleRegistry.rules.map { $0.description }
        let width = descriptions.map(\.id.count).max() ?? 0
        let levelWidth = Level.allCases.map { $0.word(language).count }.max() ?? 0
        return descriptions.map { description in
            let id = description.id.padding(toLength: width, withPad: " ", startingAt: 0)
            let level = description.level.word(language).padding(toLength: levelWidth, withPad: " ", startingAt: 0)
            return "\(id)  \(level)  \(description.title[language])"
        }.joined(separator: "\n")
    }

    /// The explanation of one rule, with its examples.
    static func explain(_ description: RuleDescription, _ language: ReportLanguage) -> String {
        let nl = language == .nl
        var lines = [
            "\(description.id): \(description.title[language])",
            "",
            description.explanation[language],
            "",
            "\(nl ? "Wettelijk kader" : "Legal reference"): \(description.legalReference)",
            "\(nl ? "Standaard kans" : "Default likelihood"): \(description.likelihood.word(language)); impact: \(description.impact.word(language)); \(nl ? "risico" : "risk"): \(description.level.word(language))",
            "\(nl ? "Voorgestelde maatregel" : "Suggested measure"): \(description.suggestedMeasure[language])",
            "",
            nl
                ? "Voorbeelden tonen de secties die afwijken van een kleine, volledige basisspec; een sectie met `+` wijzigt alleen de velden van de items die zij noemt (per id) en voegt nieuwe items toe."
                : "Examples show the sections that differ from a small, complete base spec; a section with `+` only changes the fields of the entries it names (by id) and adds new entries.",
        ]
        for (title, examples) in [
            (nl ? "Triggert" : "Triggers", description.triggeringExamples),
            (nl ? "Triggert niet" : "Does not trigger", description.nonTriggeringExamples),
        ] {
            for example in examples {
                lines.append("")
                lines.append("\(title):")
                lines.append(display(example, language))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// An example as its fragment: first the parts of the base it leaves out (they go before the fragment), then
    /// the fragment with a note on each `key+:`.
    private static func display(_ example: RuleExample, _ language: ReportLanguage) -> String {
        var parts: [String] = []
        if !example.removing.isEmpty {
            parts.append("    # " + (language == .nl ? "zonder " : "without ") + example.removing.map { "`\($0)`" }.joined(separator: ", "))
        }
        if !example.fragment.allSatisfy(\.isWhitespace) {
            parts.append(
                example.fragment.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { "    " + annotated($0, language) }.joined(separator: "\n"))
        }
        return parts.isEmpty ? "    # " + (language == .nl ? "de basisspec zelf" : "the base spec itself") : parts.joined(separator: "\n")
    }

    /// A fragment's line; a section key with `+` (`data+:`) says that it changes entries of the base's list.
    private static func annotated(_ line: Substring, _ language: ReportLanguage) -> String {
        guard line.first?.isLetter == true, line.hasSuffix("+:") else { return String(line) }
        return line + (language == .nl ? "   # per id: gewijzigde velden en nieuwe items" : "   # by id: changed fields and new entries")
    }
}
