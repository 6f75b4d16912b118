import DPIAAnalysis
import DPIAModel
import DPIASpec

/// What a draft spec still lacks: the values `dpia new` wrote as placeholders that nobody replaced,
/// and the sections it leaves out entirely. `dpia check` prints them as a "to complete" list under a
/// draft's findings, in the order the skeleton of `dpia new` explains them.
///
/// Trust: this only ever *adds* work to a list. It says that a section is absent or that a value is
/// still the skeleton's placeholder text, never that a filled-in value is right: the findings do that.
/// A finding moves to the list only while the spec's status is draft and the element it concerns
/// still holds the skeleton's placeholder (a purpose named "Doel (vul in)" has not been written yet,
/// so "it has no legal basis" is a blank to fill in, not a risk found). Any other spec, and any
/// purpose someone did write, keeps its findings.
struct SpecCompleteness {
    /// One value still to write: where, in which section, and which keys fill it.
    struct Item {
        var location: SourceLocation
        var text: LocalizedText
    }

    /// The placeholders still in the spec, in spec order; empty unless it is a draft.
    let items: [Item]
    /// The keys of the sections the draft leaves out.
    let missingSections: [String]
    /// The element paths of the placeholders: findings about them are part of ``items``.
    private let placeholderElements: Set<String>

    init(_ loaded: LoadedActivity) {
        let activity = loaded.activity
        missingSections = Self.missingSections(of: activity)
        guard activity.status == .draft else { items = []; placeholderElements = []; return }
        var items: [Item] = []
        var elements: Set<String> = []
        func add(_ path: String, _ text: LocalizedText) {
            elements.insert(path)
            items.append(Item(location: loaded.sourceMap.location(of: path + "/name"), text: text))
        }
        for party in activity.parties where SpecSkeleton.isPlaceholder(party.name, .controllerName) {
            add(
                "parties/\(party.id)",
                LocalizedText(
                    nl: "parties: de naam van de organisatie (`name` van '\(party.id)'), en zo nodig `type`",
                    en: "parties: the organisation's name (`name` of '\(party.id)'), and its `type` if needed"))
        }
        for subject in activity.subjects where SpecSkeleton.isPlaceholder(subject.name, .subjectsName) {
            add(
                "subjects/\(subject.id)",
                LocalizedText(
                    nl: "subjects: over wie het gaat (`name` van '\(subject.id)'; `vulnerable: true` bij kwetsbare groepen)",
                    en: "subjects: whom it is about (`name` of '\(subject.id)'; `vulnerable: true` for vulnerable groups)"))
        }
        for purpose in activity.purposes where SpecSkeleton.isPlaceholder(purpose.name, .purposeName) {
            add(
                "purposes/\(purpose.id)",
                purpose.basis == nil && purpose.furtherProcessingOf == nil
                    ? LocalizedText(
                        nl:
                            "purposes: waarvoor de gegevens nodig zijn (`name`, `description`) en op welke grondslag (`basis`, met het wetsartikel in `law`; art. 6 lid 1 AVG)",
                        en:
                            "purposes: what the data are needed for (`name`, `description`) and on which legal basis (`basis`, with the article of law in `law`; art. 6(1) GDPR)"
                    )
                    : LocalizedText(
                        nl: "purposes: waarvoor de gegevens nodig zijn (`name`, `description`)",
                        en: "purposes: what the data are needed for (`name`, `description`)"))
        }
        self.items = items
        placeholderElements = elements
    }

    /// Whether `finding` concerns an element that still holds the skeleton's placeholder, so that its
    /// item in ``items`` replaces it.
    func absorbs(_ finding: Finding) -> Bool {
        guard case .rule = finding.origin, !placeholderElements.isEmpty else { return false }
        return placeholderElements.contains { finding.elementPath == $0 || finding.elementPath.hasPrefix($0 + "/") }
    }

    /// `assessment` without the findings that ``items`` stand for.
    func removingAbsorbedFindings(from assessment: Assessment) -> Assessment {
        guard !placeholderElements.isEmpty else { return assessment }
        var kept = assessment
        kept.findings.removeAll(where: absorbs)
        return kept
    }

    /// The keys of the sections `activity` leaves out, when it is a draft; empty otherwise.
    static func missingSections(of activity: ProcessingActivity) -> [String] {
        guard activity.status == .draft else { return [] }
        let absent: [(String, Bool)] = [
            ("contacts", activity.contacts == nil), ("techniques", activity.techniques == nil),
            ("roles", activity.roles == nil), ("retention", activity.retention == nil),
            ("security", activity.security == nil), ("transparency", activity.transparency == nil),
            ("rights", activity.rights == nil), ("governance", activity.governance == nil),
            ("risks", activity.risks == nil && activity.measures == nil),
        ]
        return absent.filter(\.1).map(\.0)
    }

    /// The list as notes in both languages, for JSON (`toComplete`): each placeholder at its place, the
    /// missing sections at the top of `file`.
    func notes(file: String) -> [Diagnostic] {
        var notes = items.map { Diagnostic(.note, at: $0.location, $0.text) }
        if !missingSections.isEmpty {
            notes.append(Diagnostic(.note, at: SourceLocation(file: file, line: 1, column: 1), missingSectionsText))
        }
        return notes
    }

    /// "secties die nog ontbreken (...): contacts, roles, ...".
    private var missingSectionsText: LocalizedText {
        let list = missingSections.joined(separator: ", ")
        return LocalizedText(
            nl: "secties die nog ontbreken (de spec legt uit wat er komt): " + list,
            en: "sections still missing (the spec explains what goes there): " + list)
    }

    /// The list under the spec's findings, or "" when nothing is to complete:
    ///
    ///     Nog in te vullen:
    ///       x.yaml:53:5: purposes: waarvoor de gegevens nodig zijn (`name`, ...) en op welke grondslag (`basis`, ...)
    ///       secties die nog ontbreken (de spec legt uit wat er komt): roles, retention, ...
    func text(_ language: ReportLanguage) -> String {
        guard !items.isEmpty || !missingSections.isEmpty else { return "" }
        let words = Words(language)
        var text = words.text(nl: "  Nog in te vullen:\n", en: "  To complete:\n")
        for item in items { text += "    \(item.location): \(item.text[language])\n" }
        if !missingSections.isEmpty { text += "    " + missingSectionsText[language] + "\n" }
        return text
    }
}
