import DPIAModel

/// What a report concludes from the risks of one assessment, computed once so that the summary
/// card, §17 and the management summary say the same: residual levels per finding (expected and
/// achieved), which high risks are accepted or still undecided, and the art. 36 verdict.
public struct Conclusions: Sendable, Hashable {
    /// Per finding, in the order of ``Assessment/findings``.
    public var residuals: [ResidualLevels]
    /// The risks as the report numbers them: one per problem (see ``RiskGroup``).
    public var groups: [RiskGroup]
    /// Indexes of findings whose expected residual level is high and that a measure accepts.
    public var acceptedHigh: [Int]
    /// Indexes of findings whose expected residual level is high and that no measure accepts.
    public var undecidedHigh: [Int]
    /// Indexes of findings that no measure addresses.
    public var unaddressed: [Int]
    public var priorConsultation: PriorConsultation

    /// - Parameter progress: the register's recorded progress per measure id; a measure without an
    ///   entry counts as done only when the spec says so.
    public init(_ assessment: Assessment, progress: [String: MeasureProgress] = [:]) {
        var measures: [String: Measure] = [:]
        for measure in assessment.activity.measures ?? [] where measures[measure.id] == nil { measures[measure.id] = measure }
        var residuals: [ResidualLevels] = []
        var acceptedHigh: [Int] = [], undecidedHigh: [Int] = [], unaddressed: [Int] = []
        for (index, finding) in assessment.findings.enumerated() {
            let before = finding.level
            let expected = finding.residualLevel
            var achieved = before
            for id in finding.treatment?.measures ?? [] {
                guard let measure = measures[id], measure.decision != .accept else { continue }
                let status = progress[id]?.status ?? measure.status
                if status == .done { achieved = min(achieved, measure.residual ?? before) }
            }
            achieved = max(achieved, expected)
            residuals.append(ResidualLevels(before: before, expected: expected, achieved: achieved))
            if finding.treatment == nil { unaddressed.append(index) }
            guard expected == .high else { continue }
            let accepts = (finding.treatment?.measures ?? []).contains { measures[$0]?.decision == .accept }
            if accepts { acceptedHigh.append(index) } else { undecidedHigh.append(index) }
        }
        self.residuals = residuals
        groups = RiskGroup.group(assessment.findings, residuals: residuals)
        self.acceptedHigh = acceptedHigh
        self.undecidedHigh = undecidedHigh
        self.unaddressed = unaddressed
        priorConsultation = !acceptedHigh.isEmpty ? .required : !undecidedHigh.isEmpty ? .toBeDecided : .notRequired
    }
}
