import DPIAAnalysis
import DPIAModel

/// The words for the values of the format's vocabularies, so that templates receive text a reader
/// understands (`Hoog`, `Publieke taak`) instead of spec spellings (`high`, `public-task`).
/// The words themselves are in the word catalogue of the run's language (`Templates/<lang>/words.json`,
/// keys such as `basis.public-task`, `month.6`), so that a templates folder can reword them; this type
/// only maps values to keys and fills in placeholders (``fill(_:_:)``).
public struct Labels: Sendable {
    let language: ReportLanguage
    /// The catalogue: key → text.
    let words: [String: String]

    /// The labels of `language` with `words`, the catalogue of a ``TemplateSet``; without it, dpia's own.
    init(language: ReportLanguage, words: [String: String]? = nil) {
        self.language = language
        self.words = words ?? BuiltInFiles.words(language)
    }

    /// The words of `key`; the key itself when the catalogue lacks it (``TemplateSet`` refuses such a catalogue).
    func text(_ key: String) -> String { words[key] ?? key }

    /// The words of `key` with each `{name}` replaced by its value: `text("right_article", ["number": "15"])`.
    func text(_ key: String, _ values: [String: String]) -> String { Self.fill(text(key), values) }

    /// `template` with each `{name}` replaced by `values[name]`, in one pass (a value is never read
    /// again as a placeholder); braces around other names stay as they are.
    public static func fill(_ template: String, _ values: [String: String]) -> String {
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let name = String(rest[rest.index(after: open)..<close])
            result += rest[..<open]
            result += values[name] ?? String(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// Every key the catalogue of a language must hold for these labels (``TemplateSet`` refuses a
    /// catalogue without one); techniques fall back to their spec key and are not listed.
    static let catalogueKeys: [String] = {
        func keys<Value: RawRepresentable & CaseIterable>(_ prefix: String, _: Value.Type) -> [String] where Value.RawValue == String {
            Value.allCases.map { prefix + "." + $0.rawValue }
        }
        let frameworks: [PreScanFramework] = [.article35, .apList, .edpb, .legislation]
        let relations: [PopulationRelation] = [.own, .other]
        let vocabularies: [[String]] = [
            keys("status", ActivityStatus.self), keys("classification", DataClassification.self), keys("kind", DataKind.self),
            keys("source", DataSource.self), keys("party_type", PartyType.self), keys("party_role", PartyRole.self),
            keys("basis", LegalBasis.self), keys("measure_status", MeasureStatus.self), keys("measure_type", MeasureType.self),
            keys("deletion", DeletionMode.self), keys("mechanism", TransferMechanism.self), keys("right", SubjectRight.self),
            keys("topic", TransparencyTopic.self), keys("security", SecurityMeasure.self), keys("flow_kind", FlowKind.self),
            keys("flow_consent", FlowConsent.self), keys("channel", Channel.self), keys("scope", AccessScope.self),
            keys("authentication", Authentication.self), relations.map { "relation." + $0.rawValue },
            frameworks.map { "framework." + $0.rawValue }, frameworks.map { "framework_source." + $0.rawValue },
        ]
        let units = ["years", "months", "weeks", "days"].flatMap { ["duration.\($0)_one", "duration.\($0)_other"] }
        let verdicts = ["required", "to_be_decided", "not_required"].flatMap {
            ["consultation.\($0)", "consultation.\($0)_note", "consultation.\($0)_sentence"]
        }
        let sentences = [
            "value.yes", "value.no", "other_criteria_one", "other_criteria_other", "basis_article", "right_article",
            "period.as_long_as_needed", "list.and", "open_measures.nothing_open", "open_measures.no_deadlines",
            "open_measures.overdue", "open_measures.none_overdue", "open_measures.without_deadline",
        ]
        let months: [String] = (1...12).map { "month.\($0)" }
        return [vocabularies.flatMap { $0 }, units, verdicts, sentences, months, RegisterCSV.columnKeys].flatMap { $0 }
    }()

    /// The word of a vocabulary value: the catalogue's `<prefix>.<spec spelling>`.
    private func word<Value: RawRepresentable>(_ prefix: String, _ value: Value) -> String where Value.RawValue == String {
        text(prefix + "." + value.rawValue)
    }

    private func capitalized(_ word: String) -> String { word.prefix(1).uppercased() + word.dropFirst() }

    func yesNo(_ value: Bool) -> String { text(value ? "value.yes" : "value.no") }

    func level(_ level: Level) -> String {
        capitalized(level.word(language))
    }

    func verdict(_ verdict: PreScanVerdict) -> String {
        verdict.phrase(language)
    }

    func framework(_ framework: PreScanFramework) -> String {
        word("framework", framework)
    }

    /// "De overige 27 criteria, van art. 35 lid 3 AVG, de AP-lijst en de EDPB, zijn getoetst en niet van toepassing."
    func otherCriteria(count: Int, frameworks: [PreScanFramework]) -> String {
        let sources = list(frameworks.map { word("framework_source", $0) })
        return text(count == 1 ? "other_criteria_one" : "other_criteria_other", ["count": String(count), "sources": sources])
    }

    func status(_ status: ActivityStatus?) -> String {
        word("status", status ?? .draft)
    }

    func classification(_ value: DataClassification) -> String {
        word("classification", value)
    }

    func kind(_ kind: DataKind) -> String {
        word("kind", kind)
    }

    func source(_ source: DataSource?) -> String {
        source.map { word("source", $0) } ?? notStated
    }

    func partyType(_ type: PartyType) -> String {
        word("party_type", type)
    }

    func partyRole(_ role: PartyRole) -> String {
        word("party_role", role)
    }

    func basis(_ basis: LegalBasis) -> String {
        word("basis", basis)
    }

    /// The article of the GDPR that names the basis: "art. 6 lid 1 onder e AVG".
    func basisArticle(_ basis: LegalBasis) -> String {
        let letter =
            switch basis {
            case .consent: "a"
            case .contract: "b"
            case .legalObligation: "c"
            case .vitalInterest: "d"
            case .publicTask: "e"
            case .legitimateInterest: "f"
            }
        return text("basis_article", ["letter": letter])
    }

    /// The basis name as the VNG register API spells it.
    static func vngBasis(_ basis: LegalBasis) -> String {
        switch basis {
        case .consent: "Toestemming betrokkene"
        case .contract: "Uitvoering overeenkomst"
        case .legalObligation: "Wettelijke verplichting"
        case .vitalInterest: "Vitaal belang"
        case .publicTask: "Publieke taak"
        case .legitimateInterest: "Gerechtvaardigd belang"
        }
    }

    func decision(_ decision: Decision) -> String {
        capitalized(decision.word(language))
    }

    func measureStatus(_ status: MeasureStatus?) -> String {
        status.map { word("measure_status", $0) } ?? notStated
    }

    func measureType(_ type: MeasureType?) -> String {
        type.map { word("measure_type", $0) } ?? notStated
    }

    func deletion(_ mode: DeletionMode?) -> String {
        mode.map { word("deletion", $0) } ?? notStated
    }

    func mechanism(_ mechanism: TransferMechanism?) -> String {
        mechanism.map { word("mechanism", $0) } ?? notStated
    }

    func right(_ right: SubjectRight) -> String {
        word("right", right)
    }

    func rightArticle(_ right: SubjectRight) -> String {
        let number =
            switch right {
            case .access: "15"
            case .rectification: "16"
            case .erasure: "17"
            case .restriction: "18"
            case .portability: "20"
            case .automatedDecisions: "22"
            case .objection: "21"
            case .information: "13–14"
            }
        return text("right_article", ["number": number])
    }

    func topic(_ topic: TransparencyTopic) -> String {
        word("topic", topic)
    }

    func security(_ measure: SecurityMeasure) -> String {
        word("security", measure)
    }

    func flowKind(_ kind: FlowKind) -> String {
        word("flow_kind", kind)
    }

    func flowConsent(_ consent: FlowConsent?) -> String {
        consent.map { word("flow_consent", $0) } ?? notStated
    }

    func channel(_ channel: Channel?) -> String {
        channel.map { word("channel", $0) } ?? notStated
    }

    func scope(_ scope: AccessScope) -> String {
        word("scope", scope)
    }

    func relation(_ relation: PopulationRelation) -> String {
        word("relation", relation)
    }

    func authentication(_ authentication: Authentication?) -> String {
        authentication.map { word("authentication", $0) } ?? notStated
    }

    /// Names of the technique flags, keyed by their spec key.
    func technique(_ key: String) -> String {
        words["technique." + key] ?? key
    }

    /// "30 juni 2025" / "30 June 2025".
    func date(_ date: CalendarDate) -> String {
        "\(date.day) \(text("month.\(date.month)")) \(date.year)"
    }

    /// "10 jaar", "1 jaar en 6 maanden" / "10 years", "1 year and 6 months".
    func duration(_ duration: ISODuration) -> String {
        let units = [(duration.years, "years"), (duration.months, "months"), (duration.weeks, "weeks"), (duration.days, "days")]
        let parts = units.filter { $0.0 > 0 }.map { value, unit in
            text("duration.\(unit)_" + (value == 1 ? "one" : "other"), ["count": String(value)])
        }
        guard !parts.isEmpty else { return text("duration.days_other", ["count": "0"]) }
        return list(parts)
    }

    func period(_ period: RetentionPeriod) -> String {
        switch period {
        case .duration(let duration): self.duration(duration)
        case .asLongAsNeeded: text("period.as_long_as_needed")
        }
    }

    /// "a, b en c" / "a, b and c"; with semicolons when an item has "en" of its own, so that
    /// "Naam en woonplaats; E-mailadres en telefoonnummer" reads as two items.
    func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        let conjunction = text("list.and")
        if items.contains(where: { $0.contains(conjunction) || $0.contains(", ") }) {
            return items.dropLast().joined(separator: "; ") + ";" + conjunction + items[items.count - 1]
        }
        return items.dropLast().joined(separator: ", ") + conjunction + items[items.count - 1]
    }

    /// The art. 36 verdict as a card value ("Nog te besluiten") and a short note.
    func consultation(_ verdict: PriorConsultation) -> (value: String, note: String) {
        (text("consultation." + Self.key(verdict)), text("consultation.\(Self.key(verdict))_note"))
    }

    /// The art. 36 verdict as sentences, the same in the summary and §17; `risks` lists the high risks concerned.
    func consultationSentence(_ verdict: PriorConsultation, risks: String) -> String {
        text("consultation.\(Self.key(verdict))_sentence", ["risks": risks])
    }

    private static func key(_ verdict: PriorConsultation) -> String {
        switch verdict {
        case .required: "required"
        case .toBeDecided: "to_be_decided"
        case .notRequired: "not_required"
        }
    }

    /// What the open-measures counter leaves unsaid: overdue ones, or that no deadlines are set.
    func openMeasuresNote(open: Int, withDue: Int, overdue: Int) -> String {
        if open == 0 { return text("open_measures.nothing_open") }
        if withDue == 0 { return text("open_measures.no_deadlines") }
        let without = open - withDue
        let lateText = overdue > 0 ? text("open_measures.overdue", ["count": String(overdue)]) : text("open_measures.none_overdue")
        guard without > 0 else { return lateText }
        return text("open_measures.without_deadline", ["overdue": lateText, "count": String(without)])
    }

    /// "1 risico" / "3 risico's": a count with the word in the right number.
    func count(_ count: Int, _ oneNL: String, _ manyNL: String, _ oneEN: String, _ manyEN: String) -> String {
        "\(count) " + (count == 1 ? (language == .nl ? oneNL : oneEN) : (language == .nl ? manyNL : manyEN))
    }

    /// Text for a value the spec leaves out.
    /// A dash: the "Nog aan te vullen" annex says what is missing and which key fills it.
    var notStated: String { "—" }
}
