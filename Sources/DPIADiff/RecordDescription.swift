/// A section without entries (transparency, governance, ...) as the diff compares it: its fields.
struct RecordDescription<Record>: Sendable {
    let section: DiffSection
    let fields: [FieldDescription<Record>]

    init(_ section: DiffSection, fields: [FieldDescription<Record>]) {
        self.section = section; self.fields = fields
    }
}
