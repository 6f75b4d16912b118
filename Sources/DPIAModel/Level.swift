/// A three-step scale used for likelihood, impact and risk level (Rijksmodel: laag / midden / hoog).
public enum Level: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case low, medium, high

    private var rank: Int {
        switch self {
        case .low: 0
        case .medium: 1
        case .high: 2
        }
    }

    public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rank < rhs.rank }

    /// The risk level of a likelihood and an impact on the Rijksmodel 3×3 matrix.
    ///
    /// | impact \ likelihood | low | medium | high |
    /// |---|---|---|---|
    /// | high | low | high | high |
    /// | medium | low | medium | high |
    /// | low | low | low | low |
    public static func risk(likelihood: Level, impact: Level) -> Level {
        switch (likelihood, impact) {
        case (.low, _), (_, .low): .low
        case (.medium, .medium): .medium
        default: .high
        }
    }
}
