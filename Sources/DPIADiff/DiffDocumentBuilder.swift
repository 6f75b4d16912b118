import DPIAModel
import DPIAAnalysis
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
    private var linesKnown = (old: true, new: true)
    private var names = EntryNames()

    init(labels: DiffLabels, links: (old: SourceLink?, new: SourceLink?) = (nil, nil)) {
        self.labels = labels; self.words = ValueWords(language: labels.language); self.links = links
    }

    private func pick(_ nl: String, _ en: String) -> String { labels.pick(nl, en) }

    func build(_ diff: ActivityDiff) -> DiffDocument {
        var builder = self
        builder.linesKnown = (old: diff.old.hasLineNumbers, new: diff.new.hasLineNumbers)
        builder.names = diff.names
        return builder.document(diff)
    }

    private func document(_ diff: ActivityDiff) -> DiffDocument {
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
    private func pageWords() -> DiffDocument.Words {
        typealias Entry = DiffDocument.LegendEntry
        return DiffDocument.Words(
            line: pick("regel", "line"), oldVersion: pick("oude versie", "old version"),
            legendHeading: pick("Legenda", "Legend"),
            legend: [
                Entry(tone: .widening, word: pick("ruimer", "wider"), meaning: pick(
                    "maakt de verwerking ruimer of riskanter: meer gegevens, meer partijen of groepen die ze zien, "
                        + "zwakkere authenticatie, langer bewaren, een grond of waarborg minder, een maatregel "
                        + "geschrapt of uitgesteld",
                    "makes the processing wider or riskier: more data, more parties or populations that see it, "
                        + "weaker authentication, longer retention, a ground or safeguard removed, a measure "
                        + "dropped or postponed")),
                Entry(tone: .narrowing, word: pick("beperkter", "narrower"), meaning: pick(
                    "maakt de verwerking beperkter of veiliger: het omgekeerde",
                    "makes the processing narrower or safer: the reverse")),
                Entry(tone: .added, word: pick("toegevoegd", "added"),
                      meaning: pick("toegevoegd, zonder gevolg voor het risico", "added, no effect on the risk")),
                Entry(tone: .removed, word: pick("verwijderd", "removed"),
                      meaning: pick("verwijderd, zonder gevolg voor het risico", "removed, no effect on the risk")),
                Entry(tone: .changed, word: pick("gewijzigd", "changed"),
                      meaning: pick("gewijzigd, zonder gevolg voor het risico", "changed, no effect on the risk")),
                Entry(tone: .renamed, word: pick("hernoemd", "renamed"),
                      meaning: pick("andere id, zelfde onderdeel", "another id, the same entry")),
                Entry(tone: .attention, word: pick("let op", "attention"), meaning: pick(
                    "vraagt aandacht: zwaardere gegevens, betrokkenen van een andere verantwoordelijke, "
                        + "een nieuwe bevinding zonder maatregel",
                    "needs attention: heavier data, data subjects of another controller, a new finding without a measure")),
                Entry(tone: .resolved, word: pick("opgelost", "resolved"),
                      meaning: pick("bevinding opgelost", "finding resolved")),
                Entry(tone: .note, word: pick("info", "note"), meaning: pick("ter informatie", "for information")),
            ],
            kindColumn: pick("Soort", "Kind"), changeColumn: pick("Wijziging", "Change"),
            placeColumn: pick("Waar", "Where"))
    }

    // MARK: Header

    private func subtitle(_ diff: ActivityDiff) -> [Piece] {
        var pieces: [Piece] = diff.old.id == diff.new.id
            ? [.code(diff.new.id)] : [.code(diff.old.id), .words(" → "), .code(diff.new.id)]
        if diff.old.version == diff.new.version, let version = diff.new.version {
            pieces += [.words(pick(", versie ", ", version ")), .quote(version)]
        } else if diff.old.version != nil || diff.new.version != nil {
            let unknown = "–"
            pieces += [.words(pick(", versie ", ", version ")), .quote(diff.old.version ?? unknown), .words(" → "),
                       .quote(diff.new.version ?? unknown)]
        }
        // Versions read from the register have no file name: say nothing rather than "( → )".
        guard !diff.old.file.isEmpty || !diff.new.file.isEmpty else { return pieces }
        return pieces + [.words(" ("), .code(diff.old.file), .words(" → "), .code(diff.new.file), .words(")")]
    }

    /// How much changed, as the page lists it: widenings first, then narrowings, neutral changes, findings.
    private func summary(_ diff: ActivityDiff, widening: Int, narrowing: Int, neutral: Int) -> String {
        if diff.isEmpty {
            return pick("Geen inhoudelijke wijzigingen: de verwerking, de risico's en de maatregelen zijn gelijk.",
                        "No changes of substance: the processing, the risks and the measures are the same.")
        }
        func count(_ kind: FindingChange.Kind) -> Int { diff.findings.filter { $0.kind == kind }.count }
        var parts: [String] = []
        if widening > 0 {
            parts.append(number(widening, pick("wijziging maakt de verwerking ruimer of riskanter",
                                               "change makes the processing wider or riskier"),
                                pick("wijzigingen maken de verwerking ruimer of riskanter",
                                     "changes make the processing wider or riskier")))
        }
        if narrowing > 0, widening > 0 {
            parts.append(number(narrowing, pick("maakt haar beperkter of veiliger", "makes it narrower or safer"),
                                pick("maken haar beperkter of veiliger", "make it narrower or safer")))
        } else if narrowing > 0 {
            parts.append(number(narrowing, pick("wijziging maakt de verwerking beperkter of veiliger",
                                                "change makes the processing narrower or safer"),
                                pick("wijzigingen maken de verwerking beperkter of veiliger",
                                     "changes make the processing narrower or safer")))
        }
        if neutral > 0 {
            parts.append(number(neutral, pick("andere wijziging", "other change"),
                                pick("andere wijzigingen", "other changes")))
        }
        if count(.appeared) > 0 {
            parts.append(number(count(.appeared), pick("nieuwe bevinding", "new finding"),
                                pick("nieuwe bevindingen", "new findings")))
        }
        if count(.resolved) > 0 {
            parts.append(number(count(.resolved), pick("bevinding opgelost", "finding resolved"),
                                pick("bevindingen opgelost", "findings resolved")))
        }
        if count(.changed) > 0 {
            parts.append(number(count(.changed), pick("bevinding gewijzigd", "finding changed"),
                                pick("bevindingen gewijzigd", "findings changed")))
        }
        if diff.preScan?.verdictChanged == true {
            parts.append(pick("de uitkomst van de pre-scan is veranderd", "the pre-scan outcome changed"))
        }
        let sentence = parts.joined(separator: "; ")
        return sentence.prefix(1).uppercased() + sentence.dropFirst() + "."
    }

    private func number(_ count: Int, _ singular: String, _ plural: String) -> String {
        "\(count) \(count == 1 ? singular : plural)"
    }

    // MARK: Changes

    /// The tone of a change: its direction, or for a neutral change what happened.
    private func tone(_ change: Change) -> DiffDocument.Tone {
        switch (change.direction, change.kind) {
        case (.widening, _): .widening
        case (.narrowing, _): .narrowing
        case (.neutral, .added): .added
        case (.neutral, .removed): .removed
        case (.neutral, .changed): .changed
        case (.neutral, .renamed): .renamed
        }
    }

    /// One change as a line: an entry added, removed or renamed, or a field changed. Outside its
    /// section (`inSection` false), a field of a section without entries says the section.
    private func line(_ change: Change, inSection: Bool) -> Line {
        let location = place(change.location, old: change.kind == .removed)
        let entry = change.entry.map { entryPieces(change.section, $0) } ?? []
        guard let field = change.field else {
            switch change.kind {
            case .added:
                let details = change.details.filter { $0.field != "name" }.map { detail in
                    [.words(labels.field(detail.field, in: change.section) + ": ")]
                        + value(detail.value, FieldDescriptions.meaning(of: detail.field, in: change.section))
                }
                return Line(tone: tone(change), pieces: [.words(pick("Toegevoegd: ", "Added: "))] + entry,
                            location: location, details: details)
            case .removed:
                return Line(tone: tone(change), pieces: [.words(pick("Verwijderd: ", "Removed: "))] + entry,
                            location: location)
            case .renamed, .changed:
                return Line(tone: tone(change), pieces: [.words(pick("Hernoemd: ", "Renamed: "))] + entry
                            + [.words(" (id ")] + [.code(labels.value(change.old ?? .text(""))), .words(" → "),
                                                   .code(labels.value(change.new ?? .text(""))), .words(")")],
                            location: location)
            }
        }
        let meaning = FieldDescriptions.meaning(of: field, in: change.section)
        var pieces: [Piece] = entry.isEmpty ? [] : capitalised(entry) + [.words(" — ")]
        if entry.isEmpty, !inSection, labels.noun(change.section).isEmpty {
            pieces = [.words(labels.heading(change.section) + " — ")]
        }
        let label = labels.field(field, in: change.section)
        pieces.append(.words(pieces.isEmpty ? capitalised(label) : label))
        var details: [[Piece]] = []
        let isProse = change.old?.isProse == true || change.new?.isProse == true
        switch change.kind {
        case .added where isProse:
            pieces.append(.words(pick(" toegevoegd", " added")))
            details = [value(change.new, meaning)]
        case .added:
            pieces += [.words(pick(" toegevoegd: ", " added: "))] + value(change.new, meaning)
        case .removed where isProse:
            pieces.append(.words(pick(" verwijderd", " removed")))
            details = [[.words(pick("was: ", "was: "))] + value(change.old, meaning)]
        case .removed:
            pieces += [.words(pick(" verwijderd (was: ", " removed (was: "))] + value(change.old, meaning) + [.words(")")]
        case .changed, .renamed:
            if case .list = change.old, case .list = change.new {
                pieces += [.words(": ")] + listDelta(change, meaning)
            } else if isProse {
                pieces.append(.words(pick(" gewijzigd", " changed")))
                details = [[.words(pick("was: ", "was: "))] + value(change.old, meaning),
                           [.words(pick("nu: ", "now: "))] + value(change.new, meaning)]
            } else {
                pieces += [.words(": ")] + value(change.old, meaning) + [.words(" → ")] + value(change.new, meaning)
            }
        }
        return Line(tone: tone(change), pieces: pieces, location: location, details: details)
    }

    /// "erbij Klantnummer; eraf Foto" for a list that gained and lost elements.
    private func listDelta(_ change: Change, _ meaning: FieldMeaning?) -> [Piece] {
        let (added, removed) = change.listDelta
        var pieces: [Piece] = []
        if !added.isEmpty { pieces += [.words(pick("erbij ", "added "))] + items(added, meaning) }
        if !added.isEmpty, !removed.isEmpty { pieces.append(.words("; ")) }
        if !removed.isEmpty { pieces += [.words(pick("eraf ", "removed "))] + items(removed, meaning) }
        return pieces
    }

    /// The who-sees-whom changes, one line per cause: per role, the populations it sees now, no longer
    /// or differently, and a change that touches several populations the same way (a data item the role
    /// now sees of every population) once, naming the populations.
    private func visibility(_ changes: [Change]) -> [Line] {
        struct Group {
            var role: String
            var change: Change
            var subjects: [String]
        }
        var groups: [Group] = []
        var index: [String: Int] = [:]
        for change in changes {
            guard let key = change.entry else { continue }
            let role = VisibilityCell.role(ofKey: key), subject = String(key.dropFirst(role.count + 1))
            let other = change.details.contains { $0.field == "relation" && $0.value == .symbol("other") }
            let cause: String
            switch (change.kind, change.field) {
            case (.added, nil): cause = other ? "added-other" : "added"
            case (.removed, nil): cause = "removed"
            default:
                let delta = change.listDelta
                cause = "\(change.field ?? "")|\(change.direction)|\(delta.added.sorted())|\(delta.removed.sorted())"
                    + (change.old?.elements.isEmpty == false || change.new?.elements.isEmpty == false
                       ? "" : "|\(String(describing: change.old))|\(String(describing: change.new))")
            }
            let groupKey = role + "\u{0}" + cause
            if let position = index[groupKey] {
                groups[position].subjects.append(subject)
            } else {
                index[groupKey] = groups.count
                groups.append(Group(role: role, change: change, subjects: [subject]))
            }
        }
        return groups.map { group in
            let change = group.change
            let head = entryPieces(.roles, group.role)
            let populations = names(group.subjects, .subjects)
            let location = place(change.location, old: change.kind == .removed)
            switch (change.kind, change.field) {
            case (.added, nil):
                let other = change.details.contains { $0.field == "relation" && $0.value == .symbol("other") }
                return Line(tone: tone(change), pieces: capitalised(head) + [.words(other
                    ? pick(" ziet nu ook betrokkenen van een andere verwerkingsverantwoordelijke: ",
                           " now also sees data subjects of another controller: ")
                    : pick(" ziet nu ook: ", " now also sees: "))] + populations, location: location)
            case (.removed, nil):
                return Line(tone: tone(change), pieces: capitalised(head) + [.words(pick(" ziet niet meer: ",
                    " no longer sees: "))] + populations, location: location)
            case (.changed, "data"?) where change.direction != .neutral:
                // "Rol X ziet nu ook Klantnummer van: A, B en C"
                let (added, removed) = change.listDelta
                let meaning = FieldDescriptions.meaning(of: "data", in: .visibility)
                var pieces = capitalised(head)
                if !added.isEmpty { pieces += [.words(pick(" ziet nu ook ", " now also sees "))] + items(added, meaning) }
                if !added.isEmpty, !removed.isEmpty { pieces.append(.words(pick(" en niet meer ", " and no longer "))) }
                if added.isEmpty { pieces.append(.words(pick(" ziet niet meer ", " no longer sees "))) }
                if !removed.isEmpty { pieces += items(removed, meaning) }
                return Line(tone: tone(change), pieces: pieces + [.words(pick(" van: ", " of: "))] + populations,
                            location: location)
            default:
                var line = line(change, inSection: true)
                line.pieces = capitalised(head) + [.words(pick(" bij ", " for "))] + populations
                    + Array(line.pieces.drop { $0 != .words(" — ") })
                return line
            }
        }
    }

    // MARK: Highlights, pre-scan, findings

    private func highlight(_ highlight: Highlight) -> Line {
        let location = place(highlight.location, old: false)
        switch highlight.kind {
        case .heavierDataClass:
            let kind = highlight.newValue.flatMap(DataKind.init(rawValue:))
            let phrase = kind.map(labels.dataClass) ?? ""
            let item = entryPieces(.data, highlight.entry, noun: false)
            let newKind = kind.map(words.word) ?? highlight.newValue ?? ""
            if let old = highlight.oldValue {
                let oldKind = DataKind(rawValue: old).map(words.word) ?? old
                return Line(tone: .attention, pieces: [.words(pick("Gegevens ", "Data item "))] + item
                    + [.words(pick(" zijn nu ", " is now ") + phrase + pick(" (soort ", " (kind ")),
                       .quote(newKind), .words(pick(", was ", ", was ")), .quote(oldKind), .words(").")],
                    location: location)
            }
            return Line(tone: .attention, pieces: [.words(pick("Nieuwe gegevens ", "New data item "))] + item
                + [.words(pick(" zijn ", " is ") + phrase + pick(" (soort ", " (kind ")), .quote(newKind),
                   .words(").")], location: location)
        case .seesOtherControllersSubjects:
            return Line(tone: .attention, pieces: capitalised(entryPieces(.roles, highlight.entry))
                + [.words(pick(" ziet nu betrokkenen van een andere verwerkingsverantwoordelijke: ",
                               " now sees data subjects of another controller: "))]
                + names(highlight.items, .subjects), location: location)
        }
    }

    private func preScan(_ change: PreScanChange) -> [Line] {
        var lines: [Line] = []
        if change.verdictChanged {
            lines.append(Line(tone: .attention, pieces: [.words(pick("Uitkomst: ", "Outcome: ")),
                .words(labels.verdict(change.oldVerdict)), .words(" → "), .words(labels.verdict(change.newVerdict))],
                location: nil))
        }
        lines += change.nowApplying.map { criterion in
            Line(tone: .widening, pieces: [.words(pick("Criterium geldt nu: ", "Criterion now applies: ")),
                                           .quote(criterion.title[labels.language])],
                 location: nil, details: reason(criterion))
        }
        lines += change.noLongerApplying.map { criterion in
            Line(tone: .narrowing, pieces: [.words(pick("Criterium geldt niet meer: ", "Criterion no longer applies: ")),
                                            .quote(criterion.title[labels.language])], location: nil)
        }
        return lines
    }

    private func reason(_ criterion: PreScanCriterion) -> [[Piece]] {
        let text = criterion.reason[labels.language]
        return text.isEmpty ? [] : [[.quote(text)]]
    }

    /// A finding by its title and the entry it is about ("bij rol Werkgever ..."), not by its id.
    private func finding(_ change: FindingChange) -> Line {
        var title: [Piece] = [.quote(change.title[labels.language])]
        let about = findingSubject(change.id)
        if !about.isEmpty { title += [.words(pick(" — ", " — "))] + about }
        switch change.kind {
        case .appeared:
            let state = change.new ?? change.old
            var details: [[Piece]] = []
            let message = change.message[labels.language]
            if !message.isEmpty { details.append([.quote(message)]) }
            if let state { details.append(treatment(state)) }
            return Line(tone: state?.addressed == true ? .added : .attention,
                        pieces: [.words(pick("Nieuw", "New") + " [\(labels.level(state?.level ?? .low))]: ")] + title,
                        location: place(change.location, old: false), details: details)
        case .resolved:
            return Line(tone: .resolved,
                        pieces: [.words(pick("Opgelost", "Resolved") + " [\(labels.level(change.old?.level ?? .low))]: ")]
                            + title, location: place(change.location, old: true))
        case .changed:
            var details: [[Piece]] = []
            var tone = DiffDocument.Tone.changed
            if let old = change.old, let new = change.new {
                if old.level != new.level {
                    details.append([.words(pick("risiconiveau: ", "risk level: ") + labels.level(old.level) + " → "
                                           + labels.level(new.level))])
                    tone = new.level > old.level ? .widening : .narrowing
                }
                if old.addressed != new.addressed || old.decision != new.decision || old.residual != new.residual {
                    details.append([.words(pick("was: ", "was: "))] + treatment(old))
                    details.append([.words(pick("nu: ", "now: "))] + treatment(new))
                }
                // A measure that now addresses it narrows; one that no longer does widens (a risk rising wins).
                if tone == .changed, old.addressed != new.addressed { tone = new.addressed ? .narrowing : .widening }
            }
            return Line(tone: tone, pieces: [.words(pick("Gewijzigd: ", "Changed: "))] + title,
                        location: place(change.location, old: false), details: details)
        }
    }

    /// The entry a finding id (`rule@section/id/...`) is about, by name; empty when it names none.
    private func findingSubject(_ id: String) -> [Piece] {
        guard let at = id.firstIndex(of: "@") else { return [] }
        let parts = id[id.index(after: at)...].split(separator: "/").map(String.init)
        guard parts.count >= 2, let section = DiffSection(rawValue: parts[0]), section != .general else { return [] }
        guard labels.noun(section).isEmpty else { return entryPieces(section, parts[1]) }
        // A section without entries: "Beveiliging — maatregelen: Versleuteling van opgeslagen gegevens".
        var pieces: [Piece] = [.words(labels.heading(section).lowercased() + ", " + labels.field(parts[1], in: section))]
        if parts.count >= 3 {
            pieces += [.words(": "), element(parts[2], FieldDescriptions.meaning(of: parts[1], in: section))]
        }
        return pieces
    }

    /// What the plan does about a finding, in words.
    private func treatment(_ state: FindingState) -> [Piece] {
        guard state.addressed else {
            return [.words(pick("nog geen maatregel", "no measure yet"))]
        }
        var pieces: [Piece] = [.words(pick("maatregel ", "measure "))] + names(state.measures, .measures)
        if let decision = state.decision { pieces.append(.words(" (\(labels.decision(decision)))")) }
        pieces.append(.words(pick(", restrisico ", ", residual risk ") + labels.level(state.residual)))
        return pieces
    }

    // MARK: Pieces

    private func place(_ location: SourceLocation, old: Bool) -> DiffDocument.Location? {
        guard old ? linesKnown.old : linesKnown.new else { return nil }
        let link = old ? links.old : links.new
        return DiffDocument.Location(file: location.file, line: location.line, inOldVersion: old,
                                     url: link?.url(line: location.line))
    }

    /// An entry as the reader knows it: "rol Werkgever uitgenodigd door Utrecht (Jobport)"; with its id
    /// only when another entry has the same name, and as its id when it has no name.
    private func entryPieces(_ section: DiffSection, _ id: String, noun withNoun: Bool = true) -> [Piece] {
        let noun = labels.noun(section)
        let head: [Piece] = withNoun && !noun.isEmpty ? [.words(noun + " ")] : []
        return head + name(id, section)
    }

    /// An id said by its name ("Klantnummer"), with the id beside it when the name is shared.
    private func name(_ id: String, _ section: DiffSection) -> [Piece] {
        if section == .risks, names.name(of: id, in: section) == nil {
            // What a measure addresses: a rule (said by its title), one finding of it, or a declared risk.
            let rule = String(id.prefix { $0 != "@" })
            guard let title = RuleRegistry.rule(id: rule)?.description.title[labels.language] else { return [.code(id)] }
            let about = findingSubject(id)
            return [.quote(title)] + (about.isEmpty ? [] : [.words(" (")] + about + [.words(")")])
        }
        guard let name = names.name(of: id, in: section) else { return [.code(id)] }
        return names.isShared(name, in: section) ? [.name(name), .words(" ("), .code(id), .words(")")] : [.name(name)]
    }

    /// Ids said by their names, as a list: "A, B en C".
    private func names(_ ids: [String], _ section: DiffSection) -> [Piece] {
        list(ids.map { name($0, section) })
    }

    /// A value as the reader says it: ids by name, vocabulary values in words, periods as "10 jaar".
    private func value(_ value: DiffValue?, _ meaning: FieldMeaning?) -> [Piece] {
        guard let value else { return [] }
        switch value {
        case .symbol(let text): return [element(text, meaning)]
        case .list(let list) where !list.isEmpty: return items(list, meaning)
        case .text(let text) where meaning?.kind == .deadline:
            return [.quote(CalendarDate(iso: text).map(words.date) ?? text)]
        case .text, .prose: return [.quote(labels.value(value))]
        default: return [.quote(labels.value(value))]
        }
    }

    /// The elements of a list value as the reader says them.
    private func items(_ items: [String], _ meaning: FieldMeaning?) -> [Piece] {
        if let section = meaning?.refers { return names(items, section) }
        return list(items.map { [element($0, meaning)] })
    }

    /// One id or enumerated value: by name when the field refers to entries, in words for a vocabulary.
    private func element(_ text: String, _ meaning: FieldMeaning?) -> Piece {
        if let section = meaning?.refers, let name = names.name(of: text, in: section), !names.isShared(name, in: section) {
            return .name(name)
        }
        if let spelling = meaning?.spelling { return .quote(spelling(text, words)) }
        return meaning?.refers != nil ? .code(text) : .quote(text)
    }

    /// Pieces joined as "a, b en c".
    private func list(_ items: [[Piece]]) -> [Piece] {
        var pieces: [Piece] = []
        for (index, item) in items.enumerated() {
            if index > 0 { pieces.append(.words(index == items.count - 1 ? pick(" en ", " and ") : ", ")) }
            pieces += item
        }
        return pieces
    }

    private func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    private func capitalised(_ pieces: [Piece]) -> [Piece] {
        guard case .words(let first)? = pieces.first else { return pieces }
        return [.words(capitalised(first))] + pieces.dropFirst()
    }
}

extension DiffValue {
    var isProse: Bool {
        if case .prose = self { return true }
        return false
    }
}
