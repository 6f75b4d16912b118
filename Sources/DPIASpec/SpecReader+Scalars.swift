import DPIAModel

/// Reading single values: text, yes/no, numbers, dates, durations and vocabulary words.
extension SpecReader {
    /// The text of a scalar field with its position; nil when absent or empty, and after an error
    /// when the value is a list or mapping.
    func scalar(_ field: MappingView.Field?, expecting what: @autoclosure () -> String) -> (text: String, mark: TextPosition)? {
        guard let field else { return nil }
        let mark = field.value.position
        guard case .scalar(let scalar) = field.value else {
            error("'\(field.key)' should be \(what()), found \(Self.describe(field.value))", at: mark)
            return nil
        }
        if Self.isNull(scalar) || scalar.string.isEmpty { return nil }
        return (scalar.string, mark)
    }

    /// Optional prose or a label.
    func text(_ view: MappingView, _ key: String) -> String? {
        guard let (text, mark) = scalar(view[key], expecting: "text") else { return nil }
        checkCharacters(text, key: key, at: mark)
        return text
    }

    /// Prose or a label the entry needs; an error when present but empty (absence is reported by the schema).
    func requiredText(_ view: MappingView, _ key: String) -> String? {
        guard let field = view[key] else { return nil }
        if let value = scalar(field, expecting: "text") {
            checkCharacters(value.text, key: key, at: value.mark)
            return value.text
        }
        if case .scalar = field.value { error("'\(key)' is empty", at: field.value.position) }
        return nil
    }

    /// true or false (also yes/no, on/off, ja/nee).
    func bool(_ view: MappingView, _ key: String) -> Bool? {
        guard let (text, mark) = scalar(view[key], expecting: "true or false") else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on", "ja": return true
        case "false", "no", "off", "nee": return false
        default:
            error("'\(key)' should be true or false, found \(Self.quote(text))", at: mark)
            return nil
        }
    }

    /// A whole number such as 12000 (also 12_000).
    func int(_ view: MappingView, _ key: String) -> Int? {
        guard let (text, mark) = scalar(view[key], expecting: "a whole number") else { return nil }
        let digits = text.utf8.filter { $0 != UInt8(ascii: "_") }
        if digits.count <= 18, !digits.isEmpty, digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
           let value = Int(String(decoding: digits, as: UTF8.self)) {
            return value
        }
        error("'\(key)' should be a whole number such as 12000, found \(Self.quote(text))", at: mark)
        return nil
    }

    /// An ISO 8601 calendar date, `2025-06-30`.
    func date(_ view: MappingView, _ key: String) -> CalendarDate? {
        guard let (text, mark) = scalar(view[key], expecting: "a date such as 2025-06-30") else { return nil }
        if let date = CalendarDate(iso: text) { return date }
        error(SpecValueRules.dateProblem(text) ?? "", at: mark)
        return nil
    }

    /// A retention period: ISO 8601 (`P10Y`), words (`10 jaar`, `6 months`) or `as-long-as-needed`.
    func period(_ view: MappingView, _ key: String) -> RetentionPeriod? {
        guard let field = view[key] else { return nil }
        guard let (text, mark) = scalar(field, expecting: "a duration such as P10Y or 10 jaar") else {
            if case .scalar = field.value { error("'\(key)' is empty; write a duration such as P10Y or 10 jaar", at: field.value.position) }
            return nil
        }
        switch text.lowercased() {
        case "as-long-as-needed", "zolang-noodzakelijk": return .asLongAsNeeded
        default: break
        }
        if let duration = ISODuration(parsing: text) { return .duration(duration) }
        error("\(Self.quote(text)) is not a duration; write it like P10Y, P6M, 10 jaar or 6 months "
              + "(or as-long-as-needed)", at: mark)
        return nil
    }

    /// A word of a closed vocabulary, or one of its Dutch aliases.
    func word<V: Vocabulary>(_ view: MappingView, _ key: String, _ noun: String, hint: String = "") -> V? {
        guard let field = view[key] else { return nil }
        guard let (text, mark) = scalar(field, expecting: "one of: \(V.allowedValues.joined(separator: ", "))") else {
            if case .scalar = field.value {
                error("'\(key)' is empty; allowed: \(V.allowedValues.joined(separator: ", "))",
                      at: field.value.position)
            }
            return nil
        }
        return word(text, at: mark, noun, hint: hint)
    }

    /// Parses one vocabulary word written at `mark`.
    func word<V: Vocabulary>(_ text: String, at mark: TextPosition, _ noun: String, hint: String = "") -> V? {
        if let value = V(spelling: text) { return value }
        let candidates = V.allowedValues + V.aliases.keys.sorted()
        let allowed = V.allowedValues.joined(separator: ", ")
        if let suggestion = Suggestion.closest(to: text, in: candidates) {
            error("unknown \(noun) \(Self.quote(text)); did you mean '\(suggestion)'? Allowed: \(allowed)\(hint)", at: mark)
        } else {
            error("unknown \(noun) \(Self.quote(text)); allowed: \(allowed)\(hint)", at: mark)
        }
        return nil
    }
}
