/// How to compare the entries of one list section (parties, data, roles, ...): how to key them and
/// which fields to compare.
struct EntryRules<Entry>: Sendable {
    let section: DiffSection
    /// The entry's key: its id, or a key derived from its content for entries without id.
    /// Old entries are keyed through the renames.
    let key: @Sendable (Entry, Renames) -> String
    /// The id the entry says it was renamed from.
    let renamedFrom: @Sendable (Entry) -> String?
    /// A human name shown beside the id of an added or removed entry.
    let label: @Sendable (Entry) -> String?
    let fields: [FieldRule<Entry>]
    /// The source-map path of the entry with key `key` (by default `section/key`).
    let sourcePath: @Sendable (String) -> String

    init(_ section: DiffSection, key: @escaping @Sendable (Entry, Renames) -> String,
         renamedFrom: @escaping @Sendable (Entry) -> String? = { _ in nil },
         label: @escaping @Sendable (Entry) -> String? = { _ in nil },
         sourcePath: (@Sendable (String) -> String)? = nil, fields: [FieldRule<Entry>]) {
        self.section = section; self.key = key; self.renamedFrom = renamedFrom; self.label = label
        self.fields = fields; self.sourcePath = sourcePath ?? { section.path($0) }
    }
}

/// How to compare a section without entries (transparency, governance, ...): the fields to compare.
struct RecordRules<Record>: Sendable {
    let section: DiffSection
    let fields: [FieldRule<Record>]

    init(_ section: DiffSection, fields: [FieldRule<Record>]) {
        self.section = section; self.fields = fields
    }
}
