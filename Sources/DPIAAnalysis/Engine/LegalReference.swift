import DPIAModel

/// One legal reference written in a spec, with the element path a finding about it points at.
struct LegalReference: Sendable {
    /// The element path, for example `flows/x/grounds/0` or `purposes/y/special_basis`.
    let path: String
    let text: String
    /// What the reference is for, in a message: "grond", "wetsartikel", ...
    let role: LocalizedText

    /// Every legal reference of the activity, in spec order.
    static func all(in activity: ProcessingActivity) -> [LegalReference] {
        var result: [LegalReference] = []
        func add(_ base: String, _ key: String, _ texts: [String], _ role: LocalizedText) {
            for (index, text) in texts.enumerated() where !text.allSatisfy(\.isWhitespace) {
                result.append(LegalReference(path: "\(base)/\(key)/\(index)", text: text, role: role))
            }
        }
        for purpose in activity.purposes {
            let base = "purposes/\(purpose.id)"
            add(base, "law", purpose.law, LocalizedText(nl: "wetsartikel (`law`)", en: "statutory article (`law`)"))
            if let special = purpose.specialBasis, !special.allSatisfy(\.isWhitespace) {
                result.append(LegalReference(path: "\(base)/special_basis", text: special,
                                             role: LocalizedText(nl: "uitzondering (`special_basis`)", en: "exception (`special_basis`)")))
            }
            add(base, "special_category_basis", purpose.specialCategoryBasis,
                LocalizedText(nl: "uitzondering art. 9 AVG", en: "art. 9 GDPR exception"))
            add(base, "criminal_data_basis", purpose.criminalDataBasis,
                LocalizedText(nl: "grondslag art. 10 AVG", en: "art. 10 GDPR basis"))
            add(base, "national_id_basis", purpose.nationalIDBasis,
                LocalizedText(nl: "grondslag voor het BSN", en: "basis for the BSN"))
        }
        for flow in activity.flows ?? [] {
            let base = "flows/\(flow.id)"
            add(base, "grounds", flow.grounds, LocalizedText(nl: "grond (`grounds`)", en: "ground (`grounds`)"))
            if let provision = flow.competence?.provision, !provision.allSatisfy(\.isWhitespace) {
                result.append(LegalReference(path: "\(base)/recipient_competence/provision", text: provision,
                                             role: LocalizedText(nl: "bevoegdheid van de ontvanger", en: "competence of the recipient")))
            }
        }
        return result
    }
}
