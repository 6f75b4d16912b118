/// One YAML mapping after its keys were checked: each accepted key with its key's mark and value.
///
/// Spec mappings are small, so keys are found by a linear search; a hash index is built only
/// for mappings with many keys, keeping hostile input linear.
struct MappingView {
    /// A key's position and its value.
    struct Field {
        let key: String
        let keyMark: TextPosition
        let value: YAMLNode
    }

    /// Where the mapping starts.
    let mark: TextPosition
    /// Accepted keys in the order written.
    private(set) var fields: [Field] = []
    private var index: [String: Int]?
    private static let linearLimit = 16

    init(mark: TextPosition) { self.mark = mark }

    subscript(key: String) -> Field? { position(of: key).map { fields[$0] } }

    func contains(_ key: String) -> Bool { position(of: key) != nil }

    private func position(of key: String) -> Int? {
        if let index { return index[key] }
        // The length first: most keys differ in it. Exact, as keys reach a view only once they match
        // the schema's ASCII keys, and no other text is canonically equivalent to those.
        let length = key.utf8.count
        return fields.firstIndex { $0.key.utf8.count == length && $0.key == key }
    }

    /// Adds a field; returns the earlier field with the same key instead when there is one.
    mutating func add(_ field: Field) -> Field? {
        if let earlier = position(of: field.key) { return fields[earlier] }
        fields.append(field)
        if index != nil {
            index?[field.key] = fields.count - 1
        } else if fields.count > Self.linearLimit {
            index = Dictionary(uniqueKeysWithValues: fields.enumerated().map { ($1.key, $0) })
        }
        return nil
    }
}
