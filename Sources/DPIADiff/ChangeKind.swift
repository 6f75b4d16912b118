/// What happened to an element between the old and the new version.
public enum ChangeKind: String, Sendable, Hashable, Codable {
    case added, removed, changed
    /// The entry's id changed and the new entry says `renamed_from:` the old id.
    case renamed
}
