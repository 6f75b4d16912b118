import DPIAModel

/// `roles:` and `flows:`.
extension SpecReader {
    func roles(_ field: MappingView.Field?) -> [Role]? {
        entries(field, .role, .role) { view, path in
            let name = text(view, "name"), description = text(view, "description")
            let party = reference(view, "party", .party)
            let sees = view["sees"].flatMap { visibility($0, path: path) }
            let edits = selection(view, "edits", .data, path: path)
            let authentication: Authentication? = word(view, "authentication", "authentication")
            let purposes = references(view, "purposes", .purpose, path: path) ?? []
            let users = int(view, "users"), external = bool(view, "external")
            let renamedFrom = plainID(view, "renamed_from")
            let noObjection = noObjection(view, path: path)
            guard let id = idText(view), let party, let sees else { return nil }
            return Role(
                id: id, name: name, description: description, party: party, sees: sees, edits: edits,
                authentication: authentication, purposes: purposes, users: users, external: external,
                renamedFrom: renamedFrom, noObjection: noObjection)
        }
    }

    private func visibility(_ field: MappingView.Field, path: ElementPath) -> Visibility? {
        guard let view = mapping(field.value, .sees) else { return nil }
        let seesPath = join(path, "sees")
        record(view, at: seesPath)
        let data = selection(view, "data", .data, path: seesPath)
        let subjects = selection(view, "subjects", .subject, path: seesPath)
        let scope: AccessScope? = word(view, "scope", "scope")
        let condition = text(view, "condition")
        let pseudonymised = bool(view, "pseudonymised")
        guard let data, let subjects else { return nil }
        return Visibility(
            data: data, subjects: subjects, scope: scope ?? .own, condition: condition,
            pseudonymised: pseudonymised ?? false)
    }

    func flows(_ field: MappingView.Field?) -> [Flow]? {
        entries(field, .flow, .flow) { view, path in
            let from = reference(view, "from", .party)
            let to = reference(view, "to", .party)
            let data = references(view, "data", .data, path: path)
            let purpose = reference(view, "purpose", .purpose)
            let pseudonymised = bool(view, "pseudonymised")
            let grounds = texts(view, "grounds", path: path) ?? []
            let consent: FlowConsent? = word(view, "consent", "consent")
            let channel: Channel? = word(view, "channel", "channel")
            let kind: FlowKind? = word(view, "kind", "flow kind")
            let competent = bool(view, "recipient_competent")
            let description = text(view, "description"), frequency = text(view, "frequency")
            let renamedFrom = plainID(view, "renamed_from")
            let competence = competence(view, path: path), noObjection = noObjection(view, path: path)
            let onBehalfOf = reference(view, "on_behalf_of", .party)
            guard let id = idText(view), let from, let to, let data else { return nil }
            return Flow(
                id: id, from: from, to: to, data: data, purpose: purpose, pseudonymised: pseudonymised ?? false,
                grounds: grounds, consent: consent, channel: channel, kind: kind ?? .disclosure,
                recipientCompetent: competent, description: description, frequency: frequency,
                renamedFrom: renamedFrom, competence: competence, noObjection: noObjection, onBehalfOf: onBehalfOf)
        }
    }
}
