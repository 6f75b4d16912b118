import DPIAModel

extension Analyzer {
    /// Analyses many activities in parallel across the cores; the results are in the order of `activities`.
    public func assess(all activities: [LoadedActivity]) -> [Assessment] {
        ParallelWork.map(activities.count) { assess(activities[$0]) }
    }
}
