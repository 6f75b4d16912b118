import DPIAModel
import DPIAAnalysis

/// Turns an ``ActivityDiff`` into the "what changed" page in one language.
struct DiffDocumentBuilder {
    typealias Piece = DiffDocument.Piece
    typealias Line = DiffDocument.Line

    let labels: DiffLabels
    /// Whether each side has line numbers; a side without (a recorded version) gets no locations.
    private var linesKnown = (old: true, new: true)

    init(labels: DiffLabels) { self.labels = labels }

    private func pick(_ nl: String, _ en: String) -> String { labels.pick(nl, en) }

    func build(_ diff: ActivityDiff) -> DiffDocument {
        var builder = self
        builder.linesKnown = (old: diff.old.hasLineNumbers, new: diff.new.hasLineNumbers)
        return builder.document(diff)
    }

    private func document(_ diff: ActivityDiff) -> DiffDocument {
        var blocks: [DiffDocument.Block] = []
        func add(_ heading: String, _ lines: [Line]) {
            if !lines.isEmpty { blocks.append(DiffDocument.Block(heading: heading, lines: lines)) }
        }
        add(pick("Let op", "Attention"), diff.highlights.map(highlight))
        var processingLines = 0
        for section in DiffSection.allCases where section.isProcessing {
            let changes = diff.changes(in: section)
            let lines = section == .visibility ? visibility(changes) : changes.map(line)
            processingLines += lines.count
            add(labels.heading(section), lines)
        }
        add(pick("Pre-scan: is een DPIA verplicht?", "Pre-scan: is a DPIA required?"), diff.preScan.map(preScan) ?? [])
        add(pick("Bevindingen", "Findings"), diff.findings.map(finding))
        add(labels.heading(.risks), diff.changes(in: .risks).map(line))
        add(labels.heading(.measures), diff.changes(in: .measures).map(line))
        return DiffDocument(
            title: pick("Wat is er veranderd: ", "What changed: ") + diff.new.title, subtitle: subtitle(diff),
            summary: summary(diff, processingLines: processingLines), blocks: blocks, lineWord: pick("regel", "line"),
            oldVersionWord: pick("oude versie", "old version"))
    }

    // MARK: Header

    private func subtitle(_ diff: ActivityDiff) -> [Piece] {
        var pieces: [Piece] = diff.old.id == diff.new.id
            ? [.code(diff.new.id)] : [.code(diff.old.id), .words(" → "), .code(diff.new.id)]
        if diff.old.version == diff.new.version, let version = diff.new.version {
            pieces += [.words(pick(", versie ", ", version ")), .quote(version)]
        } else if diff.old.version != nil || diff.new.version != nil {
            let unknown = pick("zonder versie", "no version")
            pieces += [.words(pick(", versie ", ", version ")), .quote(diff.old.version ?? unknown), .words(" → "),
                       .quote(diff.new.version ?? unknown)]
        }
        return pieces + [.words(" ("), .code(diff.old.file), .words(" → "), .code(diff.new.file), .words(")")]
    }

    /// How much changed, counting changes as the page lists them (who sees whom grouped per role).
    private func summary(_ diff: ActivityDiff, processingLines processing: Int) -> String {
        if diff.isEmpty {
            return pick("Geen inhoudelijke wijzigingen: de verwerking, de risico's en de maatregelen zijn gelijk.",
                        "No changes of substance: the processing, the risks and the measures are the same.")
        }
        let plan = diff.changes.count { !$0.section.isProcessing }
        func count(_ kind: FindingChange.Kind) -> Int { diff.findings.filter { $0.kind == kind }.count }
        var parts: [String] = []
        if processing > 0 {
            parts.append(number(processing, pick("wijziging in de verwerking", "change in the processing"),
                                pick("wijzigingen in de verwerking", "changes in the processing")))
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
        if plan > 0 {
            parts.append(number(plan, pick("wijziging in risico's en maatregelen", "change in risks and measures"),
                                pick("wijzigingen in risico's en maatregelen", "changes in risks and measures")))
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

    /// One change as a line: an entry added, removed or renamed, or a field changed.
    private func line(_ change: Change) -> Line {
        let location = place(change.location, old: change.kind == .removed)
        let noun = labels.noun(change.section)
        let entry: [Piece] = change.entry.map { noun.isEmpty ? [.code($0)] : [.words(noun + " "), .code($0)] } ?? []
        guard let field = change.field else {
            switch change.kind {
            case .added:
                return Line(tone: .added, pieces: [.words(pick("Toegevoegd: ", "Added: "))] + entry + name(change.new),
                            location: location, details: change.details.filter { $0.value != change.new }.map { detail in
                                [.words(labels.field(detail.field, in: change.section) + ": ")] + value(detail.value)
                            })
            case .removed:
                return Line(tone: .removed, pieces: [.words(pick("Verwijderd: ", "Removed: "))] + entry + name(change.old),
                            location: location)
            case .renamed, .changed:
                return Line(tone: .renamed, pieces: [.words(pick("Hernoemd: ", "Renamed: ") + noun + " ")]
                            + value(change.old) + [.words(" → ")] + value(change.new), location: location)
            }
        }
        var pieces = entry.isEmpty ? [] : capitalised(entry) + [.words(" — ")]
        let label = labels.field(field, in: change.section)
        pieces.append(.words(pieces.isEmpty ? capitalised(label) : label))
        var details: [[Piece]] = []
        let isProse = change.old?.isProse == true || change.new?.isProse == true
        switch change.kind {
        case .added where isProse:
            pieces.append(.words(pick(" toegevoegd", " added")))
            details = [value(change.new)]
        case .added:
            pieces += [.words(pick(" toegevoegd: ", " added: "))] + value(change.new)
        case .removed where isProse:
            pieces.append(.words(pick(" verwijderd", " removed")))
            details = [[.words(pick("was: ", "was: "))] + value(change.old)]
        case .removed:
            pieces += [.words(pick(" verwijderd (was: ", " removed (was: "))] + value(change.old) + [.words(")")]
        case .changed, .renamed:
            if case .list = change.old, case .list = change.new {
                pieces += listDelta(change)
            } else if isProse {
                pieces.append(.words(pick(" gewijzigd", " changed")))
                details = [[.words(pick("was: ", "was: "))] + value(change.old),
                           [.words(pick("nu: ", "now: "))] + value(change.new)]
            } else {
                pieces += [.words(": ")] + value(change.old) + [.words(" → ")] + value(change.new)
            }
        }
        return Line(tone: change.kind == .removed ? .removed : change.kind == .added ? .added : .changed,
                    pieces: pieces, location: location, details: details)
    }

    private func listDelta(_ change: Change) -> [Piece] {
        let (added, removed) = change.listDelta
        var pieces: [Piece] = [.words(": ")]
        if !added.isEmpty { pieces += [.words(pick("erbij ", "added "))] + items(added) }
        if !added.isEmpty, !removed.isEmpty { pieces.append(.words("; ")) }
        if !removed.isEmpty { pieces += [.words(pick("eraf ", "removed "))] + items(removed) }
        return pieces
    }

    /// The who-sees-whom changes grouped per role: which subject categories it sees now, no longer, or differently.
    private func visibility(_ changes: [Change]) -> [Line] {
        struct Group { var own: [String] = []; var other: [String] = []; var gone: [String] = []
                       var location: SourceLocation?; var oldLocation: SourceLocation? }
        var groups: [String: Group] = [:]
        var order: [String] = []
        var changed: [Line] = []
        let role = pick("Rol ", "Role ")
        for change in changes {
            guard let key = change.entry else { continue }
            let roleID = VisibilityCell.role(ofKey: key), subject = String(key.dropFirst(roleID.count + 1))
            if groups[roleID] == nil { order.append(roleID) }
            var group = groups[roleID] ?? Group()
            switch (change.kind, change.field) {
            case (.added, nil):
                let other = change.details.contains { $0.field == "relation" && $0.value == .symbol("other") }
                if other { group.other.append(subject) } else { group.own.append(subject) }
                group.location = group.location ?? change.location
            case (.removed, nil):
                group.gone.append(subject)
                group.oldLocation = group.oldLocation ?? change.location
            default:
                var line = line(change)
                line.pieces = [.words(role), .code(roleID), .words(pick(" over ", " about ")), .code(subject)]
                    + line.pieces.drop { $0 != .words(" — ") }
                changed.append(line)
            }
            groups[roleID] = group
        }
        var lines: [Line] = []
        for roleID in order {
            guard let group = groups[roleID] else { continue }
            let head: [Piece] = [.words(role), .code(roleID)]
            if !group.other.isEmpty, let location = group.location {
                lines.append(Line(tone: .attention, pieces: head + [.words(pick(
                    " ziet nu ook betrokkenen van een andere verwerkingsverantwoordelijke: ",
                    " now also sees data subjects of another controller: "))] + items(group.other),
                    location: place(location, old: false)))
            }
            if !group.own.isEmpty, let location = group.location {
                lines.append(Line(tone: .added, pieces: head + [.words(pick(
                    " ziet nu ook: ", " now also sees: "))] + items(group.own), location: place(location, old: false)))
            }
            if !group.gone.isEmpty, let location = group.oldLocation {
                lines.append(Line(tone: .removed, pieces: head + [.words(pick(
                    " ziet niet meer: ", " no longer sees: "))] + items(group.gone), location: place(location, old: true)))
            }
        }
        return lines + changed
    }

    // MARK: Highlights, pre-scan, findings

    private func highlight(_ highlight: Highlight) -> Line {
        let location = place(highlight.location, old: false)
        switch highlight.kind {
        case .heavierDataClass:
            let kind = highlight.newValue.flatMap(DataKind.init(rawValue:))
            let phrase = kind.map(labels.dataClass) ?? ""
            if let old = highlight.oldValue {
                return Line(tone: .attention, pieces: [.words(pick("Gegevens ", "Data item ")), .code(highlight.entry),
                    .words(pick(" zijn nu ", " is now ") + phrase + pick(" (soort ", " (kind ")),
                    .code(highlight.newValue ?? ""), .words(pick(", was ", ", was ")), .code(old), .words(").")],
                    location: location)
            }
            return Line(tone: .attention, pieces: [.words(pick("Nieuwe gegevens ", "New data item ")),
                .code(highlight.entry), .words(pick(" zijn ", " is ") + phrase + pick(" (soort ", " (kind ")),
                .code(highlight.newValue ?? ""), .words(").")], location: location)
        case .seesOtherControllersSubjects:
            return Line(tone: .attention, pieces: [.words(pick("Rol ", "Role ")), .code(highlight.entry),
                .words(pick(" ziet nu betrokkenen van een andere verwerkingsverantwoordelijke: ",
                            " now sees data subjects of another controller: "))] + items(highlight.items),
                location: location)
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
            Line(tone: .added, pieces: [.words(pick("Criterium geldt nu: ", "Criterion now applies: ")),
                                        .quote(criterion.title[labels.language]), .words(" ("), .code(criterion.id),
                                        .words(")")], location: nil, details: reason(criterion))
        }
        lines += change.noLongerApplying.map { criterion in
            Line(tone: .removed, pieces: [.words(pick("Criterium geldt niet meer: ", "Criterion no longer applies: ")),
                                          .quote(criterion.title[labels.language]), .words(" ("), .code(criterion.id),
                                          .words(")")], location: nil)
        }
        return lines
    }

    private func reason(_ criterion: PreScanCriterion) -> [[Piece]] {
        let text = criterion.reason[labels.language]
        return text.isEmpty ? [] : [[.quote(text)]]
    }

    private func finding(_ change: FindingChange) -> Line {
        let title: [Piece] = [.quote(change.title[labels.language]), .words(" ("), .code(change.id), .words(")")]
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
            if let old = change.old, let new = change.new {
                if old.level != new.level {
                    details.append([.words(pick("risiconiveau: ", "risk level: ") + labels.level(old.level) + " → "
                                           + labels.level(new.level))])
                }
                if old.addressed != new.addressed || old.decision != new.decision || old.residual != new.residual {
                    details.append([.words(pick("was: ", "was: "))] + treatment(old))
                    details.append([.words(pick("nu: ", "now: "))] + treatment(new))
                }
            }
            return Line(tone: .changed, pieces: [.words(pick("Gewijzigd: ", "Changed: "))] + title,
                        location: place(change.location, old: false), details: details)
        }
    }

    /// What the plan does about a finding, in words.
    private func treatment(_ state: FindingState) -> [Piece] {
        guard state.addressed else {
            return [.words(pick("nog geen maatregel", "no measure yet"))]
        }
        var pieces: [Piece] = [.words(pick("maatregel ", "measure "))] + items(state.measures)
        if let decision = state.decision { pieces.append(.words(" (\(labels.decision(decision)))")) }
        pieces.append(.words(pick(", restrisico ", ", residual risk ") + labels.level(state.residual)))
        return pieces
    }

    // MARK: Pieces

    private func place(_ location: SourceLocation, old: Bool) -> DiffDocument.Location? {
        guard old ? linesKnown.old : linesKnown.new else { return nil }
        return DiffDocument.Location(file: location.file, line: location.line, inOldVersion: old)
    }

    /// An entry's human name in parentheses, when it has one.
    private func name(_ value: DiffValue?) -> [Piece] {
        guard let value else { return [] }
        return [.words(" (")] + self.value(value) + [.words(")")]
    }

    private func value(_ value: DiffValue?) -> [Piece] {
        guard let value else { return [] }
        switch value {
        case .symbol(let text): return [.code(text)]
        case .list(let list) where !list.isEmpty: return items(list)
        case .text, .prose: return [.quote(labels.value(value))]
        default: return [.code(labels.value(value))]
        }
    }

    /// A comma-separated list: ids as code, phrases as text.
    private func items(_ items: [String]) -> [Piece] {
        var pieces: [Piece] = []
        for (index, item) in items.enumerated() {
            if index > 0 { pieces.append(.words(", ")) }
            pieces.append(item.contains(" ") ? .quote(item) : .code(item))
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
