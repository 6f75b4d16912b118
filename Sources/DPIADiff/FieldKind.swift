import DPIAModel

/// What a field means for the risk of the processing. ``direction(from:to:)`` is the one table that
/// classes every change of the diff as widening, narrowing or neutral; each field description (and
/// each kind of entry, for entries added or removed) names its kind.
///
/// | kind | widening | narrowing |
/// |---|---|---|
/// | `descriptive` | never | never |
/// | `exposure` (data, parties, populations, users, risk flags) | more: an element, `true`, a higher number, a value where there was none | less |
/// | `safeguard` (measures, grounds, conditions, safeguard flags) | less: an element, `true` → `false`, a value gone | more |
/// | `scale` (authentication, scope, deletion, levels, status) | a step towards the risky end; a value gone | a step towards the safe end |
/// | `retention` | a longer period; "as long as needed" is longest | a shorter one |
/// | `dataKind` | a heavier legal class (ordinary → sensitive → special, criminal, national id) | a lighter one |
/// | `deadline` | later (postponed), or gone | earlier |
enum FieldKind: Sendable, Hashable {
    case descriptive
    case exposure
    case safeguard
    /// The spec spellings from the safest to the riskiest value; an absent value counts as beyond the riskiest.
    case scale([String])
    case retention
    case dataKind
    case deadline

    /// A scale of vocabulary values, from the safest to the riskiest.
    static func ordered<Value: Vocabulary>(_ values: [Value]) -> FieldKind { .scale(values.map(\.rawValue)) }

    /// Whether going from `old` to `new` (nil: absent) widens, narrows or neither.
    func direction(from old: DiffValue?, to new: DiffValue?) -> Direction {
        switch self {
        case .descriptive:
            return .neutral
        case .exposure:
            let (grew, shrank) = Self.amount(old, new)
            return grew ? .widening : shrank ? .narrowing : .neutral
        case .safeguard:
            let (grew, shrank) = Self.amount(old, new)
            return shrank ? .widening : grew ? .narrowing : .neutral
        case .scale(let order):
            func rank(_ value: DiffValue?) -> Int? {
                guard let value else { return order.count }
                guard case .symbol(let word) = value else { return nil }
                return order.firstIndex(of: word)
            }
            return Self.compare(rank(old), rank(new))
        case .retention:
            func length(_ value: DiffValue?) -> Double? {
                guard case .symbol(let period)? = value, period != "as-long-as-needed" else { return .infinity }
                // Months as a twelfth of a year, so that P12M and P1Y are the same length.
                return ISODuration(parsing: period).map {
                    Double($0.years) * 365.25 + Double($0.months) * 30.4375 + Double($0.weeks * 7 + $0.days)
                }
            }
            return Self.compare(length(old), length(new))
        case .dataKind:
            func weight(_ value: DiffValue?) -> Int? {
                guard case .symbol(let word)? = value, let kind = DataKind(rawValue: word) else { return nil }
                switch kind.classification {
                case .ordinary: return 0
                case .sensitive: return 1
                case .special, .criminal, .nationalID: return 2
                }
            }
            return Self.compare(weight(old), weight(new))
        case .deadline:
            func day(_ value: DiffValue?) -> String? {
                guard let value else { return "9999-99-99" }
                guard case .text(let date) = value else { return nil }
                return date
            }
            return Self.compare(day(old), day(new))
        }
    }

    /// Widening when the value moved up, narrowing when it moved down; neutral when either is unknown.
    private static func compare<Value: Comparable>(_ old: Value?, _ new: Value?) -> Direction {
        guard let old, let new, old != new else { return .neutral }
        return new > old ? .widening : .narrowing
    }

    /// Whether there is more of the value (an element, `true`, a higher number, a value where there was
    /// none) and whether there is less. A list that gained one element and lost another did both.
    private static func amount(_ old: DiffValue?, _ new: DiffValue?) -> (grew: Bool, shrank: Bool) {
        switch (old, new) {
        case (.number(let lhs)?, .number(let rhs)?): return (rhs > lhs, rhs < lhs)
        case (.number?, nil), (nil, .number?): return (false, false)
        case (.all?, .all?): return (false, false)
        case (.list?, .all?), (nil, .all?): return (true, false)
        case (.all?, .list?), (.all?, nil): return (false, true)
        default: break
        }
        let before = Set(elements(old)), after = Set(elements(new))
        return (!after.subtracting(before).isEmpty, !before.subtracting(after).isEmpty)
    }

    /// A value as a set of what it holds: list elements, `true`, or the value itself; absent, `false`,
    /// an empty list and blank text hold nothing.
    private static func elements(_ value: DiffValue?) -> [String] {
        switch value {
        case nil, .flag(false)?: return []
        case .flag(true)?: return ["true"]
        case .list(let items)?: return items
        case .prose(let text)?, .text(let text)?, .symbol(let text)?:
            return text.allSatisfy(\.isWhitespace) ? [] : ["value"]
        case .number(let number)?: return [String(number)]
        case .all?: return ["all"]
        }
    }
}
