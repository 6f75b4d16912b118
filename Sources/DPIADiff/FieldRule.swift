/// How to read one field of an entry or record for comparison.
struct FieldRule<Entry>: Sendable {
    /// The spec key below the entry, nested keys joined by `/` (`sees/scope`).
    let key: String
    /// Reads the value; old values read ids through the renames.
    let read: @Sendable (Entry, Renames) -> DiffValue?

    init(_ key: String, _ read: @escaping @Sendable (Entry, Renames) -> DiffValue?) {
        self.key = key; self.read = read
    }

    /// A field that refers to no ids.
    init(_ key: String, plain read: @escaping @Sendable (Entry) -> DiffValue?) {
        self.key = key; self.read = { entry, _ in read(entry) }
    }
}
