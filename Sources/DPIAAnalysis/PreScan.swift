import DPIAModel

/// Whether a DPIA is required for an activity.
public enum PreScanVerdict: String, Sendable, Hashable, Codable {
    case mandatory, recommended, notRequired = "not-required"
}

/// The framework a pre-scan criterion comes from.
public enum PreScanFramework: String, Sendable, Hashable, Codable {
    /// Art. 35(3) AVG.
    case article35 = "art35"
    /// The AP list of processing for which a DPIA is mandatory (2019), 17 categories.
    case apList = "ap-list"
    /// The nine criteria of EDPB/WP248.
    case edpb
    /// Processing that follows from new legislation.
    case legislation
}

/// One criterion of the pre-scan, decided from facts in the spec.
public struct PreScanCriterion: Sendable, Hashable, Codable {
    /// Stable id, for example `edpb-7` or `ap-8`.
    public var id: String
    public var framework: PreScanFramework
    public var title: LocalizedText
    public var applies: Bool
    /// Which spec facts decided it.
    public var reason: LocalizedText

    public init(id: String, framework: PreScanFramework, title: LocalizedText, applies: Bool, reason: LocalizedText) {
        self.id = id; self.framework = framework; self.title = title; self.applies = applies; self.reason = reason
    }
}

/// The outcome of the DPIA pre-scan.
public struct PreScan: Sendable, Hashable, Codable {
    public var verdict: PreScanVerdict
    public var criteria: [PreScanCriterion]
    /// Why the verdict, in one or two sentences.
    public var reasons: LocalizedText

    public init(verdict: PreScanVerdict, criteria: [PreScanCriterion], reasons: LocalizedText) {
        self.verdict = verdict; self.criteria = criteria; self.reasons = reasons
    }
}
