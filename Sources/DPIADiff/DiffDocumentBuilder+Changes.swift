import DPIAAnalysis
import DPIAModel
import DPIARender

/// The lines of field changes, list deltas, the who-sees-whom matrix and the highlights.
extension DiffDocumentBuilder {
    /// One change as a line: an entry added, removed or renamed, or a field changed. Outside its
    /// section (`inSection` false), a field of a section without entries says the section.
    func line(_ change: Change, inSection: Bool) -> Line {
        let location = place(change.location, old: change.kind == .removed)
        let entry = change.entry.map { entryPieces(change.section, $0) } ?? []
        guard let field = change.field else {
            switch change.kind {
            case .added:
                let details = change.details.filter { $0.field != "name" }.map { detail in
                    [.words(labels.field(detail.field, in: change.section) + ": ")]
                        + value(detail.value, FieldDescriptions.meaning(of: detail.field, in: change.section))
                }
                return Line(
                    tone: tone(change), pieces: [.words(pick("Toegevoegd: ", "Added: "))] + entry,
                    location: location, details: details)
            case .removed:
                return Line(
                    tone: tone(change), pieces: [.words(pick("Verwijderd: ", "Removed: "))] + entry,
                    location: location)
            case .renamed, .changed:
                return Line(
                    tone: tone(change),
                    pieces: [.words(pick("Hernoemd: ", "Renamed: "))] + entry
                        + [.words(" (id ")] + [
                            .code(labels.value(change.old ?? .text(""))), .words(" → "),
                            .code(labels.value(change.new ?? .text(""))), .words(")"),
                        ],
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
                details = [
                    [.words(pick("was: ", "was: "))] + value(change.old, meaning),
                    [.words(pick("nu: ", "now: "))] + value(change.new, meaning),
                ]
            } else {
                pieces += [.words(": ")] + value(change.old, meaning) + [.words(" → ")] + value(change.new, meaning)
            }
        }
        return Line(tone: tone(change), pieces: pieces, location: location, details: details)
    }

    /// "erbij Klantnummer; eraf Foto" for a list that gained and lost elements.
    func listDelta(_ change: Change, _ meaning: FieldMeaning?) -> [Piece] {
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
    func visibility(_ changes: [Change]) -> [Line] {
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
                cause =
                    "\(change.field ?? "")|\(change.direction)|\(delta.added.sorted())|\(delta.removed.sorted())"
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
                return Line(
                    tone: tone(change),
                    pieces: capitalised(head) + [
                        .words(
                            other
                                ? pick(
                                    " ziet nu ook betrokkenen van een andere verwerkingsverantwoordelijke: ",
                                    " now also sees data subjects of another controller: ")
                                : pick(" ziet nu ook: ", " now also sees: "))
                    ] + populations, location: location)
            case (.removed, nil):
                return Line(
                    tone: tone(change),
                    pieces: capitalised(head) + [
                        .words(
                            pick(
                                " ziet niet meer: ",
                                " no longer sees: "))
                    ] + populations, location: location)
            case (.changed, "data"?) where change.direction != .neutral:
                // "Rol X ziet nu ook Klantnummer van: A, B en C"
                let (added, removed) = change.listDelta
                let meaning = FieldDescriptions.meaning(of: "data", in: .visibility)
                var pieces = capitalised(head)
                if !added.isEmpty { pieces += [.words(pick(" ziet nu ook ", " now also sees "))] + items(added, meaning) }
                if !added.isEmpty, !removed.isEmpty { pieces.append(.words(pick(" en niet meer ", " and no longer "))) }
                if added.isEmpty { pieces.append(.words(pick(" ziet niet meer ", " no longer sees "))) }
                if !removed.isEmpty { pieces += items(removed, meaning) }
                return Line(
                    tone: tone(change), pieces: pieces + [.words(pick(" van: ", " of: "))] + populations,
                    location: location)
            default:
                var line = line(change, inSection: true)
                line.pieces =
                    capitalised(head) + [.words(pick(" bij ", " for "))] + populations
                    + Array(line.pieces.drop { $0 != .words(" — ") })
                return line
            }
        }
    }

    // MARK: Highlights

    func highlight(_ highlight: Highlight) -> Line {
        let location = place(highlight.location, old: false)
        switch highlight.kind {
        case .heavierDataClass:
            let kind = highlight.newValue.flatMap(DataKind.init(rawValue:))
            let phrase = kind.map(labels.dataClass) ?? ""
            let item = entryPieces(.data, highlight.entry, noun: false)
            let newKind = kind.map(words.word) ?? highlight.newValue ?? ""
            if let old = highlight.oldValue {
                let oldKind = DataKind(rawValue: old).map(words.word) ?? old
                return Line(
                    tone: .attention,
                    pieces: [.words(pick("Gegevens ", "Data item "))] + item
                        + [
                            .words(pick(" zijn nu ", " is now ") + phrase + pick(" (soort ", " (kind ")),
                            .quote(newKind), .words(pick(", was ", ", was ")), .quote(oldKind), .words(")."),
                        ],
                    location: location)
            }
            return Line(
                tone: .attention,
                pieces: [.words(pick("Nieuwe gegevens ", "New data item "))] + item
                    + [
                        .words(pick(" zijn ", " is ") + phrase + pick(" (soort ", " (kind ")), .quote(newKind),
                        .words(")."),
                    ], location: location)
        case .seesOtherControllersSubjects:
            return Line(
                tone: .attention,
                pieces: capitalised(entryPieces(.roles, highlight.entry))
                    + [
                        .words(
                            pick(
                                " ziet nu betrokkenen van een andere verwerkingsverantwoordelijke: ",
                                " now sees data subjects of another controller: "))
                    ]
                    + names(highlight.items, .subjects), location: location)
        }
    }
}
