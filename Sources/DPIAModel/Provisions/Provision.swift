/// One provision of Dutch or EU law, with what it does for the analyser (see `Provisions/provisions.yaml`).
public struct Provision: Identifiable, Sendable, Hashable, Codable {
    /// Stable id: law, article, lid and letter, for example `pw-65-1-c`.
    public var id: String
    /// The id of its ``Law``.
    public var law: String
    public var article: String
    /// The lid (paragraph), when the provision is one.
    public var paragraph: String?
    /// The letter (onder/sub), when the provision is one.
    public var letter: String?
    /// What the provision is about, in Dutch and English.
    public var title: String
    public var titleEN: String
    public var effect: ProvisionEffect
    /// The party types that hold the task, duty or competence; empty: any party.
    public var parties: [PartyType]
    /// For a duty to disclose or exchange: the party types it may go to; empty: not limited by type.
    public var recipients: [PartyType]
    /// The policy domains the task belongs to (participatie, werk, wmo, jeugd, schuldhulp).
    public var domains: [String]
    /// For a cross-domain provision: the domains whose data may be used, and the domain that may use it.
    public var fromDomains: [String]
    public var toDomain: String?
    /// For a secrecy exception: which one.
    public var exception: SecrecyException?
    /// For an art. 9/10 exception: whether it needs a provision of national law next to it.
    public var needsNationalLaw: Bool
    /// The exception rests on the person's consent (art. 9 lid 2 onder a): none where the person depends on the asker.
    public var consentBased: Bool
    /// What the provision allows and its limits, in plain Dutch and English (shown by `dpia provisions`).
    public var scope: String?
    public var scopeEN: String?
    /// Where the entry was taken from: the law text and the seed document that cites it.
    public var source: String
    /// The text was not checked against the current consolidation: a lawyer should verify it.
    public var verify: Bool

    public init(
        id: String, law: String, article: String, paragraph: String? = nil, letter: String? = nil,
        title: String, titleEN: String, effect: ProvisionEffect, parties: [PartyType] = [],
        recipients: [PartyType] = [], domains: [String] = [], fromDomains: [String] = [],
        toDomain: String? = nil, exception: SecrecyException? = nil, needsNationalLaw: Bool = false, consentBased: Bool = false,
        scope: String? = nil, scopeEN: String? = nil, source: String, verify: Bool = false
    ) {
        self.id = id; self.law = law; self.article = article; self.paragraph = paragraph; self.letter = letter
        self.title = title; self.titleEN = titleEN; self.effect = effect; self.parties = parties
        self.recipients = recipients; self.domains = domains; self.fromDomains = fromDomains
        self.toDomain = toDomain; self.exception = exception; self.needsNationalLaw = needsNationalLaw
        self.consentBased = consentBased
        self.scope = scope; self.scopeEN = scopeEN; self.source = source; self.verify = verify
    }

    /// Law, article, lid and letter as one key.
    public var citation: Citation { Citation(law: law, article: article, paragraph: paragraph, letter: letter) }

    /// Whether a party of this type holds the task, duty or competence.
    public func applies(to type: PartyType?) -> Bool {
        parties.isEmpty || type.map(parties.contains) == true
    }
}
