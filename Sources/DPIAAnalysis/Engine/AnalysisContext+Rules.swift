import DPIAModel

extension AnalysisContext {
    /// A role's display name: its `name`, or its id.
    public func label(role: Role) -> String { role.name.map { "'\(role.id)' (\($0))" } ?? "'\(role.id)'" }

    /// A subject category's display name, or its id.
    public func name(ofSubject id: String) -> String { subjects[id]?.name ?? id }

    /// A data category's display name, or its id.
    public func name(ofData id: String) -> String { data[id]?.name ?? id }

    /// The type of a party, when known.
    public func type(ofParty id: String) -> PartyType? { parties[id]?.type }

    /// Whether the party is UWV or a municipality: the public employment services bound by the secrecy
    /// of Participatiewet art. 65 and Wet SUWI art. 74.
    public func isPublicEmploymentService(_ id: String) -> Bool {
        let type = parties[rootOrganisation(ofParty: id)]?.type ?? parties[id]?.type
        return type == .uwv || type == .municipality
    }

    /// Whether the party acts as (sub-)processor: data it receives is not a disclosure.
    public func isProcessor(_ id: String) -> Bool { parties[id]?.role.isProcessor ?? false }
}

/// Whether text is empty or only white space.
func isBlank(_ text: String?) -> Bool { (text ?? "").allSatisfy(\.isWhitespace) }
