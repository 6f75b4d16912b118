import Foundation

/// A calendar duration such as a retention period: `P10Y`, `P6M`, "10 jaar", "6 maanden".
public struct ISODuration: Sendable, Hashable, Codable, CustomStringConvertible {
    public var years: Int
    public var months: Int
    public var weeks: Int
    public var days: Int

    public init(years: Int = 0, months: Int = 0, weeks: Int = 0, days: Int = 0) {
        self.years = years; self.months = months; self.weeks = weeks; self.days = days
    }

    /// The ISO 8601 spelling, for example `P10Y` or `P1Y6M`.
    public var description: String {
        var text = "P"
        if years > 0 { text += "\(years)Y" }
        if months > 0 { text += "\(months)M" }
        if weeks > 0 { text += "\(weeks)W" }
        if days > 0 || text == "P" { text += "\(days)D" }
        return text
    }

    /// An approximate length in days, for comparing periods.
    public var approximateDays: Int { years * 365 + months * 30 + weeks * 7 + days }

    /// Parses ISO 8601 (`P10Y`, `P1Y6M`, `P4W`, `P30D`) or Dutch/English words
    /// ("10 jaar", "6 maanden", "4 weken", "30 dagen", "1 year", "2 years and 6 months").
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let iso = Self.parseISO(trimmed) { self = iso; return }
        if let words = Self.parseWords(trimmed.lowercased()) { self = words; return }
        return nil
    }

    private static func parseISO(_ text: String) -> ISODuration? {
        guard text.count >= 3, text.first == "P" || text.first == "p" else { return nil }
        var result = ISODuration()
        var number = ""
        var sawUnit = false
        for character in text.dropFirst() {
            if character.isASCII, character.isNumber {
                number.append(character)
                continue
            }
            guard !number.isEmpty, number.count <= 6, let value = Int(number) else { return nil }
            switch character {
            case "Y", "y": result.years += value
            case "M", "m": result.months += value
            case "W", "w": result.weeks += value
            case "D", "d": result.days += value
            default: return nil
            }
            number = ""
            sawUnit = true
        }
        return sawUnit && number.isEmpty ? result : nil
    }

    private static var unitWords: [(words: [String], path: WritableKeyPath<ISODuration, Int>)] {
        [
            (["jaar", "jaren", "year", "years"], \.years),
            (["maand", "maanden", "month", "months"], \.months),
            (["week", "weken", "weeks"], \.weeks),
            (["dag", "dagen", "day", "days"], \.days),
        ]
    }

    private static func parseWords(_ text: String) -> ISODuration? {
        let tokens = text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
            .filter { $0 != "en" && $0 != "and" }
        guard !tokens.isEmpty, tokens.count.isMultiple(of: 2) else { return nil }
        var result = ISODuration()
        var index = 0
        while index < tokens.count {
            guard tokens[index].count <= 6, let value = Int(tokens[index]),
                let unit = unitWords.first(where: { $0.words.contains(tokens[index + 1]) })
            else { return nil }
            result[keyPath: unit.path] += value
            index += 2
        }
        return result
    }
}
