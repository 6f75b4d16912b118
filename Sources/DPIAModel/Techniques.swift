/// How the processing is done (Rijksmodel §4) and the facts the DPIA pre-scan needs. All default to false.
public struct Techniques: Sendable, Hashable, Codable {
    public var automatedDecisions = false
    public var profiling = false
    public var matchingDatasets = false
    public var systematicMonitoring = false
    public var newTechnology = false
    public var cloud = false
    public var algorithms = false
    public var evaluationScoring = false
    public var blocksService = false
    public var newLegislation = false
    public var covertInvestigation = false
    public var blacklists = false
    public var fraudDetection = false
    public var creditScoring = false
    public var cameraSurveillance = false
    public var flexibleCameraSurveillance = false
    public var employeeMonitoring = false
    public var locationTracking = false
    public var iot = false
    public var behaviourInfluencing = false
    /// Overrides the count-based judgement of large scale when set.
    public var largeScale: Bool?

    public init() {}

    /// Spec keys in the order the format documents them, with key paths to their values.
    /// Built once: the pre-scan and the loader read it for every activity. Never changed (key paths
    /// are immutable, though not marked `Sendable`).
    nonisolated(unsafe) public static let flags: [(key: String, path: WritableKeyPath<Techniques, Bool>)] = [
        ("automated_decisions", \.automatedDecisions), ("profiling", \.profiling),
        ("matching_datasets", \.matchingDatasets), ("systematic_monitoring", \.systematicMonitoring),
        ("new_technology", \.newTechnology), ("cloud", \.cloud), ("algorithms", \.algorithms),
        ("evaluation_scoring", \.evaluationScoring), ("blocks_service", \.blocksService),
        ("new_legislation", \.newLegislation), ("covert_investigation", \.covertInvestigation),
        ("blacklists", \.blacklists), ("fraud_detection", \.fraudDetection), ("credit_scoring", \.creditScoring),
        ("camera_surveillance", \.cameraSurveillance), ("flexible_camera_surveillance", \.flexibleCameraSurveillance),
        ("employee_monitoring", \.employeeMonitoring), ("location_tracking", \.locationTracking), ("iot", \.iot),
        ("behaviour_influencing", \.behaviourInfluencing),
    ]
}
