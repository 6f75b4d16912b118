import DPIAModel
import Foundation

/// A line on a terminal that says how far a long run is ("specs read: 2,560 of 10,000"), rewritten
/// in place and removed at the end.
///
/// Only shown when standard error is a terminal and the run is long enough to need it: redirected
/// output, pipes and tests see nothing of it.
struct ProgressLine {
    let total: Int
    private let label: String

    /// Nil unless standard error is a terminal and there are more than `threshold` items.
    init?(total: Int, threshold: Int, label: String = "specs read") {
        guard total > threshold, isatty(STDERR_FILENO) == 1 else { return nil }
        self.total = total
        self.label = label
    }

    /// Shows `done` of the total.
    func show(_ done: Int) {
        write("\r\(label): \(DigitGrouping.grouped(done)) of \(DigitGrouping.grouped(total))")
    }

    /// Removes the line.
    func clear() {
        write("\r\u{1B}[K")
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

}
