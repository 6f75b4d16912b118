import DPIAModel

/// How the rules decide legal conditions: on provisions of the catalogue and typed facts, never on
/// the wording of a field (docs/analysis.md, "How a legal condition is decided").
extension AnalysisContext {
    /// What a legal reference of the spec resolves to.
    public func resolution(_ text: String) -> GroundResolution {
        resolutions[text] ?? catalogue.resolve(text)
    }

    /// The provisions the references name; references that resolve to nothing count for nothing.
    public func provisions(_ texts: [String]) -> [Provision] {
        texts.flatMap { resolution($0).provisions }
    }

    /// The party whose disclosure a flow is: `on_behalf_of`, else the controller when a processor sends it.
    public func discloser(of flow: Flow) -> String {
        if let controller = flow.onBehalfOf { return controller }
        return isProcessor(flow.from) ? activity.controller : flow.from
    }

    /// The type of a party's organisation (following `part_of`).
    public func organisationType(of party: String) -> PartyType? {
        parties[rootOrganisation(ofParty: party)]?.type ?? parties[party]?.type
    }

    /// The provisions among a flow's grounds that oblige its discloser to disclose to this recipient:
    /// the only grounds that make secrecy exception a apply.
    public func disclosureDuties(of flow: Flow) -> [Provision] {
        let from = organisationType(of: discloser(of: flow)), to = organisationType(of: flow.to)
        return provisions(flow.grounds).filter { provision in
            (provision.effect == .disclosureDuty || provision.effect == .exchangeDuty) && provision.applies(to: from)
                && (provision.recipients.isEmpty || to.map(provision.recipients.contains) == true)
        }
    }

    /// The grounds of a flow that name a secrecy exception (`pw-65-1-a`, ...), by letter.
    public func citedSecrecyExceptions(of flow: Flow) -> Set<SecrecyException> {
        Set(provisions(flow.grounds).compactMap(\.exception))
    }

    /// Whether a written, informed no-objection statement is recorded: `no_objection: {form: written,
    /// informed: true}`, or the format v1 value `consent: written-no-objection` when `no_objection` is absent.
    public func hasWrittenNoObjection(_ flow: Flow) -> Bool {
        if let statement = flow.noObjection { return statement.isWrittenAndInformed }
        return flow.consent == .writtenNoObjection
    }

    /// Whether a purpose supports re-integration (arbeidsinschakeling): its domain is `participatie` or
    /// `werk`, or one of its `law` provisions is a task of those domains.
    public func isReintegration(_ purposeID: String?) -> Bool {
        guard let purposeID, let purpose = purposes[purposeID] else { return false }
        return isReintegration(purpose)
    }

    public func isReintegration(_ purpose: Purpose) -> Bool {
        if let domain = purpose.domain, Self.reintegrationDomains.contains(domain.lowercased()) { return true }
        return provisions(purpose.law).contains { !Set($0.domains).isDisjoint(with: Self.reintegrationDomains) }
    }

    static let reintegrationDomains: Set<String> = ["participatie", "werk", "re-integratie", "reintegratie"]

    /// What establishes that a flow's recipient is competent for the person.
    public enum CompetenceStatus: Sendable, Hashable {
        /// A provision that gives the recipient's type the task, or a decision of the college.
        case established
        /// `recipient_competent: true` or a provision that does not give the recipient the task.
        case asserted(LocalizedText)
        /// `recipient_competent: false`.
        case denied
        case unknown
    }

    public func competence(of flow: Flow) -> CompetenceStatus {
        if flow.recipientCompetent == false { return .denied }
        let recipient = organisationType(of: flow.to)
        if let competence = flow.competence {
            if let decision = competence.decision, !decision.allSatisfy(\.isWhitespace) { return .established }
            if let text = competence.provision {
                let named = resolution(text).provisions
                if named.contains(where: { ($0.effect == .task || $0.effect == .exchangeDuty) && $0.applies(to: recipient) }) {
                    return .established
                }
                let what = named.map { catalogue.cite($0) }
                return .asserted(
                    what.isEmpty
                        ? LocalizedText(nl: "'\(text)' is geen bepaling uit de catalogus", en: "'\(text)' is no provision of the catalogue")
                        : LocalizedText(
                            nl: "\(what.joinedList(.nl)) is een taak van \(named.holders.nl), niet van de ontvanger",
                            en: "\(what.joinedList(.en)) is a task of \(named.holders.en), not of the recipient"))
            }
        }
        if flow.recipientCompetent == true {
            return .asserted(
                LocalizedText(
                    nl: "`recipient_competent: true` noemt niet de bepaling of het collegebesluit waaruit de bevoegdheid volgt",
                    en: "`recipient_competent: true` names neither the provision nor the college decision the competence follows from"))
        }
        return .unknown
    }

    /// Whether consent for the purpose is given in a dependency: the one who asks decides on the person's
    /// benefit or services, or refusing has consequences; unknown facts count as a dependency for
    /// vulnerable subjects of a public body.
    public func consentInDependency(_ purpose: Purpose) -> Bool {
        if purpose.consent?.askerDecidesOnServices == true || purpose.consent?.refusalHasConsequences == true { return true }
        if purpose.consent?.askerDecidesOnServices == false, purpose.consent?.refusalHasConsequences == false { return false }
        return controllerIsPublic && !vulnerableSubjects(of: purpose).isEmpty
    }

    /// The names of the vulnerable subjects whose data the purpose uses, in spec order.
    public func vulnerableSubjects(of purpose: Purpose) -> [String] {
        var names: [String] = []
        for dataID in purpose.data {
            for subject in data[dataID]?.subjects ?? [] where subjects[subject]?.vulnerable == true {
                let name = self.name(ofSubject: subject)
                if !names.contains(name) { names.append(name) }
            }
        }
        return names
    }
}
