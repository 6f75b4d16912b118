/// The kind of a data category, which decides how the law classifies it.
public enum DataKind: String, Vocabulary {
    case identification, contact, demographic, profile, work, education, financial, usage
    case communication, location, media, assessment, freeText = "free-text", nationalID = "national-id"
    case health, ethnicity, religion, political, tradeUnion = "trade-union", sexLife = "sex-life"
    case genetic, biometric, criminal

    /// Special categories of personal data (art. 9 AVG).
    public var isSpecialCategory: Bool {
        switch self {
        case .health, .ethnicity, .religion, .political, .tradeUnion, .sexLife, .genetic, .biometric: true
        default: false
        }
    }

    /// The legal class of the data, as the Rijksmodel §2 classifies it.
    public var classification: DataClassification {
        if isSpecialCategory { return .special }
        switch self {
        case .criminal: return .criminal
        case .nationalID: return .nationalID
        case .financial, .assessment, .location, .communication, .freeText: return .sensitive
        default: return .ordinary
        }
    }
}

/// Rijksmodel §2 classes: gewoon, gevoelig, bijzonder, strafrechtelijk, nationaal identificatienummer.
public enum DataClassification: String, Sendable, Hashable, Codable, CaseIterable {
    case ordinary, sensitive, special, criminal, nationalID = "national-id"
}

/// Where the data comes from.
public enum DataSource: String, Vocabulary {
    case dataSubject = "data-subject", municipalityStaff = "municipality-staff"
    case sourceSystem = "source-system", thirdParty = "third-party"
}
