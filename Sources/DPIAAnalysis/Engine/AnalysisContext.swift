import DPIAModel

/// Everything the rules share about one activity, computed once: indexes by id and who sees whom.
///
/// Building it is linear in the size of the spec; rules look elements up here instead of scanning lists.
public struct AnalysisContext: Sendable {
    public let activity: ProcessingActivity
    public let sourceMap: SourceMap
    public let parties: [String: Party]
    public let subjects: [String: SubjectCategory]
    public let data: [String: DataItem]
    public let purposes: [String: Purpose]
    public let roles: [String: Role]
    /// Data ids in spec order (what `data: all` means).
    public let dataIDs: [String]
    /// Subject ids in spec order (what `subjects: all` means).
    public let subjectIDs: [String]
    /// For each data id, the purposes that use it, in spec order.
    public let purposesUsing: [String: [Purpose]]
    /// Data ids covered by some retention rule.
    public let retainedData: Set<String>
    /// Subject categories the activity records substantive data about (profile, work, health, ...),
    /// not only identification, contact, messages or usage: the clients, as opposed to staff or
    /// employers' contact persons.
    public let clientSubjects: Set<String>
    /// Who sees whom: for every role (and every flow recipient without a role), the populations it sees.
    public private(set) var visibility: VisibilityMatrix
    /// The provisions the rules reason on (`Provisions/provisions.yaml`).
    public let catalogue: ProvisionCatalogue
    /// Every legal reference of the spec (grounds, law, bases, competence) resolved once.
    let resolutions: [String: GroundResolution]
    /// For each data id, the subjects it is about as a set (``data(_:isAbout:)`` runs for every cell of
    /// who sees whom).
    private let subjectsOfData: [String: Set<String>]

    public init(_ loaded: LoadedActivity, catalogue: ProvisionCatalogue = ProvisionCatalogue()) {
        let activity = loaded.activity
        self.activity = activity
        self.catalogue = catalogue
        var resolutions: [String: GroundResolution] = [:]
        LegalReference.visit(activity) { _, _, _, _, text in
            if resolutions[text] == nil { resolutions[text] = catalogue.resolve(text) }
        }
        self.resolutions = resolutions
        sourceMap = loaded.sourceMap
        parties = Self.index(activity.parties)
        subjects = Self.index(activity.subjects)
        data = Self.index(activity.data)
        purposes = Self.index(activity.purposes)
        roles = Self.index(activity.roles ?? [])
        dataIDs = activity.data.map(\.id)
        subjectIDs = activity.subjects.map(\.id)
        var using: [String: [Purpose]] = [:]
        for purpose in activity.purposes {
            for id in Set(purpose.data) { using[id, default: []].append(purpose) }
        }
        purposesUsing = using
        retainedData = Set((activity.retention ?? []).flatMap(\.data))
        let administrative: Set<DataKind> = [.identification, .contact, .usage, .communication]
        clientSubjects = Set(activity.data.filter { !administrative.contains($0.kind) }.flatMap(\.subjects))
        subjectsOfData = data.mapValues { Set($0.subjects) }
        visibility = VisibilityMatrix(rows: [])
        visibility = VisibilityMatrix(context: self)
    }

    /// The activity without source marks (every location is the start of an unnamed file).
    public init(_ activity: ProcessingActivity, catalogue: ProvisionCatalogue = ProvisionCatalogue()) {
        self.init(LoadedActivity(activity: activity, sourceMap: SourceMap(file: "")), catalogue: catalogue)
    }

    private static func index<Element: Identifiable>(_ list: [Element]) -> [String: Element] where Element.ID == String {
        // The first entry wins on duplicate ids; the loader reports duplicates. One hash per entry,
        // and no array of pairs in between.
        var index: [String: Element] = [:]
        index.reserveCapacity(list.count)
        for element in list { keep(&index[element.id, default: element]) }
        return index
    }

    /// Accesses a dictionary value in place: stores the default only when the key is new.
    @inline(__always)
    private static func keep<Value>(_ value: inout Value) {}

    // MARK: Parties and roles

    /// The party's display name, or its id when unknown.
    public func name(ofParty id: String) -> String { parties[id]?.name ?? id }

    /// Whether a party is outside the controllers' organisations by nature: employers, private
    /// intermediaries, suppliers and other private parties.
    public func isExternal(party id: String) -> Bool {
        guard let party = parties[id] else { return false }
        switch party.type {
        case .employer, .privateIntermediary, .supplier, .other: return true
        default: return false
        }
    }

    /// Whether a role is external: its `external` key, or else its party's type.
    public func isExternal(_ role: Role) -> Bool { role.external ?? isExternal(party: role.party) }

    /// The organisations whose subjects count as the party's "own": the party itself, the
    /// controllers that admitted it (`affiliated`), and the parties it is `part_of`, transitively.
    public func ownOrganisations(ofParty id: String) -> Set<String> {
        var result: Set<String> = []
        var pending = [id]
        while let next = pending.popLast() {
            guard result.insert(next).inserted, let party = parties[next] else { continue }
            pending.append(contentsOf: party.affiliated)
            if let parent = party.partOf { pending.append(parent) }
        }
        return result
    }

    /// The top organisation a party belongs to (following `part_of`).
    public func rootOrganisation(ofParty id: String) -> String {
        var current = id
        var seen: Set<String> = []
        while seen.insert(current).inserted, let parent = parties[current]?.partOf { current = parent }
        return current
    }

    /// Whose clients the subjects are: their `of`, or the activity's controller when not stated.
    public func owners(ofSubject id: String) -> [String] {
        let of = subjects[id]?.of ?? []
        return of.isEmpty ? [activity.controller] : of
    }

    // MARK: Data

    /// The data ids a selection stands for, in spec order.
    public func dataIDs(_ selection: Selection) -> [String] {
        switch selection {
        case .all: dataIDs
        case .only(let ids): ids
        }
    }

    /// The subject ids a selection stands for, in spec order.
    public func subjectIDs(_ selection: Selection) -> [String] {
        switch selection {
        case .all: subjectIDs
        case .only(let ids): ids
        }
    }

    /// The kind of a data id, when known.
    public func kind(of dataID: String) -> DataKind? { data[dataID]?.kind }

    /// Whether the data item is about the subject (data without `subjects` is about everyone).
    public func data(_ dataID: String, isAbout subjectID: String) -> Bool {
        guard let subjects = subjectsOfData[dataID] else { return false }
        return subjects.isEmpty || subjects.contains(subjectID)
    }

    /// The data ids the role's purposes use; nil when the role names no purposes.
    public func dataNeeded(by role: Role) -> Set<String>? {
        guard !role.purposes.isEmpty else { return nil }
        return Set(role.purposes.flatMap { purposes[$0]?.data ?? [] })
    }

    /// Whether the controller of the activity is a public body (municipality, UWV, other public body).
    public var controllerIsPublic: Bool { parties[activity.controller]?.type.isPublic ?? false }

    /// The privacy statement informs about `topic`.
    public func informs(about topic: TransparencyTopic) -> Bool {
        activity.transparency?.informsAbout.contains(topic) ?? false
    }

    /// The element path of a role.
    public static func path(role id: String) -> String { "roles/\(id)" }
}
