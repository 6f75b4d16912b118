import DPIAModel

/// Lookup tables over one activity, built once so that every section is linear in the spec's size.
struct ActivityIndex: Sendable {
    let activity: ProcessingActivity
    let parties: [String: Party]
    let subjects: [String: SubjectCategory]
    let data: [String: DataItem]
    let purposes: [String: Purpose]
    let roles: [String: Role]
    let risks: [String: DeclaredRisk]
    let flows: [String: Flow]
    let measures: [String: Measure]
    /// Retention rules by their key (id, or data ids joined with "+").
    let retention: [String: RetentionRule]
    /// Purpose ids that use each data id, in spec order.
    let purposesUsingData: [String: [String]]

    init(_ activity: ProcessingActivity) {
        self.activity = activity
        parties = Self.byID(activity.parties)
        subjects = Self.byID(activity.subjects)
        data = Self.byID(activity.data)
        purposes = Self.byID(activity.purposes)
        roles = Self.byID(activity.roles ?? [])
        risks = Self.byID(activity.risks ?? [])
        flows = Self.byID(activity.flows ?? [])
        measures = Self.byID(activity.measures ?? [])
        retention = Dictionary((activity.retention ?? []).map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        var using: [String: [String]] = [:]
        for purpose in activity.purposes {
            for dataID in purpose.data where using[dataID]?.last != purpose.id { using[dataID, default: []].append(purpose.id) }
        }
        purposesUsingData = using
    }

    /// First occurrence wins: the loader rejects duplicate ids, the renderer must not crash on them.
    private static func byID<T: Identifiable>(_ items: [T]) -> [String: T] where T.ID == String {
        Dictionary(items.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func partyName(_ id: String) -> String { parties[id]?.name ?? id }
    func subjectName(_ id: String) -> String { subjects[id]?.name ?? id }
    func dataName(_ id: String) -> String { data[id]?.name ?? id }
    func purposeName(_ id: String) -> String { purposes[id].map(Self.name(of:)) ?? id }
    func roleName(_ id: String) -> String { roles[id].map { $0.name ?? $0.id } ?? id }

    /// A purpose's name, else the first line of its description, else its id (``ElementName``).
    static func name(of purpose: Purpose) -> String { ElementName.plain(purpose) }

    /// Subject ids of the given data ids, deduplicated, in the order of the spec's subject list.
    func subjectIDs(ofData dataIDs: [String]) -> [String] {
        var wanted = Set<String>()
        for id in dataIDs { wanted.formUnion(data[id]?.subjects ?? []) }
        return activity.subjects.map(\.id).filter { wanted.contains($0) }
    }
}
