import DPIAModel

/// One legal reference written in a spec, with the element path a finding about it points at.
struct LegalReference: Sendable {
    /// Which key of the spec holds the reference.
    enum Key: String, Sendable {
        case law, specialBasis = "special_basis", specialCategoryBasis = "special_category_basis"
        case criminalDataBasis = "criminal_data_basis", nationalIDBasis = "national_id_basis", grounds
        case competence = "recipient_competence/provision"

        /// What the reference is for, in a message.
        var role: LocalizedText {
            switch self {
            case .law: LocalizedText(nl: "wetsartikel (`law`)", en: "statutory article (`law`)")
            case .specialBasis: LocalizedText(nl: "uitzondering (`special_basis`)", en: "exception (`special_basis`)")
            case .specialCategoryBasis: LocalizedText(nl: "uitzondering art. 9 AVG", en: "art. 9 GDPR exception")
            case .criminalDataBasis: LocalizedText(nl: "grondslag art. 10 AVG", en: "art. 10 GDPR basis")
            case .nationalIDBasis: LocalizedText(nl: "grondslag voor het BSN", en: "basis for the BSN")
            case .grounds: LocalizedText(nl: "grond (`grounds`)", en: "ground (`grounds`)")
            case .competence: LocalizedText(nl: "bevoegdheid van de ontvanger", en: "competence of the recipient")
            }
        }
    }

    /// The element path, for example `flows/x/grounds/0` or `purposes/y/special_basis`.
    let path: String
    let text: String
    let key: Key

    /// Calls `body` with every legal reference of the activity in spec order: the element's list and id
    /// (`purposes`, `x`), the key, the index in a list (nil for a single value) and the text.
    static func visit(_ activity: ProcessingActivity, _ body: (String, String, Key, Int?, String) -> Void) {
        for purpose in activity.purposes {
            for (index, text) in purpose.law.enumerated() { body("purposes", purpose.id, .law, index, text) }
            if let special = purpose.specialBasis { body("purposes", purpose.id, .specialBasis, nil, special) }
            for (index, text) in purpose.specialCategoryBasis.enumerated() {
                body("purposes", purpose.id, .specialCategoryBasis, index, text)
            }
            for (index, text) in purpose.criminalDataBasis.enumerated() { body("purposes", purpose.id, .criminalDataBasis, index, text) }
            for (index, text) in purpose.nationalIDBasis.enumerated() { body("purposes", purpose.id, .nationalIDBasis, index, text) }
        }
        for flow in activity.flows ?? [] {
            for (index, text) in flow.grounds.enumerated() { body("flows", flow.id, .grounds, index, text) }
            if let provision = flow.competence?.provision { body("flows", flow.id, .competence, nil, provision) }
        }
    }

    /// The element path of a reference: `flows/x/grounds/0`, `purposes/y/special_basis`.
    static func path(_ list: String, _ id: String, _ key: Key, _ index: Int?) -> String {
        index.map { "\(list)/\(id)/\(key.rawValue)/\($0)" } ?? "\(list)/\(id)/\(key.rawValue)"
    }
}
