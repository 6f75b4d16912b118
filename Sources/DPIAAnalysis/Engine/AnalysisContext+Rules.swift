import DPIAModel

extension AnalysisContext {
    /// A role as a reader knows it: its `name`, quoted (see ``ElementName``).
    public func label(role: Role) -> LocalizedText { ElementName.of(role) }

    /// A purpose as a reader knows it: its name or description, quoted.
    public func label(purpose: Purpose) -> LocalizedText { ElementName.of(purpose) }

    /// The purpose with this id as a reader knows it; the id quoted when the spec has no such purpose.
    public func label(purpose id: String) -> LocalizedText { purposes[id].map(ElementName.of) ?? ElementName.quoted(id) }

    /// A flow by who gives and who receives: "van Gemeente Utrecht naar Werkgevers Utrecht".
    public func label(flow: Flow) -> LocalizedText { ElementName.of(flow, partyName: name(ofParty:)) }

    /// A retention period, to follow "Bewaartermijn": „Afgebroken aanvraag” or "voor Klantnummer en Profiel".
    public func label(retention: RetentionRule) -> LocalizedText { ElementName.of(retention, dataName: name(ofData:)) }

    /// A measure by its short description, else its id; quoted.
    public func label(measure: Measure) -> LocalizedText { ElementName.of(measure) }

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
