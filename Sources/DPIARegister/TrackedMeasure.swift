import DPIAModel

/// A measure of the plan together with its progress, as `dpia actions list` shows it.
public struct TrackedMeasure: Sendable, Hashable {
    public var activityID: String
    /// The title of the activity's latest recorded version.
    public var activityTitle: String
    /// The latest recorded version that contains the measure.
    public var versionID: String
    /// The measure as that version of the spec wrote it (what, owner, due date, decision).
    public var measure: Measure
    public var progress: MeasureProgress
    /// Due before today and neither done nor dropped (removed measures are never overdue).
    public var isOverdue: Bool

    public init(
        activityID: String, activityTitle: String, versionID: String, measure: Measure,
        progress: MeasureProgress, isOverdue: Bool
    ) {
        self.activityID = activityID; self.activityTitle = activityTitle; self.versionID = versionID
        self.measure = measure; self.progress = progress; self.isOverdue = isOverdue
    }

    /// Planned or in progress, and still in the spec.
    public var isOpen: Bool { !progress.removed && (progress.status == .planned || progress.status == .inProgress) }
}

/// Which measures `dpia actions list` shows.
public struct MeasureQuery: Sendable, Hashable {
    /// Only this activity.
    public var activityID: String?
    /// Only measures whose owner contains this text (ignoring case).
    public var owner: String?
    /// Only these effective statuses; nil for all.
    public var statuses: Set<MeasureStatus>?
    /// Only overdue measures.
    public var overdueOnly: Bool
    /// Whether measures no longer in the spec are listed.
    public var includeRemoved: Bool
    /// The day against which "overdue" is judged.
    public var today: CalendarDate

    public init(
        activityID: String? = nil, owner: String? = nil, statuses: Set<MeasureStatus>? = nil,
        overdueOnly: Bool = false, includeRemoved: Bool = true, today: CalendarDate
    ) {
        self.activityID = activityID; self.owner = owner; self.statuses = statuses; self.overdueOnly = overdueOnly
        self.includeRemoved = includeRemoved; self.today = today
    }

    /// Whether a measure passes the filters.
    public func matches(_ tracked: TrackedMeasure) -> Bool {
        if let activityID, tracked.activityID != activityID { return false }
        if let owner, !(tracked.measure.owner ?? "").lowercased().contains(owner.lowercased()) { return false }
        if let statuses, !statuses.contains(tracked.progress.status) { return false }
        if overdueOnly && !tracked.isOverdue { return false }
        if !includeRemoved && tracked.progress.removed { return false }
        return true
    }
}

/// A progress update to record (`dpia actions update`).
public struct MeasureUpdate: Sendable, Hashable {
    public var measureID: String
    /// Required when the measure id occurs in more than one activity.
    public var activityID: String?
    public var status: MeasureStatus
    public var on: CalendarDate
    public var note: String?
    public var evidence: String?
    public var author: String?

    public init(
        measureID: String, activityID: String? = nil, status: MeasureStatus, on: CalendarDate,
        note: String? = nil, evidence: String? = nil, author: String? = nil
    ) {
        self.measureID = measureID; self.activityID = activityID; self.status = status; self.on = on
        self.note = note; self.evidence = evidence; self.author = author
    }
}

/// Everything the register knows about one measure: how the spec wrote it over time, and every update.
public struct MeasureHistory: Sendable, Hashable {
    /// The measure as it appeared in the recorded versions, one entry per change; `measure` is nil in an
    /// entry when the version no longer contained it.
    public struct Definition: Sendable, Hashable {
        public var versionID: String
        public var recordedOn: CalendarDate
        public var measure: Measure?

        public init(versionID: String, recordedOn: CalendarDate, measure: Measure?) {
            self.versionID = versionID; self.recordedOn = recordedOn; self.measure = measure
        }
    }

    public var current: TrackedMeasure
    public var definitions: [Definition]
    /// Progress updates, in the order they apply (by date, then entry).
    public var events: [MeasureEventRecord]

    public init(current: TrackedMeasure, definitions: [Definition], events: [MeasureEventRecord]) {
        self.current = current; self.definitions = definitions; self.events = events
    }
}
