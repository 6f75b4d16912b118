import DPIAModel

/// Compares sections of two versions by their field descriptions and collects the changes, in a stable order:
/// per section, entries in the new version's order, then removed entries in the old version's order.
struct ChangeCollector {
    let oldMap: SourceMap
    let newMap: SourceMap
    let renames: Renames
    private(set) var changes: [Change] = []

    init(oldMap: SourceMap, newMap: SourceMap, renames: Renames) {
        self.oldMap = oldMap; self.newMap = newMap; self.renames = renames
    }

    /// Compares two lists of entries, matched by key (and by `renamed_from:`), never by position.
    mutating func compare<Entry>(_ rules: EntryDescription<Entry>, old: [Entry], new: [Entry]) {
        let oldKeyed = Self.keyed(old) { rules.key($0, renames) }
        let newKeyed = Self.keyed(new) { rules.key($0, .none) }
        var oldByKey: [String: (key: String, entry: Entry)] = [:]
        for (key, entry) in oldKeyed { oldByKey[key] = (key, entry) }
        var matched = Set<String>()

        for (key, entry) in newKeyed {
            guard let previous = oldByKey[key] else {
                changes.append(added(rules, key: key, entry: entry))
                continue
            }
            matched.insert(key)
            if let oldID = renames.oldID(of: key, in: rules.section), rules.renamedFrom(entry) == oldID {
                changes.append(
                    Change(
                        kind: .renamed, section: rules.section, path: rules.section.path(key), entry: key, field: nil,
                        old: .text(oldID), new: .text(key), location: newMap.location(of: rules.sourcePath(key))))
            }
            compareFields(
                rules.fields, section: rules.section, entry: key,
                oldEntryPath: rules.sourcePath(
                    renames.oldID(of: key, in: rules.section) ?? key), newEntryPath: rules.sourcePath(key),
                old: previous.entry, new: entry)
        }
        for (key, entry) in oldKeyed where !matched.contains(key) {
            let oldKey = renames.oldID(of: key, in: rules.section) ?? key
            changes.append(
                Change(
                    kind: .removed, section: rules.section, path: rules.section.path(oldKey), entry: oldKey, field: nil,
                    old: DiffValue.string(rules.label(entry)), new: nil,
                    location: oldMap.location(of: rules.sourcePath(oldKey)), direction: rules.direction(added: false)))
        }
    }

    /// Compares a section without entries; an absent section reads as all fields absent.
    mutating func compare<Record>(_ rules: RecordDescription<Record>, old: Record?, new: Record?) {
        compareFields(
            rules.fields, section: rules.section, entry: nil, oldEntryPath: rules.section.pathPrefix,
            newEntryPath: rules.section.pathPrefix, old: old, new: new)
    }

    /// Appends changes made elsewhere (visibility, ...).
    mutating func append(_ change: Change) { changes.append(change) }

    private mutating func compareFields<Entry>(
        _ fields: [FieldDescription<Entry>], section: DiffSection, entry: String?,
        oldEntryPath: String, newEntryPath: String,
        old: Entry?, new: Entry?
    ) {
        func join(_ base: String, _ key: String) -> String { base.isEmpty ? key : "\(base)/\(key)" }
        for field in fields {
            let oldValue = old.flatMap { field.read($0, renames) }
            let newValue = new.flatMap { field.read($0, .none) }
            let kind: ChangeKind
            switch (oldValue, newValue) {
            case (nil, nil): continue
            case (nil, _): kind = .added
            case (_, nil): kind = .removed
            case (let lhs?, let rhs?):
                if lhs.isEquivalent(to: rhs) { continue }
                kind = .changed
            }
            let newPath = join(newEntryPath, field.key)
            let location =
                kind == .removed
                ? oldMap.location(of: join(oldEntryPath, field.key))
                : newMap.location(of: firstAddedElementPath(newPath, old: oldValue, new: newValue) ?? newPath)
            changes.append(
                Change(
                    kind: kind, section: section, path: join(entry.map { section.path($0) } ?? section.pathPrefix, field.key),
                    entry: entry, field: field.key, old: oldValue, new: newValue, location: location,
                    direction: field.meaning.kind.direction(from: oldValue, to: newValue)))
        }
    }

    /// For a list that gained elements, the path of the first one the new source map knows
    /// (`purposes/x/data/cv`), so the line points at what was added.
    private func firstAddedElementPath(_ path: String, old: DiffValue?, new: DiffValue?) -> String? {
        guard case .list(let items)? = new else { return nil }
        let before = Set(old?.elements ?? [])
        return items.lazy.filter { !before.contains($0) }.map { "\(path)/\($0)" }
            .first { newMap.locations[$0] != nil }
    }

    private func added<Entry>(_ rules: EntryDescription<Entry>, key: String, entry: Entry) -> Change {
        let details = rules.fields.compactMap { field in
            field.read(entry, .none).map { Change.Detail(field: field.key, value: $0) }
        }
        return Change(
            kind: .added, section: rules.section, path: rules.section.path(key), entry: key, field: nil,
            old: nil, new: DiffValue.string(rules.label(entry)), details: details,
            location: newMap.location(of: rules.sourcePath(key)), direction: rules.direction(added: true))
    }

    /// Entries with their keys; a key that occurs more than once gets `#2`, `#3`, ... so that none is lost.
    private static func keyed<Entry>(_ entries: [Entry], key: (Entry) -> String) -> [(String, Entry)] {
        var seen: [String: Int] = [:]
        return entries.map { entry in
            let base = key(entry)
            let count = (seen[base] ?? 0) + 1
            seen[base] = count
            return (count == 1 ? base : "\(base)#\(count)", entry)
        }
    }
}
