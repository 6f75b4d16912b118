/// What `record` did with one activity.
public struct RecordOutcome: Sendable, Hashable {
    /// Whether the version was new, already the current one, or an earlier version that became current again.
    public enum Kind: String, Sendable, Hashable {
        /// A version the register had not seen: stored with its findings and measures.
        case new
        /// The same content as the latest recorded version: nothing was added.
        case unchanged
        /// The content of an earlier version (a change was undone): recorded as current again.
        case returned
    }

    public var activityID: String
    public var versionID: String
    public var contentHash: String
    public var kind: Kind
    /// The version that was current before, when there was one and it differs.
    public var previousVersionID: String?
    /// Set when the activity was adopted and has changed since.
    public var reassessment: ReassessmentNotice?

    public init(
        activityID: String, versionID: String, contentHash: String, kind: Kind, previousVersionID: String?,
        reassessment: ReassessmentNotice?
    ) {
        self.activityID = activityID; self.versionID = versionID; self.contentHash = contentHash; self.kind = kind
        self.previousVersionID = previousVersionID; self.reassessment = reassessment
    }
}
