/// A mark of what the register holds of recordings and measure updates: it changes whenever a version is
/// recorded or a measure updated (by any process), so that a reader can tell whether what it read is current.
///
/// The highest row ids are enough, by the schema's own invariants: recordings and measure updates are
/// append-only (triggers refuse updates and deletes), their ids come from `AUTOINCREMENT` (never reused,
/// handed out in commit order by SQLite's one writer), and `dpia restore` writes only into an empty
/// register. So every change adds rows with higher ids, and the updates after a stamp are exactly those
/// with an id above its `lastEvent`. (Counting the rows as well cost a scan of both tables per read.)
public struct RegisterStamp: Sendable, Hashable {
    /// The highest recording id (0 when there is none).
    public var lastRecording: Int64
    /// The highest measure update id (0 when there is none).
    public var lastEvent: Int64

    public init(lastRecording: Int64, lastEvent: Int64) {
        self.lastRecording = lastRecording
        self.lastEvent = lastEvent
    }

    /// Whether the only change since `earlier` is measure updates added after it.
    public func onlyAddsEvents(to earlier: RegisterStamp) -> Bool {
        lastRecording == earlier.lastRecording && lastEvent >= earlier.lastEvent
    }
}
