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

    /// Calls `body` with every legal reference of the activity in spec order: the element's path
    /// (`purposes/x`), the key, the index in a list (nil for a single value) and the text.
    static func visit(_ activity: ProcessingActivity, _ body: (String, Key, Int?, String) -> Void) {
        for purpose in activity.purposes {
            let base = "purposes/\(purpose.id)"
            for (index, text) in purpose.law.enumerated() { body(base, .law, index, text) }
            if let special = purpose.specialBasis { body(base, .specialBasis, nil, special) }
            for (index, text) in purpose.specialCategoryBasis.enumerated() { body(base, .specialCategoryBasis, index, text) }
            for (index, text) in purpose.criminalDataBasis.enumerated() { body(base, .criminalDataBasis, index, text) }
            for (index, text) in purpose.nationalIDBasis.enumerated() { body(base, .nationalIDBasis, index, text) }
        }
        for flow in activity.flows ?? [] {
            let base = "flows/\(flow.id)"
            for (index, text) in flow.grounds.enumerated() { body(base, .grounds, index, text) }
            if let provision = flow.competence?.provision { body(base, .competence, nil, provision) }
        }
    }

    /// Every legal reference of the activity that is not blank, in spec order.
    static func all(in activity: ProcessingActivity) -> [LegalReference] {
        var result: [LegalReference] = []
        visit(activity) { base, key, index, text in
            guard !text.allSatisfy(\.isWhitespace) else { return }
            let path = index.map { "\(base)/\(key.rawValue)/\($0)" } ?? "\(base)/\(key.rawValue)"
            result.append(LegalReference(path: path, text: text, key: key))
        }
        return result
    }
}
