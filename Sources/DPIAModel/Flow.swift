/// What kind of exchange a flow is.
public enum FlowKind: String, Vocabulary {
    case disclosure
    /// Proposing candidates for vacancies held by the recipient.
    case candidateProposal = "candidate-proposal"
    /// The recipient searches in the data.
    case search
    case request
}

/// Whether the data subject agreed to the flow.
public enum FlowConsent: String, Vocabulary {
    case none, consent, writtenNoObjection = "written-no-objection"
}

/// How data travels.
public enum Channel: String, Vocabulary {
    case apiTLS = "api-tls", sftp, email, portal, paper, other
}

/// A disclosure of data from one party to another (verstrekking).
public struct Flow: Identifiable, Sendable, Hashable, Codable {
    public var id: String
    public var from: String
    public var to: String
    public var data: [String]
    public var purpose: String?
    public var pseudonymised: Bool
    /// Exceptions to secrecy or legal grounds, for example "Participatiewet art. 65 lid 1 onder c".
    public var grounds: [String]
    public var consent: FlowConsent?
    public var channel: Channel?
    public var kind: FlowKind
    public var recipientCompetent: Bool?
    /// What makes the recipient competent (`recipient_competence:`).
    public var competence: Competence?
    /// The person's no-objection statement (`no_objection:`).
    public var noObjection: NoObjection?
    /// The controller whose disclosure this is when a processor sends it (`on_behalf_of`).
    public var onBehalfOf: String?
    public var description: String?
    public var frequency: String?
    public var renamedFrom: String?

    public init(
        id: String, from: String, to: String, data: [String], purpose: String? = nil,
        pseudonymised: Bool = false, grounds: [String] = [], consent: FlowConsent? = nil,
        channel: Channel? = nil, kind: FlowKind = .disclosure, recipientCompetent: Bool? = nil,
        description: String? = nil, frequency: String? = nil, renamedFrom: String? = nil,
        competence: Competence? = nil, noObjection: NoObjection? = nil, onBehalfOf: String? = nil
    ) {
        self.id = id; self.from = from; self.to = to; self.data = data; self.purpose = purpose
        self.pseudonymised = pseudonymised; self.grounds = grounds; self.consent = consent; self.channel = channel
        self.kind = kind; self.recipientCompetent = recipientCompetent; self.description = description
        self.frequency = frequency; self.renamedFrom = renamedFrom
        self.competence = competence; self.noObjection = noObjection; self.onBehalfOf = onBehalfOf
    }
}
