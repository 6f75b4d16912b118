import DPIAModel

/// `retention:`, `locations:`, `transfers:` and `interests:`: lists whose entries need no id.
extension SpecReader {
    /// The largest retention rule whose data ids each get their own place in the source map.
    static let maxRecordedRetentionData = 64

    func retention(_ field: MappingView.Field?) -> [RetentionRule]? {
        guard let nodes = list(field) else { return nil }
        var rules: [RetentionRule] = []
        let retentionPath = join(SourcePaths.root, "retention")
        // The rules' paths so far: only rules record paths in `retention/` (ids hold no '/' in a valid spec).
        var rulePaths: Set<String> = []
        for (index, node) in nodes.enumerated() {
            guard !stopped else { break }
            guard let view = mapping(node, .retention) else { continue }
            let id = view.contains("id") ? entryID(view, .retention) : nil
            // The path needs the data ids, so read them first and record them under the path afterwards.
            let dataItems = values(view["data"], of: "a data id")
            let data = dataItems?.map(\.text)
            // Sorted by bytes: the same order as RetentionRule.key for the ASCII ids of a valid spec, and
            // without Unicode normalisation on every comparison for hostile ones.
            let key = id ?? data?.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.joined(separator: "+")
            let component = Self.entryComponent(id: key, index: index)
            let path = join(retentionPath, component)
            // Each data id's place, once per rule (an alias repeats a rule) and for rules of up to 64 ids.
            let recordItems =
                rulePaths.insert(component).inserted
                && (dataItems?.count ?? 0) <= Self.maxRecordedRetentionData
            record(view, at: path)
            let dataPath = recordItems ? join(path, "data") : path
            for item in dataItems ?? [] {
                references.append((.data, item.text, item.mark))
                if recordItems { record(join(dataPath, item.text), item.mark) }
            }
            let period = period(view, "period")
            let starts = text(view, "starts"), source = text(view, "source")
            let deletion: DeletionMode? = word(view, "deletion", "deletion mode")
            let purpose = reference(view, "purpose", .purpose)
            let criterion = text(view, "criterion"), supervisor = text(view, "supervisor")
            let renamedFrom = plainID(view, "renamed_from")
            let endsWith: RetentionEvent? = word(view, "ends_with", "retention event")
            guard let data, let period else { continue }
            rules.append(
                RetentionRule(
                    id: id, data: data, period: period, starts: starts, source: source, deletion: deletion,
                    purpose: purpose, criterion: criterion, supervisor: supervisor, renamedFrom: renamedFrom,
                    endsWith: endsWith))
        }
        return rules
    }

    func locations(_ field: MappingView.Field?) -> [Location]? {
        entries(field, .location, nil) { view, _ in
            let party = partyKeyed(view, "party", list: "locations")
            let country = requiredText(view, "country"), description = text(view, "description")
            guard let party, let country else { return nil }
            return Location(party: party, country: country, description: description)
        }
    }

    func transfers(_ field: MappingView.Field?) -> [Transfer]? {
        entries(field, .transfer, nil) { view, _ in
            let to = partyKeyed(view, "to", list: "transfers")
            let path = join(join(SourcePaths.root, "transfers"), to ?? "")
            let country = requiredText(view, "country")
            let mechanism: TransferMechanism? = word(view, "mechanism", "transfer mechanism")
            let data = references(view, "data", .data, path: path) ?? []
            guard let to, let country else { return nil }
            return Transfer(to: to, country: country, mechanism: mechanism, data: data)
        }
    }

    func interests(_ field: MappingView.Field?) -> [Interest]? {
        entries(field, .interest, nil) { view, _ in
            let party = partyKeyed(view, "party", list: "interests")
            let description = requiredText(view, "description")
            guard let party, let description else { return nil }
            return Interest(party: party, description: description)
        }
    }

    /// The sources the text cites (`references:`), each with the abbreviation the text uses.
    func references(_ field: MappingView.Field?) -> [SourceReference]? {
        entries(field, .reference, nil) { view, _ in
            let id = requiredText(view, "id")
            let title = requiredText(view, "title")
            guard let id, let title else { return nil }
            return SourceReference(id: id, title: title, url: text(view, "url"))
        }
    }

    /// The party reference that names an entry of a list without ids: the entry is recorded at
    /// `list/<party>` as well as the `list/#n` the generic reader gave it.
    private func partyKeyed(_ view: MappingView, _ key: String, list: String) -> String? {
        guard let party = reference(view, key, .party) else { return nil }
        record(view, at: join(join(SourcePaths.root, list), party))
        return party
    }
}
