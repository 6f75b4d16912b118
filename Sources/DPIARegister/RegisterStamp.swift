/// A mark of what the register holds of recordings and measure updates: it changes whenever a version is
/// recorded or a measure updated (by any process), so that a reader can tell whether what it read is current.
public struct RegisterStamp: Sendable, Hashable {
    /// The highest recording id and the number of recordings.
    public var lastRecording: Int64
    public var recordings: Int64
    /// The highest measure update id and the number of updates.
    public var lastEvent: Int64
    public var events: Int64

    public init(lastRecording: Int64, recordings: Int64, lastEvent: Int64, events: Int64) {
        self.lastRecording = lastRecording; self.recordings = recordings; self.lastEvent = lastEvent; self.events = events
    }

    /// Whether the only change since `earlier` is measure updates added after it.
    public func onlyAddsEvents(to earlier: RegisterStamp) -> Bool {
        lastRecording == earlier.lastRecording && recordings == earlier.recordings
            && lastEvent - earlier.lastEvent == events - earlier.events && lastEvent >= earlier.lastEvent
    }
}
