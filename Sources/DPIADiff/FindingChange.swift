import DPIAAnalysis
import DPIAModel

/// How a finding stood in one version: its level, and what the plan does about it.
public struct FindingState: Sendable, Hashable, Encodable {
    public var level: Level
    public var residual: Level
    public var addressed: Bool
    public var decision: Decision?
    /// Ids of the measures that address it.
    public var measures: [String]

    public init(_ finding: Finding) {
        level = finding.level; residual = finding.residualLevel; addressed = finding.isAddressed
        decision = finding.treatment?.decision; measures = finding.treatment?.measures ?? []
    }
}

/// A finding that appeared, was resolved, or changed level or treatment between two versions.
public struct FindingChange: Sendable, Hashable, Encodable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case appeared, resolved, changed
    }

    public var kind: Kind
    /// The finding id in the new version (in the old one for resolved findings).
    public var id: String
    public var ruleID: String
    public var title: LocalizedText
    public var message: LocalizedText
    public var old: FindingState?
    public var new: FindingState?
    /// In the new file, or in the old one for resolved findings.
    public var location: SourceLocation

    public init(kind: Kind, finding: Finding, old: FindingState?, new: FindingState?) {
        self.kind = kind; id = finding.id; ruleID = finding.ruleID; title = finding.title
        message = finding.message; self.old = old; self.new = new; location = finding.location
    }

    /// Whether this change puts an unaddressed finding at `level` or above on the table: it is new, or it
    /// was addressed or below `level` before and now is unaddressed at or above it.
    public func isNewUnaddressed(atOrAbove level: Level) -> Bool {
        guard let new, !new.addressed, new.level >= level else { return false }
        guard let old else { return true }
        return old.addressed || old.level < level
    }
}

/// The pre-scan's verdict and criteria, when they changed.
public struct PreScanChange: Sendable, Hashable, Encodable {
    public var oldVerdict: PreScanVerdict
    public var newVerdict: PreScanVerdict
    /// Criteria that apply now and did not before.
    public var nowApplying: [PreScanCriterion]
    /// Criteria that applied before and no longer do.
    public var noLongerApplying: [PreScanCriterion]

    public init(
        oldVerdict: PreScanVerdict, newVerdict: PreScanVerdict, nowApplying: [PreScanCriterion],
        noLongerApplying: [PreScanCriterion]
    ) {
        self.oldVerdict = oldVerdict; self.newVerdict = newVerdict
        self.nowApplying = nowApplying; self.noLongerApplying = noLongerApplying
    }

    public var verdictChanged: Bool { oldVerdict != newVerdict }
}
