import Foundation

/// Where a party stores or processes the data.
public struct Location: Sendable, Hashable, Codable {
    public var party: String
    /// ISO 3166 country code or name.
    public var country: String
    public var description: String?

    public init(party: String, country: String, description: String? = nil) {
        self.party = party; self.country = country; self.description = description
    }
}

/// The safeguard for a transfer outside the EEA (art. 44–49 AVG).
public enum TransferMechanism: String, Vocabulary {
    case adequacy, scc, bcr, derogation, none
}

/// A transfer of data to a third country.
public struct Transfer: Sendable, Hashable, Codable {
    public var to: String
    public var country: String
    public var mechanism: TransferMechanism?
    public var data: [String]

    public init(to: String, country: String, mechanism: TransferMechanism? = nil, data: [String] = []) {
        self.to = to; self.country = country; self.mechanism = mechanism; self.data = data
    }
}

/// Country codes and names of the European Economic Area.
public enum EEA {
    public static let countries: Set<String> = [
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT",
        "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO", "EU", "EEA", "EER",
    ]

    /// Whether a country (code such as `NL`, or a name such as "Nederland") lies in the EEA.
    public static func contains(_ country: String) -> Bool {
        let value = country.trimmingCharacters(in: .whitespaces)
        if countries.contains(value.uppercased()) { return true }
        return [
            "nederland", "netherlands", "the netherlands", "belgië", "belgium", "duitsland", "germany",
            "frankrijk", "france", "ierland", "ireland", "luxemburg", "luxembourg",
        ].contains(value.lowercased())
    }
}
