import DPIAAnalysis
import DPIAModel

/// Everything a DPIA template can show, as pre-formatted, localized text.
///
/// Templates do no logic beyond `{{#flag}}` sections: every value is a finished string, every
/// optional part has a `has…` flag, and values the spec leaves out read as a dash instead of
/// staying empty (``ToDoList``, the "Nog aan te vullen" annex, says what is missing). Prose fields are ``Prose`` values. Row types are nested in the
/// section extensions (`ReportViewModel+…`).
public struct ReportViewModel: Sendable, Codable {
    /// `nl` or `en`, for the HTML `lang` attribute.
    public var language: String
    public var title: String
    /// "DPIA " and the title as the content of a CSS string (every character other than a letter,
    /// digit or space written as a hex escape), for the running header of printed pages.
    public var runningHeader: String
    public var activityID: String
    public var version: String
    public var hasVersion: Bool
    public var status: String
    /// `draft`, `in-review`, `adopted` or `retired`, for styling.
    public var statusKey: String
    /// `--date`, else the spec's `updated`.
    public var date: String
    public var hasDate: Bool
    /// The sources the text cites (`references:`), by abbreviation.
    public var references: [Reference]
    public var hasReferences: Bool

    /// A source the text cites: "HW — DPIA HalloWerk, gemeente Utrecht (2021)".
    public struct Reference: Sendable, Codable {
        public var id: String
        public var title: String
        public var url: String
        public var hasURL: Bool
    }
    public var controller: String
    public var owner: String
    public var hasOwner: Bool
    public var dpo: String
    public var hasDPO: Bool
    public var representative: String
    public var hasRepresentative: Bool
    /// The spec's file name, without folders.
    public var specFile: String
    public var summary: Prose
    public var hasSummary: Bool
    /// The first paragraph of the summary, for the management summary.
    public var summaryLead: Prose

    public var management: Management
    public var personalData: PersonalData
    public var operations: Operations
    public var techniques: TechniquesSection
    public var purposes: Purposes
    public var parties: Parties
    public var interests: Interests
    public var locations: Locations
    public var framework: Framework
    public var retention: Retention
    public var legalBasis: LegalBases
    public var specialData: SpecialData
    public var purposeLimitation: PurposeLimitation
    public var necessity: Necessity
    public var rights: RightsSection
    public var risks: Risks
    public var riskMap: RiskMap
    public var measures: Measures
    public var governance: GovernanceSection
    public var document: DocumentSection
    public var preScan: PreScanSection
    public var toDo: ToDoList

    /// Builds the view model of one assessment.
    public init(assessment: Assessment, options: ReportOptions = ReportOptions()) {
        let activity = assessment.activity
        let labels = Labels(language: options.language ?? activity.language, words: options.words)
        let index = ActivityIndex(activity)
        let context = BuildContext(
            assessment: assessment, index: index, labels: labels, options: options,
            conclusions: assessment.conclusions(progress: options.progress))

        language = labels.language.rawValue
        title = activity.title
        runningHeader = Self.cssString("DPIA – " + activity.title)
        activityID = activity.id
        (version, hasVersion) = context.text(activity.version)
        status = labels.status(activity.status)
        statusKey = (activity.status ?? .draft).rawValue
        // The report always carries a date when it can: --date, else the spec's date of last change.
        let day = options.date ?? activity.updated
        date = day.map(labels.date) ?? ""
        hasDate = day != nil
        references = (activity.references ?? []).map { Reference(id: $0.id, title: $0.title, url: $0.url ?? "", hasURL: $0.url != nil) }
        hasReferences = !references.isEmpty
        controller = index.partyName(activity.controller)
        (owner, hasOwner) = context.text(activity.contacts?.owner)
        (dpo, hasDPO) = context.text(activity.contacts?.dpo)
        (representative, hasRepresentative) = context.text(activity.contacts?.representative)
        specFile = String(assessment.sourceMap.file.split(separator: "/").last ?? "")
        (summary, hasSummary) = context.prose(activity.summary)
        summaryLead = hasSummary ? Prose(Self.firstBlock(of: activity.summary ?? "")) : summary

        var riskTable = Risks(context)
        let measureTable = Measures(context, risks: riskTable)
        riskTable.link(measureTable)
        risks = riskTable
        riskMap = RiskMap(context, risks: riskTable)
        measures = measureTable
        management = Management(context, risks: riskTable, measures: measureTable)
        personalData = PersonalData(context)
        operations = Operations(context)
        techniques = TechniquesSection(context)
        purposes = Purposes(context)
        parties = Parties(context)
        interests = Interests(context)
        locations = Locations(context)
        framework = Framework(context)
        retention = Retention(context)
        legalBasis = LegalBases(context)
        specialData = SpecialData(context)
        purposeLimitation = PurposeLimitation(context)
        necessity = Necessity(context)
        rights = RightsSection(context)
        governance = GovernanceSection(context)
        document = DocumentSection(context)
        preScan = PreScanSection(context)
        toDo = ToDoList(context)
    }
}

extension ReportViewModel {
    /// Text safe inside a CSS string in a `<style>` element: letters, digits and spaces stay, every
    /// other character becomes `\HHHHHH ` (the space ends the escape and is not shown).
    static func cssString(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic && scalar.isASCII || ("0"..."9").contains(Character(scalar)) || scalar == " " {
                out.unicodeScalars.append(scalar)
            } else {
                let hex = String(scalar.value, radix: 16)
                out += "\\" + String(repeating: "0", count: max(0, 6 - hex.count)) + hex + " "
            }
        }
        return out
    }

    /// The text up to the first blank line.
    static func firstBlock(of markdown: String) -> String {
        var lines: [Substring] = []
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy(\.isWhitespace) {
                if lines.isEmpty { continue }
                break
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}

/// What every section builder needs.
struct BuildContext {
    let assessment: Assessment
    let index: ActivityIndex
    let labels: Labels
    let options: ReportOptions
    /// Residual levels and the art. 36 verdict, computed once by the analysis.
    let conclusions: Conclusions

    var activity: ProcessingActivity { index.activity }
    var language: ReportLanguage { labels.language }

    /// A value or a dash, and whether the spec gave it.
    func text(_ value: String?) -> (String, Bool) {
        guard let value, !value.allSatisfy(\.isWhitespace) else { return (labels.notStated, false) }
        return (value, true)
    }

    /// Prose or a dash, and whether the spec gave it.
    func prose(_ value: String?) -> (Prose, Bool) {
        guard let value, !value.allSatisfy(\.isWhitespace) else { return (Prose(labels.notStated), false) }
        return (Prose(value), true)
    }

    /// Names joined as a sentence ("a, b en c"), or a dash.
    func list(_ names: [String]) -> (String, Bool) {
        names.isEmpty ? (labels.notStated, false) : (labels.list(names), true)
    }

    func date(_ value: CalendarDate?) -> (String, Bool) {
        guard let value else { return (labels.notStated, false) }
        return (labels.date(value), true)
    }

    /// Data items said briefly for a table: every item of §2 (`all`), most of them (`except`: the
    /// text lists the ones left out) or the list itself.
    func dataItems(_ ids: [String]) -> (text: String, all: Bool, except: Bool) {
        let every = activity.data.map(\.id)
        let used = Set(ids)
        let unused = every.filter { !used.contains($0) }
        guard every.count >= 4, used.isSubset(of: every) else { return (list(ids.map(index.dataName)).0, false, false) }
        if unused.isEmpty { return ("", true, false) }
        if unused.count * 4 <= every.count { return (list(unused.map(index.dataName)).0, false, true) }
        return (list(ids.map(index.dataName)).0, false, false)
    }

    /// The title of a risk: the lead finding's, then the title of each kindred rule in it
    /// ("Gebruikslogging niet gemeld aan betrokkenen; privacyverklaring zegt niet wie …").
    func riskTitle(lead: Finding, others: [Finding]) -> String {
        var titles = [lead.title[language]]
        for other in others where other.ruleID != lead.ruleID {
            let title = other.title[language]
            // Lower-case the first letter of a word, not of an abbreviation ("BSN", "AP").
            let second = title.dropFirst().first
            let next = second?.isLowercase == true ? title.prefix(1).lowercased() + title.dropFirst() : title
            if !titles.contains(next) { titles.append(next) }
        }
        return titles.joined(separator: "; ")
    }

    /// The text of a risk of several findings: the lead finding's message, the other elements of its
    /// rule named after it, then each kindred rule's message with its elements likewise.
    func riskMessage(lead: Finding, others: [Finding]) -> String {
        var text = lead.message[language] + sameApplies(to: others.filter { $0.ruleID == lead.ruleID })
        let rest = others.filter { $0.ruleID != lead.ruleID }
        for rule in rest.map(\.ruleID).uniqued() {
            let members = rest.filter { $0.ruleID == rule }
            text += " " + members[0].message[language] + sameApplies(to: Array(members.dropFirst()))
        }
        return text
    }

    /// " Hetzelfde geldt voor A, B en C." naming the elements of the other findings of a risk, or
    /// their messages when an element has no name a reader knows; empty without others.
    func sameApplies(to others: [Finding]) -> String {
        guard !others.isEmpty else { return "" }
        let names = others.map(elementName)
        if names.allSatisfy({ $0 != nil }) {
            return language == .nl
                ? " Hetzelfde geldt voor \(labels.list(names.compactMap { $0 }))."
                : " The same applies to \(labels.list(names.compactMap { $0 }))."
        }
        return " " + others.map { $0.message[language] }.joined(separator: " ")
    }

    /// The name of the element a finding concerns, for a reader (``ElementName``): a role's or data
    /// item's name, a purpose, flow, retention period or measure as the report names it elsewhere.
    private func elementName(_ finding: Finding) -> String? {
        let parts = finding.elementPath.split(separator: "/").map(String.init)
        guard parts.count >= 2 else { return nil }
        let id = parts[1]
        let nl = language == .nl
        switch parts[0] {
        case "roles": return index.roleName(id)
        case "data": return index.dataName(id)
        case "subjects": return index.subjectName(id)
        case "parties", "locations", "transfers": return index.partyName(id)
        case "purposes":
            return index.purposes[id].map { (nl ? "doel " : "purpose ") + ElementName.of($0)[language] }
        case "flows":
            return index.flows[id].map { flow in
                let name = (nl ? "de verstrekking " : "the flow ") + ElementName.of(flow, partyName: index.partyName)[language]
                // Two flows between the same parties: the data they carry tells them apart.
                let twin = index.flows.values.contains { $0.id != flow.id && $0.from == flow.from && $0.to == flow.to }
                guard twin, !flow.data.isEmpty else { return name }
                let data = flow.data.map { ElementName.quoted(index.dataName($0))[language] }.joinedList(language)
                return name + (nl ? " met " : " with ") + data
            }
        case "retention":
            return index.retention[id].map {
                (nl ? "bewaartermijn " : "retention period ") + ElementName.of($0, dataName: index.dataName)[language]
            }
        case "measures":
            return index.measures[id].map { (nl ? "maatregel " : "measure ") + ElementName.of($0)[language] }
        default: return nil
        }
    }

    /// Yes, No, or a dash.
    func yesNo(_ value: Bool?) -> String { value.map(labels.yesNo) ?? labels.notStated }

    /// "12.000" / "12,000".
    func number(_ value: Int) -> String { DigitGrouping.grouped(value, in: language) }
}
