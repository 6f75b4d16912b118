import DPIAModel
import DPIAAnalysis

/// Compares two versions of an activity and their assessments.
public struct ActivityDiffer: Sendable {
    public init() {}
}
