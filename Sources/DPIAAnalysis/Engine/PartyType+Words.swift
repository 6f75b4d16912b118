import DPIAModel

extension PartyType {
    /// The kind of party in a finding's sentence: "gemeenten", "scholen" / "municipalities", "schools".
    var plural: LocalizedText {
        switch self {
        case .municipality: LocalizedText(nl: "gemeenten", en: "municipalities")
        case .uwv: LocalizedText(nl: "UWV", en: "UWV")
        case .publicBody: LocalizedText(nl: "andere overheidsorganen", en: "other public bodies")
        case .privateIntermediary: LocalizedText(nl: "private bemiddelaars", en: "private intermediaries")
        case .employer: LocalizedText(nl: "werkgevers", en: "employers")
        case .supplier: LocalizedText(nl: "leveranciers", en: "suppliers")
        case .education: LocalizedText(nl: "scholen", en: "schools")
        case .careProvider: LocalizedText(nl: "zorgaanbieders", en: "care providers")
        case .other: LocalizedText(nl: "andere partijen", en: "other parties")
        }
    }
}

extension Array where Element == Provision {
    /// The party types that hold these provisions' tasks or duties, as words: "gemeenten en UWV".
    var holders: LocalizedText {
        var types: [PartyType] = []
        for type in flatMap(\.parties) where !types.contains(type) { types.append(type) }
        return LocalizedText(nl: types.map { $0.plural.nl }.joinedList(.nl), en: types.map { $0.plural.en }.joinedList(.en))
    }
}
