/// What one pass of the benchmark measured, in one process.
struct PassMeasurement: Sendable, Codable {
    /// `floor`, `check` or `pipeline`.
    var pass: String
    /// The stages the pass ran, in order.
    var stages: [Stage]
    var files: Int
    var bytes: Int
    /// Wall seconds of the pass, without process start and without listing the files.
    var wall: Double
    /// CPU seconds of the process during the pass (user + system, all threads).
    var cpu: Double
    /// Peak resident memory of the process at the end of the pass, in bytes.
    var peakMemory: Int
    /// CPU seconds per stage, summed over all threads.
    var stageCPU: [String: Double]
    /// Specs that did not validate.
    var invalid: Int
    /// Findings of the analysis (0 when the pass does not analyse).
    var findings: Int
    /// Bytes of rendered Markdown and HTML (0 when the pass does not render).
    var renderedBytes: Int
}
