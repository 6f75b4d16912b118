/// A closed list of values a spec key accepts, with the Dutch aliases the loader also accepts.
///
/// Every enumerated key of the format conforms, so that the loader, the JSON Schema test and the
/// documentation read the allowed values from one place.
public protocol Vocabulary: RawRepresentable, CaseIterable, Sendable, Hashable, Codable where RawValue == String {
    /// Accepted alternative spellings (for example Dutch words) mapped to the canonical value.
    static var aliases: [String: Self] { get }
}

extension Vocabulary {
    public static var aliases: [String: Self] { [:] }

    /// The canonical values, in declaration order.
    public static var allowedValues: [String] { allCases.map(\.rawValue) }

    /// Parses a canonical value or an alias.
    public init?(spelling: String) {
        if let value = Self(rawValue: spelling) {
            self = value
        } else if let value = Self.aliases[spelling] {
            self = value
        } else {
            return nil
        }
    }
}

extension Level: Vocabulary {
    public static var aliases: [String: Level] { ["laag": .low, "midden": .medium, "hoog": .high] }
}
