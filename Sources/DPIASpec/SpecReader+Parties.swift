import DPIAModel

/// `parties:`, `subjects:` and `data:`.
///
/// Every key of an entry is read before the entry is built, so that one run reports every problem.
extension SpecReader {
    /// Reads each entry of a list with `read(view, path)`; entries that are not mappings are reported.
    func entries<T>(
        _ field: MappingView.Field?, _ schema: EntrySchema, _ kind: ReferenceKind?,
        _ read: (MappingView, ElementPath) -> T?
    ) -> [T]? {
        guard let nodes = list(field) else { return nil }
        let listPath = join(SourcePaths.root, field?.key ?? "")
        var result: [T] = []
        result.reserveCapacity(nodes.count)
        for (index, node) in nodes.enumerated() {
            guard !stopped else { break }
            guard let view = mapping(node, schema, requiring: false) else { continue }
            let id = kind.flatMap { entryID(view, $0) }
            checkRequired(view, schema, id: id)
            // An over-long id (an error) is not repeated in every path below the entry.
            let path = entryPath(
                listPath, id: id.flatMap { $0.utf8.count <= PortableName.maxLength || $0.count <= PortableName.maxLength ? $0 : nil },
                index: index)
            record(view, at: path)
            if let value = read(view, path) { result.append(value) }
        }
        return result
    }

    func parties(_ field: MappingView.Field?) -> [Party]? {
        entries(field, .party, .party) { view, path in
            let name = requiredText(view, "name")
            let type: PartyType? = word(view, "type", "party type")
            let role: PartyRole? = word(view, "role", "party role")
            let region = text(view, "region")
            let affiliated = references(view, "affiliated", .party, path: path) ?? []
            let agreement = text(view, "agreement"), location = text(view, "location")
            let certifications = texts(view, "certifications", path: path) ?? []
            let description = text(view, "description"), contact = text(view, "contact")
            let partOf = reference(view, "part_of", .party)
            let domain = text(view, "domain"), renamedFrom = plainID(view, "renamed_from")
            let processorAgreement = processorAgreement(view, path: path)
            guard let id = idText(view), let name, let type, let role else { return nil }
            return Party(
                id: id, name: name, type: type, role: role, region: region, affiliated: affiliated,
                agreement: agreement, location: location, certifications: certifications,
                description: description, contact: contact, partOf: partOf, domain: domain, renamedFrom: renamedFrom,
                processorAgreement: processorAgreement)
        }
    }

    func subjects(_ field: MappingView.Field?) -> [SubjectCategory]? {
        entries(field, .subject, .subject) { view, path in
            let name = requiredText(view, "name")
            let of = references(view, "of", .party, path: path) ?? []
            let vulnerable = bool(view, "vulnerable"), minors = bool(view, "minors"), count = int(view, "count")
            let description = text(view, "description"), childInterests = text(view, "child_interests")
            let renamedFrom = plainID(view, "renamed_from")
            guard let id = idText(view), let name else { return nil }
            return SubjectCategory(
                id: id, name: name, of: of, vulnerable: vulnerable, minors: minors, count: count,
                description: description, childInterests: childInterests, renamedFrom: renamedFrom)
        }
    }

    func dataItems(_ field: MappingView.Field?) -> [DataItem]? {
        entries(field, .data, .data) { view, path in
            let name = requiredText(view, "name")
            let kind: DataKind? = word(view, "kind", "data kind")
            let subjects = references(view, "subjects", .subject, path: path) ?? []
            let source: DataSource? = word(view, "source", "data source")
            let visible = bool(view, "visible_to_subject")
            let description = text(view, "description"), fields = texts(view, "fields", path: path) ?? []
            let renamedFrom = plainID(view, "renamed_from")
            guard let id = idText(view), let name, let kind else { return nil }
            return DataItem(
                id: id, name: name, kind: kind, subjects: subjects, source: source, visibleToSubject: visible,
                description: description, fields: fields, renamedFrom: renamedFrom)
        }
    }

    /// The entry's id as written, without reporting again (``entryID(_:_:)`` already did).
    func idText(_ view: MappingView) -> String? {
        guard let field = view["id"], case .scalar(let scalar) = field.value, !Self.isNull(scalar),
            !scalar.string.isEmpty
        else { return nil }
        return scalar.string
    }
}
