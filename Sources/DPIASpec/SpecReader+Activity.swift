import DPIAModel

/// The top level of a spec.
extension SpecReader {
    /// The spec version this loader reads.
    static let specVersion = "dpia/v1"

    /// Reads the whole activity from the root node; nil when anything required is missing or wrong.
    func activity(_ root: YAMLNode) -> ProcessingActivity? {
        if case .sequence = root {
            error(
                LocalizedText(
                    nl: "een spec bestaat uit sleutels met waarden (spec:, id:, title:, ...), maar dit bestand is een lijst",
                    en: "a spec should be keys with values (spec:, id:, title:, ...), but this file is a list"),
                at: root.position)
            return nil
        }
        if case .scalar(let scalar) = root {
            error(
                LocalizedText(
                    nl: "een spec bestaat uit sleutels met waarden (spec:, id:, title:, ...), maar dit bestand bevat alleen "
                        + Self.quote(scalar.string),
                    en: "a spec should be keys with values (spec:, id:, title:, ...), but this file holds only " + Self.quote(scalar.string)
                ),
                at: root.position)
            return nil
        }
        guard let top = mapping(root, .activity) else { return nil }
        record(top, at: SourcePaths.root)

        let spec = specVersion(top)
        let id = activityID(top)
        let title = requiredText(top, "title")
        let version = text(top, "version")
        let status: ActivityStatus? = word(top, "status", "status")
        let language: ReportLanguage? = word(top, "language", "language")
        writtenLanguage = language ?? .nl   // as the activity's: a spec without `language:` is Dutch
        let controller = reference(top, "controller", .party)
        let contacts = contacts(top["contacts"])
        let summary = text(top, "summary")
        let parties = parties(top["parties"])
        let subjects = subjects(top["subjects"])
        let data = dataItems(top["data"])
        let purposes = purposes(top["purposes"])
        let techniques = techniques(top["techniques"])
        let roles = roles(top["roles"])
        let flows = flows(top["flows"])
        let retention = retention(top["retention"])
        let locations = locations(top["locations"])
        let transfers = transfers(top["transfers"])
        let security = security(top["security"])
        let transparency = transparency(top["transparency"])
        let rights = rights(top["rights"])
        let governance = governance(top["governance"])
        let risks = risks(top["risks"])
        let measures = measures(top["measures"])
        let interests = interests(top["interests"])
        let subjectViews = text(top, "subject_views")
        let policies = texts(top, "policies", path: SourcePaths.root)
        let renamedFrom = plainID(top, "renamed_from")
        let references = references(top["references"])
        let updated = date(top, "updated")
        let document = document(top["document"])

        checkReferences()
        checkCycles(parties: parties, purposes: purposes)
        checkVisibilitySize(top, roles: roles, flows: flows, subjects: subjects, data: data)
        for (key, noun) in Self.requiredLists { checkNotEmpty(top, key, noun: noun) }
        guard !hasErrors, let spec, let id, let title, let controller, let parties, let subjects, let data,
            let purposes
        else { return nil }
        return ProcessingActivity(
            spec: spec, id: id, title: title, version: version, status: status, language: language ?? .nl,
            controller: controller, contacts: contacts, summary: summary, parties: parties, subjects: subjects,
            data: data, purposes: purposes, techniques: techniques, roles: roles, flows: flows,
            retention: retention, locations: locations, transfers: transfers, security: security,
            transparency: transparency, rights: rights, governance: governance, risks: risks,
            measures: measures, interests: interests, subjectViews: subjectViews, policies: policies,
            renamedFrom: renamedFrom, references: references, updated: updated, document: document)
    }

    private func specVersion(_ top: MappingView) -> String? {
        guard let field = top["spec"] else { return nil }
        guard
            let (value, mark) = filledScalar(
                field, expecting: LocalizedText("'\(Self.specVersion)'"),
                empty: LocalizedText(
                    nl: "'spec' is leeg; schrijf 'spec: \(Self.specVersion)'", en: "'spec' is empty; write 'spec: \(Self.specVersion)'"))
        else { return nil }
        guard value == Self.specVersion else {
            error(
                LocalizedText(
                    nl: "onbekende spec-versie \(Self.quote(value)); deze versie van dpia leest '\(Self.specVersion)'",
                    en: "unsupported spec \(Self.quote(value)); this version of dpia reads '\(Self.specVersion)'"), at: mark)
            return nil
        }
        return value
    }

    private func contacts(_ field: MappingView.Field?) -> Contacts? {
        guard let field, let view = section(field, .contacts) else { return nil }
        return Contacts(owner: text(view, "owner"), dpo: text(view, "dpo"), representative: text(view, "representative"))
    }

    /// A section written as keys with values (`techniques:`, `rights:`, ...), recorded at its key.
    /// Nil when absent or null.
    func section(_ field: MappingView.Field, _ schema: EntrySchema) -> MappingView? {
        if case .scalar(let scalar) = field.value, Self.isNull(scalar) { return nil }
        guard let view = mapping(field.value, schema) else { return nil }
        record(view, at: join(SourcePaths.root, field.key))
        return view
    }
}
