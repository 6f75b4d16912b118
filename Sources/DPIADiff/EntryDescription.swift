/// One list section of a spec (parties, data, roles, ...) as the diff compares it: how its entries
/// are keyed, what adding or removing one means, and which fields are compared.
struct EntryDescription<Entry>: Sendable {
    let section: DiffSection
    /// The entry's key: its id, or a key derived from its content for entries without id.
    /// Old entries are keyed through the renames.
    let key: @Sendable (Entry, Renames) -> String
    /// The id the entry says it was renamed from.
    let renamedFrom: @Sendable (Entry) -> String?
    /// A human name shown beside the id of an added or removed entry.
    let label: @Sendable (Entry) -> String?
    /// What an entry being there means: `exposure` (a new data item or role widens), `safeguard`
    /// (a new measure narrows) or `descriptive`.
    let existence: FieldKind
    let fields: [FieldDescription<Entry>]
    /// The source-map path of the entry with key `key` (by default `section/key`).
    let sourcePath: @Sendable (String) -> String

    init(
        _ section: DiffSection, key: @escaping @Sendable (Entry, Renames) -> String,
        renamedFrom: @escaping @Sendable (Entry) -> String? = { _ in nil },
        label: @escaping @Sendable (Entry) -> String? = { _ in nil }, existence: FieldKind,
        sourcePath: (@Sendable (String) -> String)? = nil, fields: [FieldDescription<Entry>]
    ) {
        self.section = section; self.key = key; self.renamedFrom = renamedFrom; self.label = label
        self.existence = existence; self.fields = fields; self.sourcePath = sourcePath ?? { section.path($0) }
    }

    /// The direction of adding (`added`) or removing an entry.
    func direction(added: Bool) -> Direction {
        added ? existence.direction(from: nil, to: .flag(true)) : existence.direction(from: .flag(true), to: nil)
    }
}
