import DPIAModel

/// One check of the catalogue: a small, pure function of the activity and the shared analysis context.
///
/// Every rule lives in its own file under `Rules/`, is listed in ``RuleRegistry/rules`` and carries a
/// static ``RuleDescription`` with examples that the test suite runs. Rules never call each other.
public protocol Rule: Sendable {
    /// What the rule checks, why, and examples that trigger it and that do not.
    static var description: RuleDescription { get }

    init()

    /// The places in the activity where the rule is violated.
    func validate(_ context: AnalysisContext) -> [Violation]
}

/// A rule about the plan itself: it looks at the findings after measures were applied
/// (for example: an accepted high residual risk needs prior consultation of the AP).
public protocol PlanRule: Rule {
    /// The violations, given every finding of the other rules with its treatment.
    func validate(_ context: AnalysisContext, findings: [Finding]) -> [Violation]
}

extension PlanRule {
    public func validate(_ context: AnalysisContext) -> [Violation] { [] }
}
