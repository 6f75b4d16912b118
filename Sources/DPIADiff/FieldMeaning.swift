import DPIAModel
import DPIARender

/// What the diff knows about a field besides its value: how a change of it is classed, and how its
/// values are said to a reader (by name, in words) instead of as ids and spec spellings.
struct FieldMeaning: Sendable {
    /// How a change of the field is classed (see ``FieldKind``).
    let kind: FieldKind
    /// The section whose entries the field's ids refer to (data items, parties, ...): shown by name.
    let refers: DiffSection?
    /// How an enumerated value is said in words; nil for values that are not enumerated.
    let spelling: (@Sendable (String, ValueWords) -> String)?

    init(kind: FieldKind, refers: DiffSection? = nil, spelling: (@Sendable (String, ValueWords) -> String)? = nil) {
        self.kind = kind; self.refers = refers; self.spelling = spelling
    }

    /// Spells the values of a vocabulary with their words.
    static func vocabulary<Value: Vocabulary>(_ type: Value.Type) -> @Sendable (String, ValueWords) -> String {
        { raw, words in Value(rawValue: raw).map(words.word) ?? raw }
    }
}
