import DPIAModel

/// Checks on text values beyond their type: forbidden characters, web addresses, and the activity
/// id that names the report files (docs/security.md).
extension SpecReader {
    /// Reports a text of `key` longer than ``SpecLimits/maxTextBytes``, or a control character or a
    /// direction override in it.
    func checkCharacters(_ text: String, key: String, at mark: TextPosition) {
        let length = text.utf8.count
        if length > maxTextBytes {
            error(
                "'\(key)' is \(length) bytes long; one text may be at most \(maxTextBytes) bytes (some 40 pages): "
                    + "shorten it, or refer to a separate document", at: mark)
            return
        }
        if let problem = SpecValueRules.localizedTextProblem(text) {
            error(LocalizedText(nl: "'\(key)' \(problem.nl)", en: "'\(key)' \(problem.en)"), at: mark)
        }
    }

    /// A web address (`https://…` or `http://…`); other schemes such as `javascript:` or `data:`
    /// could run code in a reader's browser when a report links to them.
    func webAddress(_ view: MappingView, _ key: String) -> String? {
        guard let (text, mark) = scalar(view[key], expecting: LocalizedText(nl: "een webadres", en: "a web address")) else { return nil }
        let lowercased = text.lowercased()
        guard lowercased.hasPrefix("https://") || lowercased.hasPrefix("http://"),
            !text.unicodeScalars.contains(where: { $0.properties.isWhitespace || ForbiddenCharacter.isForbidden($0) })
        else {
            error(
                LocalizedText(
                    nl: "'\(key)' hoort een webadres te zijn dat begint met https:// (of http://); gevonden: \(Self.quote(text))",
                    en: "'\(key)' should be a web address starting with https:// (or http://), found \(Self.quote(text))"),
                at: mark)
            return nil
        }
        return text
    }

    /// The activity's `id`: an id that can also name its report folder on every system (``PortableName``).
    func activityID(_ top: MappingView) -> String? {
        guard let field = top["id"] else { return nil }
        guard
            let (id, mark) = filledScalar(
                field, expecting: LocalizedText(nl: "een id", en: "an id"),
                empty: LocalizedText(
                    nl: "'id' is leeg; schrijf de id van de verwerking, zoals 'wmo-intake'",
                    en: "'id' is empty; write the activity's id, such as 'wmo-intake'"))
        else { return nil }
        if let problem = SpecValueRules.localizedActivityIDProblem(id) { error(problem, at: mark) }
        return id
    }

    /// The lists a spec needs at least one entry of, and how messages name an entry.
    static let requiredLists = [
        ("parties", "party"), ("subjects", "category of data subjects"), ("data", "category of personal data"),
        ("purposes", "purpose"),
    ]

    /// Reports a required list (`parties`, `subjects`, `data`, `purposes`) that is written without
    /// entries, as a file cut off after `purposes:` is.
    func checkNotEmpty(_ top: MappingView, _ key: String, noun: String) {
        guard let field = top[key] else { return }
        switch field.value {
        case .sequence(let sequence) where sequence.isEmpty: break
        case .scalar(let scalar) where Self.isNull(scalar): break
        default: return
        }
        error(
            LocalizedText(
                nl: "'\(key)' heeft geen items; een spec beschrijft er minstens één",
                en: "'\(key)' has no entries; a spec describes at least one \(noun)"), at: field.keyMark)
    }
}
