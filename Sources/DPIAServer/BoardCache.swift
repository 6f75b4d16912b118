import DPIAModel
import DPIARegister

/// Every measure of the register with its progress, in the board's order (deadline, none last), and the
/// latest recorded version of every activity, kept between requests: the board and the overview of a
/// large register would otherwise read every measure, update and version on each request. Each use checks
/// the register's stamp first; after measure updates only the activities they touched are read again, after
/// a recording (or a new day) everything is.
///
/// Beside the measures it keeps a small entry per measure (activity and owner as numbers, status,
/// overdue), so that a request filters small values and copies only the measures of the page it shows,
/// and the HTML row of each measure once it has been shown, until that measure changes.
actor BoardCache {
    /// The part of the board one request shows.
    struct Slice: Sendable {
        /// The measures of the page.
        var rows: [TrackedMeasure]
        /// Their table rows as `renderRow` made them, when asked for (the web board; not the feeds).
        var html: [String]
        /// How many measures the filter selects, and how many of those are overdue.
        var count: Int
        var overdue: Int
        /// The activities that have measures (id and title, by id), when there are at most `listLimit`.
        var activities: [(id: String, title: String)]?
        /// Whether some measure belongs to the filter's activity.
        var activityHasMeasures: Bool
    }

    private struct Entry {
        var activity: Int
        var owner: Int
        var status: MeasureStatus
        var overdue: Bool
        var removed: Bool
        /// ``TrackedMeasure/isOpen``: the overview's open count.
        var open: Bool
    }

    private let register: RegisterDatabase
    private let renderRow: @Sendable (TrackedMeasure) throws -> String
    private var stamp: RegisterStamp?
    private var today: CalendarDate?
    private var measures: [TrackedMeasure] = []
    private var entries: [Entry] = []
    /// The rendered row of each measure in `measures`, nil until shown or after the measure changed.
    private var rows: [String?] = []
    /// The activities that have measures, by id, with their titles; their numbers in `entries`.
    private var activities: [(id: String, title: String)] = []
    private var activityNumbers: [String: Int] = [:]
    /// The owners in lower case as the owner filter compares them ("" for none); their numbers in `entries`.
    private var owners: [String] = []
    private var ownerNumbers: [String: Int] = [:]
    /// Position in `measures` by activity and measure id.
    private var positions: [String: Int] = [:]
    /// The latest recorded version of every activity, by id; only a recording changes them (and reloads).
    private var latest: [LatestVersion] = []

    /// `renderRow` makes a measure's table row; it depends only on the measure (and the day, which reloads).
    init(register: RegisterDatabase, renderRow: @escaping @Sendable (TrackedMeasure) throws -> String) {
        self.register = register
        self.renderRow = renderRow
    }

    /// The measures `filter` selects (its `today` is the day overdue is judged against), current as of this
    /// call: `limit` of them from `offset` on, and their counts; with `html`, also their rendered rows.
    func slice(_ filter: MeasureQuery, offset: Int, limit: Int, listLimit: Int, html: Bool = false) throws -> Slice {
        try bringUpToDate(today: filter.today)
        // The filter as MeasureQuery.matches applies it, on numbers: the owner text is compared once per owner.
        let activity = filter.activityID.map { activityNumbers[$0] ?? -1 }
        let ownerMatches = filter.owner.map { text in owners.map { $0.contains(text.lowercased()) } }
        var count = 0, overdue = 0
        var rows: [TrackedMeasure] = []
        var shown: [Int] = []
        for (position, entry) in entries.enumerated() {
            if let activity, entry.activity != activity { continue }
            if let ownerMatches, !ownerMatches[entry.owner] { continue }
            if let statuses = filter.statuses, !statuses.contains(entry.status) { continue }
            if filter.overdueOnly && !entry.overdue { continue }
            if !filter.includeRemoved && entry.removed { continue }
            if count >= offset && rows.count < limit {
                rows.append(measures[position])
                shown.append(position)
            }
            count += 1
            if entry.overdue { overdue += 1 }
        }
        var texts: [String] = []
        if html {
            for position in shown {
                if let known = self.rows[position] { texts.append(known); continue }
                let text = try renderRow(measures[position])
                self.rows[position] = text
                texts.append(text)
            }
        }
        return Slice(
            rows: rows, html: texts, count: count, overdue: overdue,
            activities: activities.count <= listLimit ? activities : nil,
            activityHasMeasures: activity.map { $0 >= 0 } ?? true)
    }

    /// The register overview's rows, current as of this call: the latest recorded version of every activity
    /// (by id) and, per activity that has measures, how many are open (planned or in progress, still in the
    /// spec) and how many overdue.
    func overview(today: CalendarDate) throws -> (latest: [LatestVersion], counts: [String: (open: Int, overdue: Int)]) {
        try bringUpToDate(today: today)
        return (latest, activityCounts())
    }

    private func activityCounts() -> [String: (open: Int, overdue: Int)] {
        var counts = Array(repeating: (open: 0, overdue: 0), count: activities.count)
        for entry in entries where entry.activity >= 0 && !entry.removed {
            if entry.open { counts[entry.activity].open += 1 }
            if entry.overdue { counts[entry.activity].overdue += 1 }
        }
        return Dictionary(uniqueKeysWithValues: zip(activities.map(\.id), counts))
    }

    /// Reads what changed since the last use: only the activities with new updates, or everything after a
    /// recording or on a new day.
    private func bringUpToDate(today: CalendarDate) throws {
        let now = try register.stamp()
        if let stamp, self.today == today, now == stamp || now.onlyAddsEvents(to: stamp) {
            if now != stamp { try refresh(since: stamp, today: today) }
        } else {
            try reload(today: today)
        }
    }

    private func reload(today: CalendarDate) throws {
        // One read: the measures, the versions and the stamp are one state of the register.
        let (all, latest, stamp) = try register.everyMeasureAndLatestVersion(today: today)
        measures = all.sorted(by: Self.boardOrder)
        self.latest = latest
        var titles: [String: String] = [:]
        for measure in measures { titles[measure.activityID] = measure.activityTitle }
        activities = titles.sorted { $0.key < $1.key }.map { (id: $0.key, title: $0.value) }
        activityNumbers = Dictionary(uniqueKeysWithValues: activities.enumerated().map { ($1.id, $0) })
        owners = []
        ownerNumbers = [:]
        entries = measures.map(entry)
        rows = Array(repeating: nil, count: measures.count)
        positions = Dictionary(measures.enumerated().map { (Self.key($1), $0) }, uniquingKeysWith: { first, _ in first })
        self.stamp = stamp
        self.today = today
    }

    private func refresh(since stamp: RegisterStamp, today: CalendarDate) throws {
        let (changed, now) = try register.measuresUpdated(since: stamp, today: today)
        guard now.onlyAddsEvents(to: stamp) else { return try reload(today: today) }
        for measure in changed {
            // An update changes progress, never the deadline: the order stays.
            guard let position = positions[Self.key(measure)] else { return try reload(today: today) }
            measures[position] = measure
            entries[position] = entry(measure)
            rows[position] = nil
        }
        self.stamp = now
    }

    private func entry(_ measure: TrackedMeasure) -> Entry {
        let owner = (measure.measure.owner ?? "").lowercased()
        let number: Int
        if let known = ownerNumbers[owner] {
            number = known
        } else {
            number = owners.count
            owners.append(owner)
            ownerNumbers[owner] = number
        }
        return Entry(
            activity: activityNumbers[measure.activityID] ?? -1, owner: number, status: measure.progress.status,
            overdue: measure.isOverdue, removed: measure.progress.removed, open: measure.isOpen)
    }

    private static func key(_ measure: TrackedMeasure) -> String { measure.activityID + "\u{0}" + measure.measure.id }

    /// By deadline (none last), then activity and measure id.
    static func boardOrder(_ lhs: TrackedMeasure, _ rhs: TrackedMeasure) -> Bool {
        switch (lhs.measure.due, rhs.measure.due) {
        case (let left?, let right?) where left != right: return left < right
        case (nil, _?): return false
        case (_?, nil): return true
        default: return (lhs.activityID, lhs.measure.id) < (rhs.activityID, rhs.measure.id)
        }
    }
}
