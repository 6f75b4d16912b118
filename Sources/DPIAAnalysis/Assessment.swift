import DPIAModel

/// The result of analysing one activity: the activity, who sees whom, the pre-scan and all findings.
public struct Assessment: Sendable, Hashable {
    public var activity: ProcessingActivity
    public var sourceMap: SourceMap
    public var visibility: VisibilityMatrix
    public var preScan: PreScan
    /// Findings of rules and declared risks, ordered by location then id.
    public var findings: [Finding]

    public init(
        activity: ProcessingActivity, sourceMap: SourceMap, visibility: VisibilityMatrix,
        preScan: PreScan, findings: [Finding]
    ) {
        self.activity = activity; self.sourceMap = sourceMap; self.visibility = visibility
        self.preScan = preScan; self.findings = findings
    }

    /// The art. 36 AVG verdict from the residual levels after the planned measures (see ``Conclusions``).
    public var priorConsultation: PriorConsultation { Conclusions(self).priorConsultation }

    /// Whether the AP must be consulted before processing starts (art. 36 AVG): a high residual risk is accepted.
    public var needsPriorConsultation: Bool { priorConsultation == .required }

    /// Residual levels, accepted and undecided high risks and the art. 36 verdict, with the
    /// register's recorded progress on the measures.
    public func conclusions(progress: [String: MeasureProgress] = [:]) -> Conclusions {
        Conclusions(self, progress: progress)
    }
}
