/// Technical and organisational security measures the format knows by name.
public enum SecurityMeasure: String, Vocabulary {
    case encryptionInTransit = "encryption-in-transit", encryptionAtRest = "encryption-at-rest"
    case twoFactor = "2fa", roleBasedAccess = "role-based-access", accessLogging = "access-logging"
    case logReview = "log-review", pentestYearly = "pentest-yearly", iso27001, bio, nen7510
    case pseudonymisation, backup, incidentProcedure = "incident-procedure"
    case awarenessTraining = "awareness-training", screening, secureDevelopment = "secure-development"
    case dataMinimisation = "data-minimisation"
}

/// The security section of a spec.
public struct Security: Sendable, Hashable, Codable {
    public var measures: [SecurityMeasure]
    public var description: String?
    /// Measures outside the vocabulary, in prose.
    public var other: [String]

    public init(measures: [SecurityMeasure] = [], description: String? = nil, other: [String] = []) {
        self.measures = measures; self.description = description; self.other = other
    }
}
