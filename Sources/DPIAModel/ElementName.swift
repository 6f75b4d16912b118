import Foundation

/// How a report names an element of the spec for a reader: by the name the spec gives it, quoted
/// („…” in Dutch, “…” in English), or where the spec gives none by what it is ("van Gemeente Utrecht
/// naar Matchcare"); the id only when nothing readable exists. Ids belong in the technical annex.
public enum ElementName {
    /// A name quoted the way each language quotes: „naam” / “name”.
    public static func quoted(_ name: String) -> LocalizedText {
        LocalizedText(nl: "„\(name)”", en: "“\(name)”")
    }

    /// A purpose's name, else the first line of its description, else its id; unquoted.
    public static func plain(_ purpose: Purpose) -> String {
        if let name = purpose.name, !isBlank(name) { return name }
        return firstLine(of: purpose.description) ?? purpose.id
    }

    /// A purpose, quoted: „Begeleiding naar werk door matching”.
    public static func of(_ purpose: Purpose) -> LocalizedText { quoted(plain(purpose)) }

    /// A role by its name (its id when it has none), quoted: „Accountmanager WSP”.
    public static func of(_ role: Role) -> LocalizedText {
        quoted(role.name.flatMap { isBlank($0) ? nil : $0 } ?? role.id)
    }

    /// A flow by who gives and who receives: "van Gemeente Utrecht naar Werkgevers Utrecht".
    public static func of(_ flow: Flow, partyName: (String) -> String) -> LocalizedText {
        LocalizedText(
            nl: "van \(partyName(flow.from)) naar \(partyName(flow.to))",
            en: "from \(partyName(flow.from)) to \(partyName(flow.to))")
    }

    /// A retention period, to follow the word "bewaartermijn": its criterion when that is a short
    /// label („Afgebroken aanvraag”), else the data it keeps ("voor Klantnummer en Profiel").
    public static func of(_ rule: RetentionRule, dataName: (String) -> String) -> LocalizedText {
        if let line = firstLine(of: rule.criterion), line.count <= 40, rule.criterion?.contains("\n") != true {
            return quoted(line.hasSuffix(".") ? String(line.dropLast()) : line)
        }
        let names = rule.data.map(dataName)
        guard !names.isEmpty else { return quoted(rule.key) }
        func list(_ language: ReportLanguage) -> String {
            if names.count <= 3 { return names.joinedList(language) }
            let rest = names.count - 2
            return (Array(names.prefix(2)) + [language == .nl ? "\(rest) andere gegevens" : "\(rest) other data items"])
                .joinedList(language)
        }
        return LocalizedText(nl: "voor \(list(.nl))", en: "for \(list(.en))")
    }

    /// A measure by the first sentence of its description (shortened at a word to about 80
    /// characters), else its id; quoted.
    public static func of(_ measure: Measure) -> LocalizedText {
        let text = (measure.description ?? "").split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            .trimmingCharacters(in: CharacterSet(charactersIn: "\"'„“” "))
        var sentence = text.range(of: ". ").map { String(text[..<$0.lowerBound]) } ?? text
        if sentence.hasSuffix(".") { sentence.removeLast() }
        sentence = sentence.trimmingCharacters(in: CharacterSet(charactersIn: "\"'„“” "))
        guard !sentence.isEmpty else { return quoted(measure.id) }
        if sentence.count > 80 {
            let cut = sentence.prefix(80)
            sentence = String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + " …"
        }
        return quoted(sentence)
    }

    private static func firstLine(of text: String?) -> String? {
        guard
            let line = text?.split(whereSeparator: \.isNewline).first?
                .trimmingCharacters(in: .whitespaces), !line.isEmpty
        else { return nil }
        return line
    }

    private static func isBlank(_ text: String) -> Bool { text.allSatisfy(\.isWhitespace) }
}
