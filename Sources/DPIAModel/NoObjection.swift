/// How a person's statement that they do not object was obtained.
public enum NoObjectionForm: String, Vocabulary {
    /// A statement the person signed or sent (Pw art. 65 lid 1 onder b, Wet SUWI art. 74).
    case written
    /// The person was told and did not object (an opt-out): not a written statement.
    case optOut = "opt-out"
    /// Ticked when accepting the terms and conditions: not a written statement.
    case terms
    public static var aliases: [String: NoObjectionForm] { ["schriftelijk": .written, "voorwaarden": .terms] }
}

/// A no-objection statement as a fact of a flow or role (`no_objection:`).
public struct NoObjection: Sendable, Hashable, Codable {
    public var form: NoObjectionForm?
    /// The person was told what happens with the data before giving it (VUM 4.4: "geïnformeerd").
    public var informed: Bool?

    public init(form: NoObjectionForm? = nil, informed: Bool? = nil) { self.form = form; self.informed = informed }

    /// A written, informed statement: what secrecy exception b asks.
    public var isWrittenAndInformed: Bool { form == .written && informed == true }
}

/// What makes the recipient of a flow competent for the person (`recipient_competence:`).
public struct Competence: Sendable, Hashable, Codable {
    /// The provision that assigns the task for this person (an id or citation).
    public var provision: String?
    /// The decision of the college (or board) that creates the competence, for example a
    /// voorziening set for a pilot (VUM §3.1).
    public var decision: String?

    public init(provision: String? = nil, decision: String? = nil) { self.provision = provision; self.decision = decision }
}
