/// Topics a privacy statement can inform about (art. 13–14 AVG).
public enum TransparencyTopic: String, Vocabulary {
    case controller, dpo, purposes, legalBasis = "legal-basis", recipients
    /// Which parties in which municipalities can see the data.
    case visibility
    case retention, rights, complaint, usageLogging = "usage-logging", source, transfers
    case automatedDecisions = "automated-decisions"
}

/// How data subjects are informed.
public struct Transparency: Sendable, Hashable, Codable {
    public var privacyStatement: Bool?
    /// A privacy statement is information, not something to agree to together with the terms of use.
    public var separateFromTerms: Bool?
    public var informsAbout: [TransparencyTopic]
    /// What the subject can see about themselves: all data or a list of data ids.
    public var subjectCanSee: Selection?
    public var description: String?
    public var url: String?

    public init(
        privacyStatement: Bool? = nil, separateFromTerms: Bool? = nil, informsAbout: [TransparencyTopic] = [],
        subjectCanSee: Selection? = nil, description: String? = nil, url: String? = nil
    ) {
        self.privacyStatement = privacyStatement; self.separateFromTerms = separateFromTerms
        self.informsAbout = informsAbout; self.subjectCanSee = subjectCanSee; self.description = description
        self.url = url
    }
}
