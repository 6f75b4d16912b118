/// The ids that were renamed between two versions, per section, from the `renamed_from:` keys of the new one.
///
/// Old values are read through it, so that a renamed data item does not show as a change in every
/// purpose, role and flow that refers to it.
struct Renames: Sendable {
    /// Old id to new id, per section.
    private var newIDs: [DiffSection: [String: String]] = [:]

    /// No renames: how the new side is read.
    static let none = Renames()

    private init() {}

    /// Collects `renamed_from:` of the new entries; a rename counts only when the old version has the
    /// old id and the new version no longer does.
    init(_ pairs: [DiffSection: [(id: String, renamedFrom: String?)]], oldIDs: [DiffSection: Set<String>]) {
        for (section, entries) in pairs {
            let newIDs = Set(entries.map(\.id))
            let old = oldIDs[section] ?? []
            var map: [String: String] = [:]
            for entry in entries {
                guard let from = entry.renamedFrom, from != entry.id, old.contains(from), !newIDs.contains(from),
                    map[from] == nil
                else { continue }
                map[from] = entry.id
            }
            if !map.isEmpty { self.newIDs[section] = map }
        }
    }

    /// The id `id` of `section` has in the new version.
    func callAsFunction(_ section: DiffSection, _ id: String) -> String { newIDs[section]?[id] ?? id }

    /// The ids `ids` of `section` have in the new version.
    func callAsFunction(_ section: DiffSection, _ ids: [String]) -> [String] {
        guard let map = newIDs[section] else { return ids }
        return ids.map { map[$0] ?? $0 }
    }

    /// An optional id read through the renames.
    func optional(_ section: DiffSection, _ id: String?) -> String? { id.map { self(section, $0) } }

    /// The old id of an entry renamed to `newID`, if it was.
    func oldID(of newID: String, in section: DiffSection) -> String? {
        newIDs[section]?.first { $0.value == newID }?.key
    }

    /// Old id to new id in `section`.
    func map(of section: DiffSection) -> [String: String] { newIDs[section] ?? [:] }
}
