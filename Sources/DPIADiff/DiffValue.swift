/// The value of one field, as the diff compares and shows it.
public enum DiffValue: Sendable, Hashable, Encodable {
    /// A short string written by people: a name, a date, a period.
    case text(String)
    /// An enumerated value or an id, in its spec spelling (`public-task`, `own`, `gemeente-utrecht`).
    case symbol(String)
    /// Markdown prose; compared with runs of whitespace collapsed, so reflowing a paragraph is no change.
    case prose(String)
    case flag(Bool)
    case number(Int)
    /// An unordered list of strings or ids: reordering is no change.
    case list([String])
    /// `all`: every element (a role that sees all data).
    case all

    /// Whether two values mean the same for a reviewer (lists as sets, prose without layout).
    public func isEquivalent(to other: DiffValue) -> Bool {
        switch (self, other) {
        case (.list(let lhs), .list(let rhs)): Set(lhs) == Set(rhs)
        case (.prose(let lhs), .prose(let rhs)), (.prose(let lhs), .text(let rhs)), (.text(let lhs), .prose(let rhs)):
            DiffValue.collapsingWhitespace(lhs) == DiffValue.collapsingWhitespace(rhs)
        default: self == other
        }
    }

    /// The elements of a list value; empty for other values.
    public var elements: [String] {
        if case .list(let items) = self { return items }
        return []
    }

    /// `text` with every run of whitespace replaced by one space, trimmed.
    public static func collapsingWhitespace(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text), .symbol(let text): try container.encode(text)
        case .prose(let text): try container.encode(text)
        case .flag(let flag): try container.encode(flag)
        case .number(let number): try container.encode(number)
        case .list(let items): try container.encode(items)
        case .all: try container.encode("all")
        }
    }
}

extension DiffValue {
    /// A short text, or nil when absent.
    static func string(_ value: String?) -> DiffValue? { value.map(DiffValue.text) }
    /// Prose, or nil when absent or blank.
    static func markdown(_ value: String?) -> DiffValue? {
        guard let value, !value.allSatisfy(\.isWhitespace) else { return nil }
        return .prose(value)
    }
    /// An id of another entry.
    static func id(_ value: String?) -> DiffValue? { value.map(DiffValue.symbol) }
    static func bool(_ value: Bool?) -> DiffValue? { value.map(DiffValue.flag) }
    static func int(_ value: Int?) -> DiffValue? { value.map(DiffValue.number) }
    /// An enumerated value in its spec spelling.
    static func word<Value: RawRepresentable>(_ value: Value?) -> DiffValue? where Value.RawValue == String {
        value.map { .symbol($0.rawValue) }
    }
    /// A list, or nil when empty: an empty list and an absent key mean the same to a reviewer.
    static func items(_ items: [String]?) -> DiffValue? {
        guard let items, !items.isEmpty else { return nil }
        return .list(items)
    }
}
