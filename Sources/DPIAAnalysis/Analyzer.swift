import DPIAModel

/// Applies the rule catalogue, the who-sees-whom computation and the pre-scan to an activity.
public struct Analyzer: Sendable {
    public init() {}

    /// Analyses one loaded activity. Pure and deterministic.
    public func assess(_ loaded: LoadedActivity) -> Assessment {
        // Placeholder until the rule catalogue lands (issue 3).
        Assessment(
            activity: loaded.activity, sourceMap: loaded.sourceMap, visibility: VisibilityMatrix(rows: []),
            preScan: PreScan(verdict: .notRequired, criteria: [], reasons: LocalizedText(nl: "", en: "")),
            findings: [])
    }
}
