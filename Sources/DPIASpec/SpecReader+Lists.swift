import DPIAModel

/// Reading ids, references to ids, and lists of values.
extension SpecReader {
    /// The values of a list field (a single value counts as a list of one), each with its position.
    /// Nil when absent; empty when null. `item` names one value in messages ("a data id").
    func values(_ field: MappingView.Field?, of item: @autoclosure () -> String) -> [(text: String, mark: TextPosition)]? {
        guard let field else { return nil }
        let mark = field.value.position
        switch field.value {
        case .scalar(let scalar):
            return Self.isNull(scalar) ? [] : [(scalar.string, mark)]
        case .mapping:
            error(
                LocalizedText(
                    nl: "'\(field.key)' hoort een lijst te zijn; gevonden: \(Self.describe(field.value, .nl))",
                    en: "'\(field.key)' should be a list of \(Self.plural(item())), found \(Self.describe(field.value))"), at: mark)
            return nil
        case .sequence(let sequence):
            guard visit(sequence.count, at: mark) else { return nil }
            var result: [(text: String, mark: TextPosition)] = []
            result.reserveCapacity(sequence.count)
            for node in sequence {
                let itemMark = node.position
                guard case .scalar(let scalar) = node, !Self.isNull(scalar) else {
                    error(
                        LocalizedText(
                            nl: "elk item van '\(field.key)' hoort één waarde te zijn; gevonden: \(Self.describe(node, .nl))",
                            en: "each entry of '\(field.key)' should be \(item()), found \(Self.describe(node))"), at: itemMark)
                    continue
                }
                result.append((scalar.string, itemMark))
            }
            return result
        }
    }

    /// "a data id" → "data ids", for messages.
    static func plural(_ item: String) -> String {
        for article in ["a ", "an "] where item.hasPrefix(article) { return item.dropFirst(article.count) + "s" }
        return item
    }

    // MARK: - Ids

    /// The `id` of a list entry: checks its spelling and uniqueness and registers it.
    func entryID(_ view: MappingView, _ kind: ReferenceKind) -> String? {
        guard let field = view["id"] else { return nil }
        guard
            let (id, mark) = filledScalar(
                field, expecting: LocalizedText(nl: "een id", en: "an id"), empty: LocalizedText(nl: "'id' is leeg", en: "'id' is empty"))
        else { return nil }
        checkIDSpelling(id, at: mark)
        if id == "all", kind == .data || kind == .subject {
            error(
                LocalizedText(
                    nl: "'all' kan niet de id van een \(kind.dutchNoun) zijn: 'all' betekent elk item; kies een andere id",
                    en: "'all' cannot be the id of a \(kind == .data ? "data category" : "subject category"): "
                        + "'all' means every entry; choose another id"), at: mark)
        }
        // One lookup: registers the id, or finds where it was first written.
        if let first = Self.claim(&ids[kind, default: [:]][id], mark) {
            error(
                LocalizedText(
                    nl: "de id \(Self.quote(id)) van een \(kind.dutchNoun) komt twee keer voor (eerst op regel \(first.line))",
                    en: "duplicate \(kind.idNoun) \(Self.quote(id)) (first on line \(first.line))"), at: mark)
        }
        return id
    }

    /// Stores `mark` in an empty slot and returns nil, or returns the mark already there.
    private static func claim(_ slot: inout TextPosition?, _ mark: TextPosition) -> TextPosition? {
        if let first = slot { return first }
        slot = mark
        return nil
    }

    /// An id that names something without being registered (`renamed_from`).
    func plainID(_ view: MappingView, _ key: String) -> String? {
        guard let (id, mark) = scalar(view[key], expecting: LocalizedText(nl: "een id", en: "an id")) else { return nil }
        checkIDSpelling(id, at: mark)
        return id
    }

    /// Lowercase letters, digits and `-`, at most 100 characters (``SpecValueRules/idProblem(_:)``).
    func checkIDSpelling(_ id: String, at mark: TextPosition) {
        if let problem = SpecValueRules.localizedIDProblem(id) { error(problem, at: mark) }
    }

    // MARK: - References

    /// A reference to one id of `kind`, checked once the whole file was read.
    func reference(_ view: MappingView, _ key: String, _ kind: ReferenceKind) -> String? {
        guard let field = view[key] else { return nil }
        guard
            let (id, mark) = filledScalar(
                field, expecting: LocalizedText(nl: "een id", en: "a \(kind.idNoun)"),
                empty: LocalizedText(
                    nl: "'\(key)' is leeg; schrijf de id van een \(kind.dutchNoun)", en: "'\(key)' is empty; write a \(kind.idNoun)"))
        else { return nil }
        references.append((kind, id, mark))
        return id
    }

    /// References to ids of `kind`, each recorded at `path/<id>`.
    func references(_ view: MappingView, _ key: String, _ kind: ReferenceKind, path: ElementPath) -> [String]? {
        guard let items = values(view[key], of: "a \(kind.idNoun)") else { return nil }
        let listPath = join(path, key)
        return items.map { item in
            references.append((kind, item.text, item.mark))
            record(join(listPath, item.text), item.mark)
            return item.text
        }
    }

    /// `all`, or references to ids of `kind`.
    func selection(_ view: MappingView, _ key: String, _ kind: ReferenceKind, path: ElementPath) -> Selection? {
        if let field = view[key], case .scalar(let scalar) = field.value, scalar.string == "all" || scalar.string == "alle" {
            return .all
        }
        return references(view, key, kind, path: path).map { .only($0) }
    }

    /// A list of prose or labels, each recorded at `path/<n>` (0-based).
    func texts(_ view: MappingView, _ key: String, path: ElementPath) -> [String]? {
        guard let items = values(view[key], of: "text") else { return nil }
        let listPath = join(path, key)
        return items.enumerated().map { index, item in
            checkCharacters(item.text, key: key, at: item.mark)
            record(join(listPath, String(index)), item.mark)
            return item.text
        }
    }

    /// A list of vocabulary words, each recorded at `path/<word>`.
    func words<V: Vocabulary>(
        _ view: MappingView, _ key: String, _ noun: String, path: ElementPath,
        hint: String = ""
    ) -> [V]? {
        guard let items = values(view[key], of: "a \(noun)") else { return nil }
        let listPath = join(path, key)
        return items.compactMap { item in
            guard let value: V = word(item.text, at: item.mark, noun, hint: hint) else { return nil }
            record(join(listPath, value.rawValue), item.mark)
            return value
        }
    }

    // MARK: - Checking references

    /// Reports every reference to an unknown id, with a suggestion.
    func checkReferences() {
        guard !stopped else { return }
        var sortedIDs: [ReferenceKind: Suggestion.Candidates] = [:]
        func known(_ kind: ReferenceKind) -> Suggestion.Candidates {
            if let cached = sortedIDs[kind] { return cached }
            // In the order written (several ids can share a line), prepared once for every suggestion.
            let list = Suggestion.Candidates(
                (ids[kind] ?? [:]).sorted {
                    ($0.value.line, $0.value.column) < ($1.value.line, $1.value.column)
                }.map(\.key))
            sortedIDs[kind] = list
            return list
        }
        // Suggestions compare with every id of the list: a budget keeps a file with thousands of
        // ids and as many unknown references fast (real specs stay far below it).
        var comparisonsLeft = Self.suggestionComparisons
        // Each list's ids looked up once per kind, not once per reference.
        let idsByKind = ReferenceKind.allCases.map { ids[$0] ?? [:] }
        for reference in references
        where idsByKind[reference.kind.ordinal][reference.id] == nil
            && (brokenLists.isEmpty || !brokenLists.contains(reference.kind.list))
        {
            let candidates = known(reference.kind)
            let alternatives = Self.alternatives(reference.id, candidates, list: reference.kind.list, budget: &comparisonsLeft)
            error(
                LocalizedText(
                    nl: "onbekende id \(Self.quote(reference.id)) van een \(reference.kind.dutchNoun)" + alternatives.nl,
                    en: "unknown \(reference.kind.idNoun) \(Self.quote(reference.id))" + alternatives.en),
                at: reference.mark)
        }
        for address in addresses where ids[.risk]?[address.text] == nil {
            if IdentifierShape.isRuleID(Substring(address.text)) || IdentifierShape.isFindingID(address.text) {
                continue
            }
            let suggestion = Suggestion.closest(to: address.text, in: known(.risk))
            error(
                LocalizedText(
                    nl: "\(Self.quote(address.text)) in 'addresses' is geen id van een risico, van een regel "
                        + "(zoals retention_no_period) of van een bevinding (zoals rule_id@roles/werkgever)"
                        + (suggestion.map { "; bedoelt u \(Self.quote($0))?" } ?? ""),
                    en: "\(Self.quote(address.text)) in 'addresses' is not a risk id, a rule id "
                        + "(such as retention_no_period) or a finding id (such as rule_id@roles/werkgever)"
                        + (suggestion.map { "; did you mean \(Self.quote($0))?" } ?? "")),
                at: address.mark)
        }
    }

    /// `; did you mean 'x'?`, or the ids that exist.
    /// How many ids unknown references of one file are compared with, in all, for suggestions.
    static let suggestionComparisons = 50_000

    private static func alternatives(
        _ id: String, _ known: Suggestion.Candidates, list: String,
        budget: inout Int
    ) -> LocalizedText {
        if budget >= known.words.count {
            budget -= known.words.count
            if let suggestion = Suggestion.closest(to: id, in: known) {
                return LocalizedText(nl: "; bedoelt u \(quote(suggestion))?", en: "; did you mean \(quote(suggestion))?")
            }
        }
        let candidates = known.words
        if candidates.isEmpty {
            return LocalizedText(nl: "; '\(list)' heeft geen items met een id", en: "; '\(list)' has no entries with an id")
        }
        let shown =
            candidates.prefix(8).map { ForbiddenCharacter.visible($0.count > 40 ? $0.prefix(39) + "…" : $0) }
            .joined(separator: ", ") + (candidates.count > 8 ? ", …" : "")
        return LocalizedText(nl: "; '\(list)' heeft: \(shown)", en: "; '\(list)' has: \(shown)")
    }
}
