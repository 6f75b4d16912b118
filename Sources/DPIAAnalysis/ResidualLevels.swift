import DPIAModel

/// The level of one finding before measures, after the planned measures (expected) and after the
/// measures that are done (achieved). Accepting a risk never lowers its level: only measures that
/// mitigate, avoid or transfer it count, and a level never rises above the level before measures.
public struct ResidualLevels: Sendable, Hashable, Codable {
    public var before: Level
    /// After every planned measure that addresses the finding (the plan's stated residual levels).
    public var expected: Level
    /// After the measures whose status is done (the register's recorded progress, else the spec's status).
    public var achieved: Level

    public init(before: Level, expected: Level, achieved: Level) {
        self.before = before; self.expected = expected; self.achieved = achieved
    }

    /// Whether the plan still has to bring the level down to what it expects.
    public var isPending: Bool { achieved != expected }
}
