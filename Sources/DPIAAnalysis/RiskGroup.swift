import DPIAModel

/// One problem as the report shows it: the findings of one rule with the same treatment on
/// several elements (the same employer access in four regions), shown as one risk that lists the
/// elements concerned. Finding ids stay per element for measures, the register and diffs.
public struct RiskGroup: Sendable, Hashable {
    /// Indexes into ``Assessment/findings``, in order; the first one stands for the group.
    public var findings: [Int]
    /// The highest levels of the members.
    public var levels: ResidualLevels

    public init(findings: [Int], levels: ResidualLevels) {
        self.findings = findings; self.levels = levels
    }

    /// Groups findings of one rule (declared risks stay alone) that have the same measures and
    /// decision; each group sits where its first finding sits.
    static func group(_ findings: [Finding], residuals: [ResidualLevels]) -> [RiskGroup] {
        struct Key: Hashable {
            var rule: String
            var measures: [String]
            var decision: Decision?
        }
        var groups: [RiskGroup] = []
        var byKey: [Key: Int] = [:]
        for (index, finding) in findings.enumerated() {
            let levels = residuals[index]
            guard case .rule(let rule) = finding.origin else {
                groups.append(RiskGroup(findings: [index], levels: levels))
                continue
            }
            let key = Key(rule: rule, measures: finding.treatment?.measures ?? [], decision: finding.treatment?.decision)
            if let at = byKey[key] {
                groups[at].findings.append(index)
                groups[at].levels = ResidualLevels(before: max(groups[at].levels.before, levels.before),
                                                   expected: max(groups[at].levels.expected, levels.expected),
                                                   achieved: max(groups[at].levels.achieved, levels.achieved))
            } else {
                byKey[key] = groups.count
                groups.append(RiskGroup(findings: [index], levels: levels))
            }
        }
        return groups
    }
}
