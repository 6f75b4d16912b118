import Yams

/// One YAML mapping after its keys were checked: each accepted key with its key's mark and value.
struct MappingView {
    /// A key's position and its value.
    struct Field {
        let key: String
        let keyMark: TextPosition
        let value: Node
    }

    /// Where the mapping starts.
    let mark: TextPosition
    /// Accepted keys in the order written.
    private(set) var fields: [Field] = []
    private var index: [String: Int] = [:]

    init(mark: TextPosition) { self.mark = mark }

    subscript(key: String) -> Field? { index[key].map { fields[$0] } }

    func contains(_ key: String) -> Bool { index[key] != nil }

    /// Adds a field; returns the earlier field with the same key instead when there is one.
    mutating func add(_ field: Field) -> Field? {
        if let earlier = index[field.key] { return fields[earlier] }
        index[field.key] = fields.count
        fields.append(field)
        return nil
    }
}
