/// The lists whose ids other entries refer to.
enum ReferenceKind: String, CaseIterable, Sendable {
    case party, subject, data, purpose, role, flow, retention, risk, measure

    /// The top-level key of the list.
    var list: String {
        switch self {
        case .party: "parties"
        case .subject: "subjects"
        case .data: "data"
        case .purpose: "purposes"
        case .role: "roles"
        case .flow: "flows"
        case .retention: "retention"
        case .risk: "risks"
        case .measure: "measures"
        }
    }

    /// The position of the kind in `allCases`.
    var ordinal: Int {
        switch self {
        case .party: 0
        case .subject: 1
        case .data: 2
        case .purpose: 3
        case .role: 4
        case .flow: 5
        case .retention: 6
        case .risk: 7
        case .measure: 8
        }
    }

    /// How messages name an id of this list: "party id".
    var idNoun: String { "\(rawValue) id" }

    /// What one entry of this list is called in Dutch messages: "partij", "gegevenscategorie".
    var dutchNoun: String {
        switch self {
        case .party: "partij"
        case .subject: "categorie betrokkenen"
        case .data: "gegevenscategorie"
        case .purpose: "doel"
        case .role: "rol"
        case .flow: "gegevensstroom"
        case .retention: "bewaarregel"
        case .risk: "risico"
        case .measure: "maatregel"
        }
    }
}
