import DPIAModel
import DPIARender

/// One field of an entry or section as the diff compares it: its spec key, what it means (see
/// ``FieldMeaning``), and how to read its value.
struct FieldDescription<Entry>: Sendable {
    /// The spec key below the entry, nested keys joined by `/` (`sees/scope`).
    let key: String
    let meaning: FieldMeaning
    /// Reads the value; old values read ids through the renames.
    let read: @Sendable (Entry, Renames) -> DiffValue?

    /// A field whose value holds ids of entries of `refers` (read through the renames).
    init(
        _ key: String, _ kind: FieldKind = .descriptive, refers: DiffSection,
        _ read: @escaping @Sendable (Entry, Renames) -> DiffValue?
    ) {
        self.key = key; self.meaning = FieldMeaning(kind: kind, refers: refers); self.read = read
    }

    /// A field that refers to no ids.
    init(
        _ key: String, _ kind: FieldKind = .descriptive, spelling: (@Sendable (String, ValueWords) -> String)? = nil,
        plain read: @escaping @Sendable (Entry) -> DiffValue?
    ) {
        self.key = key; self.meaning = FieldMeaning(kind: kind, spelling: spelling); self.read = { entry, _ in read(entry) }
    }

    /// A field holding one value of a vocabulary, said in words.
    static func word<Value: Vocabulary>(
        _ key: String, _ kind: FieldKind = .descriptive,
        read: @escaping @Sendable (Entry) -> Value?
    ) -> FieldDescription {
        FieldDescription(key, kind, spelling: FieldMeaning.vocabulary(Value.self), plain: { .word(read($0)) })
    }

    /// A field holding a list of values of a vocabulary, said in words.
    static func words<Value: Vocabulary>(
        _ key: String, _ kind: FieldKind = .descriptive,
        read: @escaping @Sendable (Entry) -> [Value]?
    ) -> FieldDescription {
        FieldDescription(
            key, kind, spelling: FieldMeaning.vocabulary(Value.self),
            plain: { .items(read($0)?.map(\.rawValue)) })
    }
}
