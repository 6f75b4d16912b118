import DPIAModel

/// Reading single values: text, yes/no, numbers, dates, durations and vocabulary words.
extension SpecReader {
    /// The text of a scalar field with its position; nil when absent or empty, and after an error
    /// when the value is a list or mapping.
    func scalar(_ field: MappingView.Field?, expecting what: @autoclosure () -> LocalizedText) -> (text: String, mark: TextPosition)? {
        guard let field else { return nil }
        let mark = field.value.position
        guard case .scalar(let scalar) = field.value else {
            error(
                LocalizedText(
                    nl: "'\(field.key)' hoort \(what().nl) te zijn; gevonden: \(Self.describe(field.value, .nl))",
                    en: "'\(field.key)' should be \(what().en), found \(Self.describe(field.value))"), at: mark)
            return nil
        }
        if Self.isNull(scalar) || scalar.string.isEmpty { return nil }
        return (scalar.string, mark)
    }

    /// ``scalar(_:expecting:)`` of a value the entry needs: when it is present but empty, `empty` is the error
    /// (absence is reported by the schema).
    func filledScalar(
        _ field: MappingView.Field, expecting what: @autoclosure () -> LocalizedText, empty: @autoclosure () -> LocalizedText
    ) -> (text: String, mark: TextPosition)? {
        if let value = scalar(field, expecting: what()) { return value }
        if case .scalar = field.value { error(empty(), at: field.value.position) }
        return nil
    }

    /// Optional prose or a label.
    func text(_ view: MappingView, _ key: String) -> String? {
        guard let (text, mark) = scalar(view[key], expecting: LocalizedText(nl: "tekst", en: "text")) else { return nil }
        checkCharacters(text, key: key, at: mark)
        return text
    }

    /// Prose or a label the entry needs; an error when present but empty (absence is reported by the schema).
    func requiredText(_ view: MappingView, _ key: String) -> String? {
        guard let field = view[key] else { return nil }
        guard
            let value = filledScalar(
                field, expecting: LocalizedText(nl: "tekst", en: "text"),
                empty: LocalizedText(nl: "'\(key)' is leeg", en: "'\(key)' is empty"))
        else { return nil }
        checkCharacters(value.text, key: key, at: value.mark)
        return value.text
    }

    /// true or false (also yes/no, on/off, ja/nee).
    func bool(_ view: MappingView, _ key: String) -> Bool? {
        guard let (text, mark) = scalar(view[key], expecting: LocalizedText(nl: "true of false", en: "true or false")) else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on", "ja": return true
        case "false", "no", "off", "nee": return false
        default:
            error(
                LocalizedText(
                    nl: "'\(key)' hoort true of false te zijn; gevonden: \(Self.quote(text))",
                    en: "'\(key)' should be true or false, found \(Self.quote(text))"), at: mark)
            return nil
        }
    }

    /// A whole number such as 12000 (also 12_000).
    func int(_ view: MappingView, _ key: String) -> Int? {
        guard let (text, mark) = scalar(view[key], expecting: LocalizedText(nl: "een geheel getal", en: "a whole number")) else {
            return nil
        }
        let digits = text.utf8.filter { $0 != UInt8(ascii: "_") }
        if digits.count <= 18, !digits.isEmpty, digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
            let value = Int(String(decoding: digits, as: UTF8.self))
        {
            return value
        }
        error(
            LocalizedText(
                nl: "'\(key)' hoort een geheel getal zoals 12000 te zijn; gevonden: \(Self.quote(text))",
                en: "'\(key)' should be a whole number such as 12000, found \(Self.quote(text))"), at: mark)
        return nil
    }

    /// An ISO 8601 calendar date, `2025-06-30`.
    func date(_ view: MappingView, _ key: String) -> CalendarDate? {
        guard
            let (text, mark) = scalar(
                view[key], expecting: LocalizedText(nl: "een datum zoals 2025-06-30", en: "a date such as 2025-06-30"))
        else { return nil }
        if let date = CalendarDate(iso: text) { return date }
        error(SpecValueRules.localizedDateProblem(text) ?? LocalizedText(""), at: mark)
        return nil
    }

    /// A retention period: ISO 8601 (`P10Y`), words (`10 jaar`, `6 months`) or `as-long-as-needed`.
    func period(_ view: MappingView, _ key: String) -> RetentionPeriod? {
        guard let field = view[key] else { return nil }
        guard
            let (text, mark) = filledScalar(
                field, expecting: LocalizedText(nl: "een duur zoals P10Y of 10 jaar", en: "a duration such as P10Y or 10 jaar"),
                empty: LocalizedText(
                    nl: "'\(key)' is leeg; schrijf een duur zoals P10Y of 10 jaar",
                    en: "'\(key)' is empty; write a duration such as P10Y or 10 jaar"))
        else { return nil }
        switch text.lowercased() {
        case "as-long-as-needed", "zolang-noodzakelijk": return .asLongAsNeeded
        default: break
        }
        if let duration = ISODuration(parsing: text) { return .duration(duration) }
        error(
            LocalizedText(
                nl: "\(Self.quote(text)) is geen duur; schrijf die als P10Y, P6M, 10 jaar of 6 maanden (of as-long-as-needed)",
                en: "\(Self.quote(text)) is not a duration; write it like P10Y, P6M, 10 jaar or 6 months "
                    + "(or as-long-as-needed)"), at: mark)
        return nil
    }

    /// A word of a closed vocabulary, or one of its Dutch aliases.
    func word<V: Vocabulary>(_ view: MappingView, _ key: String, _ noun: String, hint: String = "") -> V? {
        guard let field = view[key] else { return nil }
        let allowed = V.allowedValues.joined(separator: ", ")
        guard
            let (text, mark) = filledScalar(
                field, expecting: LocalizedText(nl: "een van: \(allowed)", en: "one of: \(allowed)"),
                empty: LocalizedText(nl: "'\(key)' is leeg; toegestaan: \(allowed)", en: "'\(key)' is empty; allowed: \(allowed)"))
        else { return nil }
        return word(text, at: mark, noun, hint: hint)
    }

    /// Parses one vocabulary word written at `mark`.
    func word<V: Vocabulary>(_ text: String, at mark: TextPosition, _ noun: String, hint: String = "") -> V? {
        if let value = V(spelling: text) { return value }
        let candidates = V.allowedValues + V.aliases.keys.sorted()
        let allowed = V.allowedValues.joined(separator: ", ")
        if let suggestion = Suggestion.closest(to: text, in: candidates) {
            error(
                LocalizedText(
                    nl: "onbekende waarde \(Self.quote(text)) (\(noun)); bedoelt u '\(suggestion)'? Toegestaan: \(allowed)\(hint)",
                    en: "unknown \(noun) \(Self.quote(text)); did you mean '\(suggestion)'? Allowed: \(allowed)\(hint)"), at: mark)
        } else {
            error(
                LocalizedText(
                    nl: "onbekende waarde \(Self.quote(text)) (\(noun)); toegestaan: \(allowed)\(hint)",
                    en: "unknown \(noun) \(Self.quote(text)); allowed: \(allowed)\(hint)"), at: mark)
        }
        return nil
    }
}
