/// The catalogue of provisions the analyser reasons on: laws with their names, provisions by id and
/// by citation. Plain values; loaded from `Provisions/provisions.yaml` by DPIASpec.
public struct ProvisionCatalogue: Sendable {
    public let laws: [Law]
    /// In the order of the file.
    public let provisions: [Provision]
    private let byID: [String: Provision]
    private let byCitation: [Citation: Provision]
    private let lawsByID: [String: Law]
    /// Each provision by its citation as ``cite(_:)`` writes it, lowercased: most references are written
    /// that way and are found without parsing.
    private let byCanonicalText: [String: Provision]
    /// Every name of every law as lowercase words, by their first word, longest first: a citation's
    /// law is its longest match.
    let lawNames: [Substring: [(words: [Substring], law: String)]]

    /// A catalogue of `laws` and `provisions`; a later entry with the same id replaces an earlier one.
    public init(laws: [Law] = [], provisions: [Provision] = []) {
        var lawIndex: [String: Law] = [:], lawOrder: [String] = []
        for law in laws {
            if lawIndex.updateValue(law, forKey: law.id) == nil { lawOrder.append(law.id) }
        }
        var index: [String: Provision] = [:], order: [String] = []
        for provision in provisions {
            if index.updateValue(provision, forKey: provision.id) == nil { order.append(provision.id) }
        }
        self.laws = lawOrder.compactMap { lawIndex[$0] }
        self.provisions = order.compactMap { index[$0] }
        byID = index
        lawsByID = lawIndex
        var citations: [Citation: Provision] = [:]
        for provision in self.provisions where citations[provision.citation] == nil {
            citations[provision.citation] = provision
        }
        byCitation = citations
        var texts: [String: Provision] = [:]
        for provision in self.provisions {
            let law = lawIndex[provision.law]
            for name in [law?.name ?? provision.law] + (law?.names ?? []) {
                // As written (found without lowercasing) and lowercased.
                let cited = Self.cite(provision, lawName: name)
                for key in [cited, cited.lowercased()] where texts[key] == nil { texts[key] = provision }
            }
        }
        byCanonicalText = texts
        var names: [Substring: [(words: [Substring], law: String)]] = [:]
        for law in self.laws {
            for name in [law.name] + law.names {
                let words = CitationText.words(CitationText.normalise(name))
                guard let first = words.first else { continue }
                names[first, default: []].append((words, law.id))
            }
        }
        lawNames = names.mapValues { $0.sorted { $0.words.count > $1.words.count } }
    }

    /// This catalogue with the laws and provisions of `other` added; entries with the same id replace these.
    public func merging(_ other: ProvisionCatalogue) -> ProvisionCatalogue {
        ProvisionCatalogue(laws: laws + other.laws, provisions: provisions + other.provisions)
    }

    public func provision(id: String) -> Provision? { byID[id] }

    public func law(id: String) -> Law? { lawsByID[id] }

    /// The provision a citation names exactly; nil when the catalogue has no entry for it.
    public func provision(_ citation: Citation) -> Provision? { byCitation[citation] }

    /// "Participatiewet art. 65 lid 1 onder c": how reports and messages cite a provision.
    public func cite(_ provision: Provision) -> String {
        Self.cite(provision, lawName: lawsByID[provision.law]?.name ?? provision.law)
    }

    private static func cite(_ provision: Provision, lawName: String) -> String {
        var text = "\(lawName) art. \(provision.article)"
        if let paragraph = provision.paragraph { text += " lid \(paragraph)" }
        if let letter = provision.letter { text += " onder \(letter)" }
        return text
    }

    /// Resolves a legal reference: a provision id (`pw-65-1-c`) or one or more citations
    /// ("Participatiewet art. 65 lid 1 onder c", "art. 9 lid 2 onder g AVG jo. UAVG art. 30").
    /// Only an exact law + article + lid + letter names a provision; nothing is guessed.
    public func resolve(_ text: String) -> GroundResolution {
        let trimmed = text.trimmingWhitespace
        if let provision = byID[trimmed] ?? byCanonicalText[trimmed] ?? byCanonicalText[trimmed.lowercased()] {
            return GroundResolution(text: text, provisions: [provision], unresolved: [])
        }
        var provisions: [Provision] = [], unresolved: [UnresolvedCitation] = []
        for part in CitationText.parts(trimmed) {
            switch CitationText.parse(part.words, lawNames: lawNames) {
            case .citations(let citations):
                for citation in citations {
                    if let provision = byCitation[citation] {
                        provisions.append(provision)
                    } else {
                        unresolved.append(
                            UnresolvedCitation(
                                text: part.text, citation: citation,
                                suggestions: suggestions(for: citation)))
                    }
                }
            case .unreadable(let partial):
                unresolved.append(
                    UnresolvedCitation(
                        text: part.text, citation: partial,
                        suggestions: partial.map(suggestions(for:)) ?? []))
            }
        }
        if provisions.isEmpty, unresolved.isEmpty {
            unresolved.append(UnresolvedCitation(text: text, citation: nil, suggestions: []))
        }
        return GroundResolution(text: text, provisions: provisions, unresolved: unresolved)
    }

    /// Entries of the same law and article, else of the same article in any law (an empty law id
    /// means the citation named none), at most five.
    private func suggestions(for citation: Citation) -> [Provision] {
        let sameArticle = provisions.filter { $0.article == citation.article }
        let sameLaw = sameArticle.filter { $0.law == citation.law }
        return Array((sameLaw.isEmpty ? sameArticle : sameLaw).prefix(5))
    }
}

extension String {
    /// Without leading and trailing spaces, tabs and line breaks.
    var trimmingWhitespace: String {
        guard first?.isWhitespace == true || last?.isWhitespace == true else { return self }
        return String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
