import DPIAAnalysis
import DPIAModel
import DPIARender

/// The pieces lines are made of: places in the spec, entry names, values, lists.
extension DiffDocumentBuilder {
    func place(_ location: SourceLocation, old: Bool) -> DiffDocument.Location? {
        guard old ? linesKnown.old : linesKnown.new else { return nil }
        let link = old ? links.old : links.new
        return DiffDocument.Location(
            file: location.file, line: location.line, inOldVersion: old,
            url: link?.url(line: location.line))
    }

    /// An entry as the reader knows it: "rol Werkgever uitgenodigd door Utrecht (Jobport)"; with its id
    /// only when another entry has the same name, and as its id when it has no name.
    func entryPieces(_ section: DiffSection, _ id: String, noun withNoun: Bool = true) -> [Piece] {
        let noun = labels.noun(section)
        let head: [Piece] = withNoun && !noun.isEmpty ? [.words(noun + " ")] : []
        return head + name(id, section)
    }

    /// An id said by its name ("Klantnummer"), with the id beside it when the name is shared.
    func name(_ id: String, _ section: DiffSection) -> [Piece] {
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
    func names(_ ids: [String], _ section: DiffSection) -> [Piece] {
        list(ids.map { name($0, section) })
    }

    /// A value as the reader says it: ids by name, vocabulary values in words, periods as "10 jaar".
    func value(_ value: DiffValue?, _ meaning: FieldMeaning?) -> [Piece] {
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
    func items(_ items: [String], _ meaning: FieldMeaning?) -> [Piece] {
        if let section = meaning?.refers { return names(items, section) }
        return list(items.map { [element($0, meaning)] })
    }

    /// One id or enumerated value: by name when the field refers to entries, in words for a vocabulary.
    func element(_ text: String, _ meaning: FieldMeaning?) -> Piece {
        if let section = meaning?.refers, let name = names.name(of: text, in: section), !names.isShared(name, in: section) {
            return .name(name)
        }
        if let spelling = meaning?.spelling { return .quote(spelling(text, words)) }
        return meaning?.refers != nil ? .code(text) : .quote(text)
    }

    /// Pieces joined as "a, b en c".
    func list(_ items: [[Piece]]) -> [Piece] {
        var pieces: [Piece] = []
        for (index, item) in items.enumerated() {
            if index > 0 { pieces.append(.words(index == items.count - 1 ? pick(" en ", " and ") : ", ")) }
            pieces += item
        }
        return pieces
    }

    func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    func capitalised(_ pieces: [Piece]) -> [Piece] {
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
