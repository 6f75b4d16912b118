import DPIAModel
import DPIAAnalysis

/// Renders DPIA reports and the art. 30 register from Mustache templates.
public struct ReportRenderer: Sendable {
    public init() {}
}
