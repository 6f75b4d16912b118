import DPIAModel

/// A provision catalogue file (`Provisions/provisions.yaml`): `laws:` and `provisions:`.
extension SpecReader {
    /// `knownLaws`: law ids provisions may name besides the file's own (those of the built-in catalogue).
    func provisionCatalogue(_ root: YAMLNode, knownLaws: Set<String>) -> ProvisionCatalogue? {
        guard let top = mapping(root, .catalogue) else { return nil }
        let laws: [Law] =
            entries(top["laws"], .law, nil) { view, path -> Law? in
                let name = requiredText(view, "name"), source = requiredText(view, "source")
                let names = texts(view, "names", path: path) ?? []
                guard let id = plainID(view, "id"), let name, let source else { return nil }
                return Law(id: id, name: name, names: names, source: source)
            } ?? []
        var lawIDs = Set(laws.map(\.id))
        lawIDs.formUnion(knownLaws)
        var seen: [String: Int] = [:]
        let provisions: [Provision] =
            entries(top["provisions"], .provision, nil) { view, path -> Provision? in
                provision(view, path, laws: lawIDs, seen: &seen)
            } ?? []
        guard !hasErrors else { return nil }
        return ProvisionCatalogue(laws: laws, provisions: provisions)
    }

    private func provision(
        _ view: MappingView, _ path: ElementPath, laws: Set<String>,
        seen: inout [String: Int]
    ) -> Provision? {
        let id = plainID(view, "id")
        if let id, let field = view["id"] {
            if let line = seen[id] {
                error("duplicate provision id \(Self.quote(id)) (first on line \(line))", at: field.value.position)
            }
            seen[id] = field.value.position.line
        }
        let law = scalar(view["law"], expecting: LocalizedText(nl: "de id van een wet", en: "a law id"))
        if let (lawID, mark) = law, !laws.contains(lawID) {
            error(
                "unknown law \(Self.quote(lawID)); name a law of 'laws:' (or of the built-in catalogue)"
                    + Suggestion.didYouMean(lawID, in: laws.sorted()), at: mark)
        }
        let article = requiredText(view, "article")
        let paragraph = text(view, "lid"), letter = text(view, "letter")
        let title = requiredText(view, "title"), titleEN = text(view, "title_en")
        let effect: ProvisionEffect? = word(view, "effect", "effect")
        let parties: [PartyType] = words(view, "parties", "party type", path: path) ?? []
        let recipients: [PartyType] = words(view, "recipients", "party type", path: path) ?? []
        let domains = texts(view, "domains", path: path) ?? []
        let fromDomains = texts(view, "from_domains", path: path) ?? []
        let toDomain = text(view, "to_domain")
        let exception: SecrecyException? = word(view, "exception", "secrecy exception")
        let needsNationalLaw = bool(view, "needs_national_law") ?? false
        let consentBased = bool(view, "consent_based") ?? false
        let scope = text(view, "scope"), scopeEN = text(view, "scope_en")
        let source = requiredText(view, "source"), verify = bool(view, "verify") ?? false
        if effect == .secrecyException, exception == nil {
            error("a provision with 'effect: secrecy-exception' needs 'exception: a', 'b' or 'c'", at: view.mark)
        }
        if effect == .crossDomain, toDomain == nil || fromDomains.isEmpty {
            error("a provision with 'effect: cross-domain' needs 'from_domains' and 'to_domain'", at: view.mark)
        }
        guard let id, let law, let article, let title, let effect, let source else { return nil }
        return Provision(
            id: id, law: law.text, article: article, paragraph: paragraph, letter: letter, title: title,
            titleEN: titleEN ?? title, effect: effect, parties: parties, recipients: recipients, domains: domains,
            fromDomains: fromDomains, toDomain: toDomain, exception: exception, needsNationalLaw: needsNationalLaw,
            consentBased: consentBased,
            scope: scope, scopeEN: scopeEN, source: source, verify: verify)
    }
}

extension EntrySchema {
    static let catalogue = EntrySchema("the top level of a provision catalogue", keys: ["laws", "provisions"])

    static let law = EntrySchema("a law", keys: ["id", "name", "names", "source"], required: ["id", "name", "source"])

    static let provision = EntrySchema(
        "a provision",
        keys: [
            "id", "law", "article", "lid", "letter", "title", "title_en", "effect", "parties", "recipients", "domains",
            "from_domains", "to_domain", "exception", "needs_national_law", "consent_based", "scope", "scope_en", "source", "verify",
        ], required: ["id", "law", "article", "title", "effect", "source"])
}
