import DPIAModel
import DPIARegister

/// Every measure of the register with its progress, in the board's order (deadline, none last), kept
/// between requests: the board of a large register would otherwise read every measure and update on
/// each request. Each use checks the register's stamp first; after measure updates only the activities
/// they touched are read again, after a recording (or a new day) everything is.
actor BoardCache {
    private let register: RegisterDatabase
    private var stamp: RegisterStamp?
    private var today: CalendarDate?
    private var measures: [TrackedMeasure] = []
    /// The activities that have measures, by id, with their titles.
    private var activities: [(id: String, title: String)] = []
    /// Position in `measures` by activity and measure id.
    private var positions: [String: Int] = [:]

    init(register: RegisterDatabase) { self.register = register }

    /// Every measure, current as of this call, and the activities that have measures (id and title, by id).
    func board(today: CalendarDate) throws -> (measures: [TrackedMeasure], activities: [(id: String, title: String)]) {
        let now = try register.stamp()
        if let stamp, self.today == today, now == stamp || now.onlyAddsEvents(to: stamp) {
            if now != stamp { try refresh(since: stamp, today: today) }
        } else {
            try reload(today: today)
        }
        return (measures, activities)
    }

    private func reload(today: CalendarDate) throws {
        // The stamp is read first: a change made during the read is seen (again) at the next use.
        let stamp = try register.stamp()
        measures = try register.measures(matching: MeasureQuery(today: today)).sorted(by: Self.boardOrder)
        var titles: [String: String] = [:]
        for measure in measures { titles[measure.activityID] = measure.activityTitle }
        activities = titles.sorted { $0.key < $1.key }.map { (id: $0.key, title: $0.value) }
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
        }
        self.stamp = now
    }

    private static func key(_ measure: TrackedMeasure) -> String { measure.activityID + "\u{0}" + measure.measure.id }

    /// By deadline (none last), then activity and measure id.
    static func boardOrder(_ lhs: TrackedMeasure, _ rhs: TrackedMeasure) -> Bool {
        switch (lhs.measure.due, rhs.measure.due) {
        case let (left?, right?) where left != right: return left < right
        case (nil, _?): return false
        case (_?, nil): return true
        default: return (lhs.activityID, lhs.measure.id) < (rhs.activityID, rhs.measure.id)
        }
    }
}
