import DPIAModel

/// The names people gave the entries of both versions, so the page can say "Klantnummer" where the
/// spec's id is `klantnummer`: by section, id (in the new version's terms) to name. The new version's
/// name wins; an entry only in the old version keeps its old name.
struct EntryNames: Sendable, Hashable {
    private var names: [DiffSection: [String: String]] = [:]
    /// Per section, the names more than one entry has: those are shown with their id.
    private var shared: [DiffSection: Set<String>] = [:]

    init() {}

    init(old: ProcessingActivity, new: ProcessingActivity, renames: Renames) {
        func collect(_ section: DiffSection, _ new: [(String, String?)], _ old: [(String, String?)]) {
            var table: [String: String] = [:]
            for (id, name) in new { if let name, !name.isEmpty { table[id] = table[id] ?? name } }
            for (id, name) in old {
                let id = renames(section, id)
                if let name, !name.isEmpty, table[id] == nil { table[id] = name }
            }
            names[section] = table
            var count: [String: Int] = [:]
            for name in table.values { count[name, default: 0] += 1 }
            shared[section] = Set(count.filter { $0.value > 1 }.keys)
        }
        collect(.parties, new.parties.map { ($0.id, $0.name) }, old.parties.map { ($0.id, $0.name) })
        collect(.subjects, new.subjects.map { ($0.id, $0.name) }, old.subjects.map { ($0.id, $0.name) })
        collect(.data, new.data.map { ($0.id, $0.name) }, old.data.map { ($0.id, $0.name) })
        collect(.purposes, new.purposes.map { ($0.id, $0.name) }, old.purposes.map { ($0.id, $0.name) })
        collect(.roles, (new.roles ?? []).map { ($0.id, $0.name) }, (old.roles ?? []).map { ($0.id, $0.name) })
        // A flow is named by who gives and who receives: "Gemeente Utrecht → Matchcare".
        let parties = names[.parties] ?? [:]
        func flowName(_ flow: Flow, _ section: (String) -> String) -> String {
            let from = section(flow.from), to = section(flow.to)
            return "\(parties[from] ?? from) → \(parties[to] ?? to)"
        }
        collect(
            .flows, (new.flows ?? []).map { ($0.id, flowName($0, { $0 })) },
            (old.flows ?? []).map { ($0.id, flowName($0, { renames(.parties, $0) })) })
    }

    /// The name of entry `id` of `section`; nil when it has none. Locations, transfers and interests are
    /// named by their party.
    func name(of id: String, in section: DiffSection) -> String? {
        names[Self.naming(section)]?[id]
    }

    /// Whether another entry of `section` has the same name, so that the id must be shown too.
    func isShared(_ name: String, in section: DiffSection) -> Bool {
        shared[Self.naming(section)]?.contains(name) == true
    }

    /// The section whose names name entries of `section`.
    private static func naming(_ section: DiffSection) -> DiffSection {
        switch section {
        case .locations, .transfers, .interests: .parties
        default: section
        }
    }
}
