import DPIAModel

/// Shared by the rules on data that needs an exception (special categories, criminal data, BSN):
/// every purpose that uses the data must name, in its basis keys, a provision of the catalogue that is
/// such an exception for the controller. What a provision is comes from the catalogue, not from its wording.
enum SpecialDataException {
    enum Need: Sendable {
        case specialCategory, criminalData, nationalID

        var effect: ProvisionEffect {
            switch self {
            case .specialCategory: .specialCategoryException
            case .criminalData: .criminalDataException
            case .nationalID: .nationalIDBasis
            }
        }

        /// The typed key of the purpose, and `special_basis` (format v1) for every kind.
        func references(of purpose: Purpose) -> [String] {
            let typed: [String]
            switch self {
            case .specialCategory: typed = purpose.specialCategoryBasis
            case .criminalData: typed = purpose.criminalDataBasis
            case .nationalID: typed = purpose.nationalIDBasis
            }
            return typed + [purpose.specialBasis].compactMap { $0 }
        }

        var key: String {
            switch self {
            case .specialCategory: "special_category_basis"
            case .criminalData: "criminal_data_basis"
            case .nationalID: "national_id_basis"
            }
        }
    }

    /// One violation per data item of the given kinds that a purpose uses without such an exception,
    /// or that no purpose uses at all.
    static func violations(
        in context: AnalysisContext, where matches: (DataKind) -> Bool, need: Need,
        what: LocalizedText, exception: LocalizedText
    ) -> [Violation] {
        context.activity.data.compactMap { item -> Violation? in
            guard matches(item.kind) else { return nil }
            let using = context.purposesUsing[item.id] ?? []
            if using.isEmpty {
                return Violation(
                    "data/\(item.id)",
                    LocalizedText(
                        nl: "\(item.name) (\(what.nl)) wordt verwerkt, maar geen doel gebruikt het of noemt \(exception.nl).",
                        en: "\(item.name) (\(what.en)) is processed, but no purpose uses it or names \(exception.en)."))
            }
            let problems = using.compactMap { purpose in problem(purpose, need, context).map { (purpose, $0) } }
            guard !problems.isEmpty else { return nil }
            return Violation(
                "data/\(item.id)",
                LocalizedText(
                    nl: "\(item.name) (\(what.nl)) wordt gebruikt zonder \(exception.nl) (`\(need.key)`): "
                        + problems.map { "doel \(context.label(purpose: $0.0).nl) \($0.1.nl)" }.joined(separator: "; ") + ".",
                    en: "\(item.name) (\(what.en)) is used without \(exception.en) (`\(need.key)`): "
                        + problems.map { "purpose \(context.label(purpose: $0.0).en) \($0.1.en)" }.joined(separator: "; ") + "."))
        }
    }

    /// Why the purpose's references give no exception for the controller; nil when one does.
    static func problem(_ purpose: Purpose, _ need: Need, _ context: AnalysisContext) -> LocalizedText? {
        let references = need.references(of: purpose).filter { !$0.allSatisfy(\.isWhitespace) }
        guard !references.isEmpty else { return LocalizedText(nl: "noemt er geen", en: "names none") }
        let named = context.provisions(references)
        let controllerType = context.organisationType(of: context.activity.controller)
        let exceptions = named.filter { $0.effect == need.effect }
        let forController = exceptions.filter { $0.applies(to: controllerType) }
        let usable = forController.filter { !($0.consentBased && context.consentInDependency(purpose)) }
        if usable.contains(where: { !$0.needsNationalLaw }) { return nil }
        let cite = { (provisions: [Provision]) in provisions.map { context.catalogue.cite($0) } }
        if !usable.isEmpty {
            let list = cite(usable)
            return LocalizedText(
                nl: "noemt \(list.joinedList(.nl)), dat een bepaling van nationaal recht vraagt die niet is genoemd",
                en: "names \(list.joinedList(.en)), which needs a provision of national law that is not named")
        }
        if !forController.isEmpty {
            let list = cite(forController)
            return LocalizedText(
                nl: "noemt \(list.joinedList(.nl)), maar die toestemming is niet vrij: de betrokkene is afhankelijk van wie haar vraagt",
                en: "names \(list.joinedList(.en)), but that consent is not free: the person depends on the one asking")
        }
        if !exceptions.isEmpty {
            let parties = exceptions.holders
            return LocalizedText(
                nl:
                    "noemt \(cite(exceptions).joinedList(.nl)), een uitzondering voor \(parties.nl), niet voor de verwerkingsverantwoordelijke",
                en: "names \(cite(exceptions).joinedList(.en)), an exception for \(parties.en), not for the controller")
        }
        if !named.isEmpty {
            let list = named.map { "\(context.catalogue.cite($0)) (\($0.title))" }
            let listEN = named.map { "\(context.catalogue.cite($0)) (\($0.titleEN))" }
            return LocalizedText(
                nl: "noemt \(list.joinedList(.nl)), en dat is zo'n uitzondering niet",
                en: "names \(listEN.joinedList(.en)), which is not such an exception")
        }
        return LocalizedText(
            nl: "noemt alleen verwijzingen die geen bepaling uit de catalogus zijn",
            en: "names only references that are no provision of the catalogue")
    }
}
