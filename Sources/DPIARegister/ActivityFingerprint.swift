import DPIAModel

/// The identity of one version of an activity: its canonical content, the SHA-256 of that content
/// and the version id derived from it.
///
/// The hash is taken over the model, not over the YAML text, so comments, whitespace, key order and
/// the order of entries do not make a new version; every change to a value does.
public struct ActivityFingerprint: Sendable, Hashable {
    public var activityID: String
    /// The canonical JSON of the activity (see ``JSONValue/canonicalText``).
    public var content: JSONValue
    /// ``content`` as text: what the register stores and hashes.
    public var contentText: String
    /// SHA-256 of ``contentText`` in lowercase hexadecimal.
    public var contentHash: String

    public init(_ activity: ProcessingActivity) throws {
        try self.init(activityID: activity.id, content: JSONValue(canonicalEncoding: activity))
    }

    /// Rebuilds a fingerprint from content stored in the register.
    public init(activityID: String, storedContent: String) throws {
        try self.init(activityID: activityID, content: JSONValue(canonicalParsing: storedContent))
    }

    private init(activityID: String, content: JSONValue) {
        self.activityID = activityID
        self.content = content
        self.contentText = content.canonicalText
        self.contentHash = SHA256.hexDigest(of: contentText)
    }

    /// `<activity-id>@<first 12 hex digits of the hash>`: short enough for log lines, unique in practice.
    public var versionID: String { Self.versionID(activityID: activityID, contentHash: contentHash) }

    /// The version id of an activity with a given content hash.
    public static func versionID(activityID: String, contentHash: String) -> String {
        "\(activityID)@\(contentHash.prefix(12))"
    }

    /// The top-level sections, spelled as spec keys (`parties`, `measures`, `subject_views`), whose content
    /// differs from `other`, sorted by name. A section present in one and absent in the other differs.
    public func changedSections(since other: ActivityFingerprint) -> [String] {
        let mine = content.members, theirs = other.content.members
        return Set(mine.keys).union(theirs.keys)
            .filter { (mine[$0] ?? .null).canonicalText != (theirs[$0] ?? .null).canonicalText }
            .map(Self.specKey)
            .sorted(by: JSONValue.precedes)
    }

    /// The spec key of a model property: `subjectViews` → `subject_views`.
    static func specKey(_ property: String) -> String {
        property.reduce(into: "") { key, character in
            if character.isUppercase { key += "_" + character.lowercased() } else { key.append(character) }
        }
    }
}
