import DPIAAnalysis
import DPIAModel
import DPIARegister
import DPIARender

/// The words of the web pages in the server's language: the `serve_…` keys of the reports' word
/// catalogue (`Templates/<lang>/words.json`), which the templates use as `{{{w.serve_…}}}` and the
/// server for titles, choices, values and messages.
struct Words: Sendable {
    let language: ReportLanguage
    /// The catalogue: key → text.
    let catalogue: [String: String]

    init(language: ReportLanguage, templates: TemplateSet) {
        self.language = language
        catalogue = templates.words[language.rawValue] ?? [:]
    }

    /// The words of `key` with each `{name}` replaced by its value; the key itself when the catalogue lacks it.
    func callAsFunction(_ key: String, _ values: [String: String] = [:]) -> String {
        Labels.fill(catalogue[key] ?? key, values)
    }

    /// An activity's status as the reports and the command line say it (``ActivityStatus/name(in:)``).
    func status(_ status: ActivityStatus?) -> String { status?.name(in: language) ?? self("serve_unknown") }

    /// The pre-scan's verdict as `dpia check` and the reports say it (``PreScanVerdict/phrase(_:)``).
    func verdict(_ verdict: PreScanVerdict) -> String { verdict.phrase(language) }

    /// A measure's status in the reports' words (`measure_status.…` of the catalogue), lower case inside a sentence.
    func measureStatus(_ status: MeasureStatus) -> String { self("measure_status." + status.rawValue).lowercased() }

    /// A decision in the Rijksmodel's words, as the reports and `dpia actions show` say it (``Decision/word(_:)``).
    func decision(_ decision: Decision) -> String { decision.word(language) }

    func role(_ role: UserRole) -> String { role.name(in: language) }

    /// A count as the reports write it: "10.000" in Dutch, "10,000" in English.
    func number(_ value: Int) -> String { DigitGrouping.grouped(value, in: language) }
}
