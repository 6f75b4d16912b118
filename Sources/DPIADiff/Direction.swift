/// Whether a change makes the processing wider or riskier, narrower or safer, or neither; read from
/// the one table in ``FieldKind``. The "what changed" page lists widenings first.
public enum Direction: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// More data, more parties or populations that see it, weaker authentication, longer retention,
    /// a ground removed, a measure dropped or postponed.
    case widening
    /// The opposite: less data, fewer who see it, a safeguard added.
    case narrowing
    /// Neither: a name, a description, a reference that moved.
    case neutral

    /// The page's order: widenings, then narrowings, then the rest.
    public static func < (lhs: Direction, rhs: Direction) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// Widening and narrowing swapped.
    var reversed: Direction {
        switch self {
        case .widening: .narrowing
        case .narrowing: .widening
        case .neutral: .neutral
        }
    }
}
