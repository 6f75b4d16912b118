import DPIAModel

/// `purposes:` and `techniques:`.
extension SpecReader {
    func purposes(_ field: MappingView.Field?) -> [Purpose]? {
        entries(field, .purpose, .purpose) { view, path in
            let name = text(view, "name"), description = text(view, "description")
            let basis: LegalBasis? = word(view, "basis", "legal basis")
            let law = texts(view, "law", path: path) ?? []
            let specialBasis = text(view, "special_basis")
            let specialCategoryBasis = texts(view, "special_category_basis", path: path) ?? []
            let criminalDataBasis = texts(view, "criminal_data_basis", path: path) ?? []
            let nationalIDBasis = texts(view, "national_id_basis", path: path) ?? []
            let data = references(view, "data", .data, path: path) ?? []
            let necessity = text(view, "necessity"), proportionality = text(view, "proportionality")
            let subsidiarity = text(view, "subsidiarity")
            let further = reference(view, "further_processing_of", .purpose)
            let compatibility = text(view, "compatibility"), domain = text(view, "domain")
            let consent = view["consent"].flatMap { consentDetails($0, path: path) }
            let renamedFrom = plainID(view, "renamed_from")
            guard let id = idText(view) else { return nil }
            return Purpose(
                id: id, name: name, description: description, basis: basis, law: law, specialBasis: specialBasis,
                data: data, necessity: necessity, proportionality: proportionality, subsidiarity: subsidiarity,
                furtherProcessingOf: further, compatibility: compatibility, domain: domain, consent: consent,
                renamedFrom: renamedFrom, specialCategoryBasis: specialCategoryBasis,
                criminalDataBasis: criminalDataBasis, nationalIDBasis: nationalIDBasis)
        }
    }

    private func consentDetails(_ field: MappingView.Field, path: ElementPath) -> ConsentDetails? {
        if case .scalar(let scalar) = field.value, Self.isNull(scalar) { return nil }
        guard let view = mapping(field.value, .consent) else { return nil }
        record(view, at: join(path, "consent"))
        return ConsentDetails(
            informed: bool(view, "informed"), specific: bool(view, "specific"),
            withdrawable: bool(view, "withdrawable"), recorded: bool(view, "recorded"),
            safeguardOnly: bool(view, "safeguard_only"),
            refusalHasConsequences: bool(view, "refusal_has_consequences"),
            askerDecidesOnServices: bool(view, "asker_decides_on_services"))
    }

    func techniques(_ field: MappingView.Field?) -> Techniques? {
        guard let field, let view = section(field, .techniques) else { return nil }
        var techniques = Techniques()
        for flag in Techniques.flags {
            if let value = bool(view, flag.key) { techniques[keyPath: flag.path] = value }
        }
        techniques.largeScale = bool(view, "large_scale")
        return techniques
    }
}
