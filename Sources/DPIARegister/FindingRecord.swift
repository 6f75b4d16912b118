import DPIAModel
import GRDB

/// A row of `finding`: one finding of the analysis of one version.
public struct FindingRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "finding"

    public var versionID: String
    /// The finding id, `rule_id@element/path`.
    public var id: String
    /// The rule id or the declared risk id.
    public var ruleID: String
    /// `rule` or `declared-risk`.
    public var origin: String
    public var elementPath: String
    /// The Dutch title, for reading the register without the program.
    public var title: String
    public var likelihood: Level
    public var impact: Level
    /// The level before measures.
    public var level: Level
    /// The level after measures.
    public var residual: Level
    public var addressed: Bool
    public var decision: Decision?
    /// JSON array of the ids of the measures that address the finding.
    public var measures: String

    public init(
        versionID: String, id: String, ruleID: String, origin: String, elementPath: String, title: String,
        likelihood: Level, impact: Level, level: Level, residual: Level, addressed: Bool,
        decision: Decision?, measures: String
    ) {
        self.versionID = versionID; self.id = id; self.ruleID = ruleID; self.origin = origin
        self.elementPath = elementPath; self.title = title; self.likelihood = likelihood; self.impact = impact
        self.level = level; self.residual = residual; self.addressed = addressed; self.decision = decision
        self.measures = measures
    }

    enum CodingKeys: String, CodingKey {
        case versionID = "version_id", id, ruleID = "rule_id", origin, elementPath = "element_path", title
        case likelihood, impact, level, residual, addressed, decision, measures
    }
}
