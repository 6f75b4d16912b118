import DPIAModel

/// One problem as the report shows it: the findings of one rule with the same treatment on
/// several elements (the same employer access in four regions), shown as one risk that lists the
/// elements concerned. Findings that one measure addresses together, and findings of kindred rules
/// on the same element (the consent for after-care lacks both a free choice and its conditions),
/// are one problem too. Finding ids stay per element for measures, the register and diffs.
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
                groups[at].levels = ResidualLevels(
                    before: max(groups[at].levels.before, levels.before),
                    expected: max(groups[at].levels.expected, levels.expected),
                    achieved: max(groups[at].levels.achieved, levels.achieved))
            } else {
                byKey[key] = groups.count
                groups.append(RiskGroup(findings: [index], levels: levels))
            }
        }
        return merged(groups, findings: findings)
    }

    /// Rules that describe sides of one problem when they concern the same element (the same
    /// purpose, role, retention period or part of the privacy statement).
    static let kindred: [Set<String>] = [
        ["consent_from_dependent_subjects", "consent_conditions_missing"],
        ["retention_deletion_not_automated", "retention_without_source", "retention_period_missing"],
        ["usage_logging_not_disclosed", "visibility_not_in_privacy_statement"],
        ["external_role_sees_other_controllers_subjects", "external_role_sees_identifiable_profiles"],
    ]

    /// Joins groups that share a measure of their own or hold kindred rules' findings on the same element; the
    /// joined group sits where its first member sat.
    private static func merged(_ groups: [RiskGroup], findings: [Finding]) -> [RiskGroup] {
        var parent = Array(groups.indices)
        func root(_ at: Int) -> Int { parent[at] == at ? at : root(parent[at]) }
        func join(_ lhs: Int, _ rhs: Int) {
            let (a, b) = (root(lhs), root(rhs))
            if a != b { parent[max(a, b)] = min(a, b) }
        }
        var byMeasure: [String: [Int]] = [:]
        var byElement: [String: Int] = [:]
        for (at, group) in groups.enumerated() {
            for index in group.findings {
                let finding = findings[index]
                for measure in finding.treatment?.measures ?? [] where byMeasure[measure]?.last != at {
                    byMeasure[measure, default: []].append(at)
                }
                guard case .rule(let rule) = finding.origin,
                    let family = kindred.firstIndex(where: { $0.contains(rule) })
                else { continue }
                let element = finding.elementPath.split(separator: "/").prefix(2).joined(separator: "/")
                let key = "\(family) \(element)"
                if let other = byElement[key] { join(other, at) } else { byElement[key] = at }
            }
        }
        // A measure for two risks together makes them one problem; a general one for many does not.
        for linked in byMeasure.values where linked.count == 2 { join(linked[0], linked[1]) }
        var result: [RiskGroup] = []
        var position: [Int: Int] = [:]
        for (at, group) in groups.enumerated() {
            let top = root(at)
            if let into = position[top] {
                result[into].findings += group.findings
                let (old, new) = (result[into].levels, group.levels)
                result[into].levels = ResidualLevels(
                    before: max(old.before, new.before), expected: max(old.expected, new.expected),
                    achieved: max(old.achieved, new.achieved))
            } else {
                position[top] = result.count
                result.append(group)
            }
        }
        return result
    }
}
