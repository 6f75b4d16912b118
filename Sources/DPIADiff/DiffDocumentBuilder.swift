import DPIAAnalysis
import DPIAModel
import DPIARender

/// Turns an ``ActivityDiff`` into the "what changed" page in one language: every change in the
/// spec's own words (names, "10 jaar", levels as words), widenings first.
struct DiffDocumentBuilder {
    typealias Piece = DiffDocument.Piece
    typealias Line = DiffDocument.Line

    let labels: DiffLabels
    let words: ValueWords
    /// Web addresses of the lines of each version, when known.
    var links: (old: SourceLink?, new: SourceLink?) = (nil, nil)
    /// Whether each side has line numbers; a side without (a recorded version) gets no locations.
    var linesKnown = (old: true, new: true)
    var names = EntryNames()

    init(labels: DiffLabels, links: (old: SourceLink?, new: SourceLink?) = (nil, nil)) {
        self.labels = labels; self.words = ValueWords(language: labels.language); self.links = links
    }

    func pick(_ nl: String, _ en: String) -> String { labels.pick(nl, en) }

    func build(_ diff: ActivityDiff) -> DiffDocument {
        var builder = self
        builder.linesKnown = (old: diff.old.hasLineNumbers, new: diff.new.hasLineNumbers)
        builder.names = diff.names
        return builder.document(diff)
    }

    func document(_ diff: ActivityDiff) -> DiffDocument {
        var blocks: [DiffDocument.Block] = []
        func add(_ heading: String, _ lines: [Line]) {
            if !lines.isEmpty { blocks.append(DiffDocument.Block(heading: heading, lines: lines)) }
        }
        // Every change once, classed by direction: widenings and narrowings from all sections together,
        // neutral changes under their section.
        var widening: [Line] = [], narrowing: [Line] = []
        var neutral: [(section: DiffSection, lines: [Line])] = []
        for section in DiffSection.allCases {
            let changes = diff.changes(in: section)
            let lines = section == .visibility ? visibility(changes) : changes.map { line($0, inSection: false) }
            widening += lines.filter { $0.tone == .widening }
            narrowing += lines.filter { $0.tone == .narrowing }
            let rest = lines.filter { $0.tone != .widening && $0.tone != .narrowing }
            if !rest.isEmpty { neutral.append((section, rest)) }
        }
        add(pick("Let op", "Attention"), diff.highlights.map(highlight))
        add(pick("Ruimer of riskanter", "Wider or riskier"), widening)
        add(pick("Beperkter of veiliger", "Narrower or safer"), narrowing)
        for (section, lines) in neutral where section.isProcessing {
            add(labels.heading(section), lines)
        }
        add(pick("Pre-scan: is een DPIA verplicht?", "Pre-scan: is a DPIA required?"), diff.preScan.map(preScan) ?? [])
        add(pick("Bevindingen", "Findings"), diff.findings.map(finding))
        for (section, lines) in neutral where !section.isProcessing { add(labels.heading(section), lines) }
        let neutralCount = neutral.reduce(0) { $0 + $1.lines.count }
        return DiffDocument(
            title: pick("Wat is er veranderd: ", "What changed: ") + diff.new.title, subtitle: subtitle(diff),
            summary: summary(diff, widening: widening.count, narrowing: narrowing.count, neutral: neutralCount),
            blocks: blocks, words: pageWords())
    }

    /// The words of the page: the legend, the table's columns, "regel".
    func pageWords() -> DiffDocument.Words {
        typealias Entry = DiffDocument.LegendEntry
        return DiffDocument.Words(
            line: pick("regel", "line"), oldVersion: pick("oude versie", "old version"),
            legendHeading: pick("Legenda", "Legend"),
            legend: [
                Entry(
                    tone: .widening, word: pick("ruimer", "wider"),
                    meaning: pick(
                        "maakt de verwerking ruimer of riskanter: meer gegevens, meer partijen of groepen die ze zien, "
                            + "zwakkere authenticatie, langer bewaren, een grond of waarborg minder, een maatregel "
                            + "geschrapt of uitgesteld",
                        "makes the processing wider or riskier: more data, more parties or populations that see it, "
                            + "weaker authentication, longer retention, a ground or safeguard removed, a measure "
                            + "dropped or postponed")),
                Entry(
                    tone: .narrowing, word: pick("beperkter", "narrower"),
                    meaning: pick(
                        "maakt de verwerking beperkter of veiliger: het omgekeerde",
                        "makes the processing narrower or safer: the reverse")),
                Entry(
                    tone: .added, word: pick("toegevoegd", "added"),
                    meaning: pick("toegevoegd, zonder gevolg voor het risico", "added, no effect on the risk")),
                Entry(
                    tone: .removed, word: pick("verwijderd", "removed"),
                    meaning: pick("verwijderd, zonder gevolg voor het risico", "removed, no effect on the risk")),
                Entry(
                    tone: .changed, word: pick("gewijzigd", "changed"),
                    meaning: pick("gewijzigd, zonder gevolg voor het risico", "changed, no effect on the risk")),
                Entry(
                    tone: .renamed, word: pick("hernoemd", "renamed"),
                    meaning: pick("andere id, zelfde onderdeel", "another id, the same entry")),
                Entry(
                    tone: .attention, word: pick("let op", "attention"),
                    meaning: pick(
                        "vraagt aandacht: zwaardere gegevens, betrokkenen van een andere verantwoordelijke, "
                            + "een nieuwe bevinding zonder maatregel",
                        "needs attention: heavier data, data subjects of another controller, a new finding without a measure")),
                Entry(
                    tone: .resolved, word: pick("opgelost", "resolved"),
                    meaning: pick("bevinding opgelost", "finding resolved")),
                Entry(tone: .note, word: pick("info", "note"), meaning: pick("ter informatie", "for information")),
            ],
            kindColumn: pick("Soort", "Kind"), changeColumn: pick("Wijziging", "Change"),
            placeColumn: pick("Waar", "Where"))
    }

    // MARK: Header

    func subtitle(_ diff: ActivityDiff) -> [Piece] {
        var pieces: [Piece] =
            diff.old.id == diff.new.id
            ? [.code(diff.new.id)] : [.code(diff.old.id), .words(" → "), .code(diff.new.id)]
        if diff.old.version == diff.new.version, let version = diff.new.version {
            pieces += [.words(pick(", versie ", ", version ")), .quote(version)]
        } else if diff.old.version != nil || diff.new.version != nil {
            let unknown = "–"
            pieces += [
                .words(pick(", versie ", ", version ")), .quote(diff.old.version ?? unknown), .words(" → "),
                .quote(diff.new.version ?? unknown),
            ]
        }
        // Versions read from the register have no file name: say nothing rather than "( → )".
        guard !diff.old.file.isEmpty || !diff.new.file.isEmpty else { return pieces }
        return pieces + [.words(" ("), .code(diff.old.file), .words(" → "), .code(diff.new.file), .words(")")]
    }

    /// How much changed, as the page lists it: widenings first, then narrowings, neutral changes, findings.
    func summary(_ diff: ActivityDiff, widening: Int, narrowing: Int, neutral: Int) -> String {
        if diff.isEmpty {
            return pick(
                "Geen inhoudelijke wijzigingen: de verwerking, de risico's en de maatregelen zijn gelijk.",
                "No changes of substance: the processing, the risks and the measures are the same.")
        }
        func count(_ kind: FindingChange.Kind) -> Int { diff.findings.filter { $0.kind == kind }.count }
        var parts: [String] = []
        if widening > 0 {
            parts.append(
                number(
                    widening,
                    pick(
                        "wijziging maakt de verwerking ruimer of riskanter",
                        "change makes the processing wider or riskier"),
                    pick(
                        "wijzigingen maken de verwerking ruimer of riskanter",
                        "changes make the processing wider or riskier")))
        }
        if narrowing > 0, widening > 0 {
            parts.append(
                number(
                    narrowing, pick("maakt haar beperkter of veiliger", "makes it narrower or safer"),
                    pick("maken haar beperkter of veiliger", "make it narrower or safer")))
        } else if narrowing > 0 {
            parts.append(
                number(
                    narrowing,
                    pick(
                        "wijziging maakt de verwerking beperkter of veiliger",
                        "change makes the processing narrower or safer"),
                    pick(
                        "wijzigingen maken de verwerking beperkter of veiliger",
                        "changes make the processing narrower or safer")))
        }
        if neutral > 0 {
            parts.append(
                number(
                    neutral, pick("andere wijziging", "other change"),
                    pick("andere wijzigingen", "other changes")))
        }
        if count(.appeared) > 0 {
            parts.append(
                number(
                    count(.appeared), pick("nieuwe bevinding", "new finding"),
                    pick("nieuwe bevindingen", "new findings")))
        }
        if count(.resolved) > 0 {
            parts.append(
                number(
                    count(.resolved), pick("bevinding opgelost", "finding resolved"),
                    pick("bevindingen opgelost", "findings resolved")))
        }
        if count(.changed) > 0 {
            parts.append(
                number(
                    count(.changed), pick("bevinding gewijzigd", "finding changed"),
                    pick("bevindingen gewijzigd", "findings changed")))
        }
        if diff.preScan?.verdictChanged == true {
            parts.append(pick("de uitkomst van de pre-scan is veranderd", "the pre-scan outcome changed"))
        }
        let sentence = parts.joined(separator: "; ")
        return sentence.prefix(1).uppercased() + sentence.dropFirst() + "."
    }

    func number(_ count: Int, _ singular: String, _ plural: String) -> String {
        "\(count) \(count == 1 ? singular : plural)"
    }

    // MARK: Changes

    /// The tone of a change: its direction, or for a neutral change what happened.
    func tone(_ change: Change) -> DiffDocument.Tone {
        switch (change.direction, change.kind) {
        case (.widening, _): .widening
        case (.narrowing, _): .narrowing
        case (.neutral, .added): .added
        case (.neutral, .removed): .removed
        case (.neutral, .changed): .changed
        case (.neutral, .renamed): .renamed
        }
    }
}
