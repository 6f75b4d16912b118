import DPIAModel

/// One change in the processing or in the plan: an entry added, removed or renamed, or a field changed.
public struct Change: Sendable, Hashable, Encodable {
    /// A field of an added entry, shown so the reviewer sees what was added.
    public struct Detail: Sendable, Hashable, Encodable {
        public var field: String
        public var value: DiffValue

        public init(field: String, value: DiffValue) { self.field = field; self.value = value }
    }

    public var kind: ChangeKind
    public var section: DiffSection
    /// The element path (see `SourceMap`), by the new id: `roles/werkgever/sees/scope`.
    public var path: String
    /// The id (or key) of the entry the change concerns; nil for sections without entries.
    public var entry: String?
    /// The spec key below the entry (`sees/scope`); nil when the whole entry was added, removed or renamed.
    public var field: String?
    /// The old value; for a renamed entry, the old id.
    public var old: DiffValue?
    /// The new value; for an added entry, its name; for a renamed entry, the new id.
    public var new: DiffValue?
    /// The fields of an added entry.
    public var details: [Detail]
    /// Where to look: in the new file, or in the old one for removals.
    public var location: SourceLocation
    /// Whether the change widens the processing (more data, more who see it, weaker safeguards),
    /// narrows it, or neither; from the table in ``FieldKind``.
    public var direction: Direction

    public init(
        kind: ChangeKind, section: DiffSection, path: String, entry: String?, field: String?,
        old: DiffValue?, new: DiffValue?, details: [Detail] = [], location: SourceLocation,
        direction: Direction = .neutral
    ) {
        self.kind = kind; self.section = section; self.path = path; self.entry = entry; self.field = field
        self.old = old; self.new = new; self.details = details; self.location = location; self.direction = direction
    }

    /// For list fields: the elements that were added and removed, each in its own list's order.
    public var listDelta: (added: [String], removed: [String]) {
        let oldItems = old?.elements ?? [], newItems = new?.elements ?? []
        let oldSet = Set(oldItems), newSet = Set(newItems)
        return (newItems.filter { !oldSet.contains($0) }, oldItems.filter { !newSet.contains($0) })
    }
}
