import DPIAModel
import DPIASpec
import GRDB

extension RegisterDatabase {
    /// The measures of all activities (or one), from each activity's latest recorded version, plus the
    /// measures earlier versions had and the latest no longer has (marked removed), filtered by `query`.
    /// Sorted by activity, due date (none last) and measure id.
    public func measures(matching query: MeasureQuery) throws -> [TrackedMeasure] {
        try read { db in
            if let activityID = query.activityID { try Self.requireActivity(activityID, in: db) }
            return try Self.trackedMeasures(activityID: query.activityID, today: query.today, in: db).filter(query.matches)
        }
    }

    /// The progress of every measure of an activity, for the report: effective status, last update, evidence.
    /// Includes measures removed from the spec (`removed: true`). Sorted by measure id.
    ///
    /// An activity the register does not know has no progress: the result is empty, not an error, so that a
    /// report can be made before the first `dpia record`.
    public func measureProgress(activityID: String) throws -> [MeasureProgress] {
        try read { db in
            // Any day will do: overdue is not part of the progress.
            try Self.trackedMeasures(activityID: activityID, today: CalendarDate(year: 1, month: 1, day: 1), in: db)
                .map(\.progress).sorted { $0.measureID < $1.measureID }
        }
    }

    /// Records a progress update of a measure, and returns the measure with its new progress.
    ///
    /// Its texts follow the loader's rule (no control characters or direction overrides), as every
    /// text of the register does, so that `actions show` cannot act on a terminal and an export of
    /// the register can always be restored.
    public func update(_ update: MeasureUpdate) throws -> TrackedMeasure {
        let fields = [
            (LocalizedText(nl: "notitie", en: "note"), update.note), (LocalizedText(nl: "bewijslink", en: "evidence"), update.evidence),
            (LocalizedText(nl: "auteur", en: "author"), update.author),
        ]
        for (field, text) in fields {
            if let text, let problem = SpecValueRules.localizedTextProblem(text) {
                throw RegisterError.invalidUpdateText(field: field, problem: problem)
            }
        }
        return try write { db in
            let activityID = try Self.resolveActivity(of: update.measureID, given: update.activityID, in: db)
            var event = MeasureEventRecord(
                activityID: activityID, measureID: update.measureID, status: update.status,
                occurredOn: update.on.description, note: update.note, evidence: update.evidence, author: update.author)
            try event.insert(db)
            return try Self.trackedMeasures(activityID: activityID, today: update.on, in: db)
                .first { $0.measure.id == update.measureID }!
        }
    }

    /// How a measure was written in each recorded version, and all its updates.
    public func history(ofMeasure measureID: String, activityID: String? = nil, today: CalendarDate) throws -> MeasureHistory {
        try read { db in
            let activityID = try Self.resolveActivity(of: measureID, given: activityID, in: db)
            let current = try Self.trackedMeasures(activityID: activityID, today: today, in: db)
                .first { $0.measure.id == measureID }!
            let timeline = try Row.fetchAll(
                db,
                sql: """
                    SELECT r.version_id, r.recorded_on, m.version_id AS has_measure, m.decision, m.description, m.owner,
                           m.due, m.status, m.residual, m.type, m.evidence, m.addresses
                    FROM recording r LEFT JOIN measure m ON m.version_id = r.version_id AND m.id = ?
                    WHERE r.activity_id = ? ORDER BY r.id
                    """, arguments: [measureID, activityID])
            var definitions: [MeasureHistory.Definition] = []
            for row in timeline {
                let measure: Measure? = (row["has_measure"] as String?) == nil ? nil : MeasureRecord(row: row, id: measureID).measure
                if definitions.isEmpty ? measure == nil : definitions.last?.measure == measure { continue }
                definitions.append(
                    MeasureHistory.Definition(
                        versionID: row["version_id"], recordedOn: CalendarDate(iso: row["recorded_on"]) ?? today, measure: measure))
            }
            let events =
                try MeasureEventRecord
                .filter(Column("activity_id") == activityID && Column("measure_id") == measureID)
                .order(Column("occurred_on"), Column("id")).fetchAll(db)
            return MeasureHistory(current: current, definitions: definitions, events: events)
        }
    }

    // MARK: - Shared

    static func requireActivity(_ activityID: String, in db: Database) throws {
        guard try ActivityRecord.exists(db, key: activityID) else {
            throw RegisterError.unknownActivity(activityID, known: try String.fetchAll(db, sql: "SELECT id FROM activity ORDER BY id"))
        }
    }

    /// The activity a measure id belongs to: the one given, or the only one that has it.
    private static func resolveActivity(of measureID: String, given: String?, in db: Database) throws -> String {
        if let given {
            try requireActivity(given, in: db)
            // One activity's versions (by the activity_version index), then the measure by its key.
            let has = try Bool.fetchOne(
                db,
                sql: """
                    SELECT EXISTS (SELECT 1 FROM activity_version v JOIN measure m ON m.version_id = v.id AND m.id = ?
                    WHERE v.activity_id = ?)
                    """, arguments: [measureID, given])
            if has == true { return given }
            let known = try String.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT m.id FROM measure m JOIN activity_version v ON v.id = m.version_id WHERE v.activity_id = ?
                    """, arguments: [given])
            throw RegisterError.unknownMeasure(measureID, activity: given, suggestions: Suggestions.nearest(to: measureID, in: known))
        }
        let owners = try String.fetchAll(
            db,
            sql: """
                SELECT DISTINCT v.activity_id FROM measure m JOIN activity_version v ON v.id = m.version_id
                WHERE m.id = ? ORDER BY v.activity_id
                """, arguments: [measureID])
        switch owners.count {
        case 0:
            let known = try String.fetchAll(db, sql: "SELECT DISTINCT id FROM measure")
            throw RegisterError.unknownMeasure(measureID, activity: nil, suggestions: Suggestions.nearest(to: measureID, in: known))
        case 1: return owners[0]
        default: throw RegisterError.ambiguousMeasure(measureID, activities: owners)
        }
    }

    /// Every measure of the activities (all when `activityID` is nil) with its effective progress.
    /// Linear in the number of measure rows and events: each is read once and grouped by key.
    static func trackedMeasures(activityID: String?, today: CalendarDate, in db: Database) throws -> [TrackedMeasure] {
        try trackedMeasures(activityID.map(MeasureScope.activity) ?? .all, today: today, in: db)
    }

    /// The activities whose measures ``trackedMeasures(_:today:in:)`` reads.
    enum MeasureScope {
        case all
        case activity(String)
        /// The activities that got a measure update with a row id above this one.
        case updatedAfter(Int64)

        /// The condition on the activity id of a recording (`r`) or an update, and its argument.
        func condition(_ column: String) -> (sql: String, arguments: StatementArguments) {
            switch self {
            case .all: ("", [])
            case .activity(let id): ("WHERE \(column) = ?", [id])
            case .updatedAfter(let event): ("WHERE \(column) IN (SELECT activity_id FROM measure_event WHERE id > ?)", [event])
            }
        }
    }

    /// Every measure of the activities in `scope` with its effective progress: three queries whatever
    /// the number of activities. Linear in the number of measure rows and events: each is read once.
    static func trackedMeasures(_ measureScope: MeasureScope, today: CalendarDate, in db: Database) throws -> [TrackedMeasure] {
        let (scope, arguments) = measureScope.condition("r.activity_id")
        // The latest recording of each activity gives its current version and title.
        // Cached statements: the web board asks this for one activity after every update it sees.
        let latestRows = try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT r.activity_id, r.version_id, v.title FROM recording r JOIN activity_version v ON v.id = r.version_id
                    WHERE r.id IN (SELECT MAX(id) FROM recording r \(scope) GROUP BY activity_id)
                    """), arguments: arguments)
        var latest: [String: (versionID: String, title: String)] = [:]
        for row in latestRows { latest[row["activity_id"]] = (row["version_id"], row["title"]) }

        // Each measure row with the last time its version was recorded; keep the most recent per measure.
        let definitionRows = try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT r.activity_id, MAX(r.id) AS last_recording, m.*
                    FROM measure m JOIN recording r ON r.version_id = m.version_id \(scope)
                    GROUP BY m.version_id, m.id
                    """), arguments: arguments)
        var definitions: [String: (activityID: String, order: Int64, record: MeasureRecord)] = [:]
        for row in definitionRows {
            let activity: String = row["activity_id"], order: Int64 = row["last_recording"]
            let record = try MeasureRecord(row: row)
            let key = activity + "\u{0}" + record.id
            if let known = definitions[key], known.order > order { continue }
            definitions[key] = (activity, order, record)
        }

        let eventScope = measureScope.condition("activity_id").sql
        let events = try MeasureEventRecord.fetchAll(
            db.cachedStatement(sql: "SELECT * FROM measure_event \(eventScope) ORDER BY occurred_on, id"), arguments: arguments)
        var eventsByMeasure: [String: [MeasureEventRecord]] = [:]
        for event in events { eventsByMeasure[event.activityID + "\u{0}" + event.measureID, default: []].append(event) }

        return definitions.map { key, definition in
            let current = latest[definition.activityID]
            let removed = current?.versionID != definition.record.versionID
            let progress = MeasureProgress.resolve(
                measure: definition.record.measure, events: eventsByMeasure[key] ?? [], removed: removed)
            let due = definition.record.due.flatMap(CalendarDate.init(iso:))
            let overdue = !removed && due.map { $0 < today } == true && progress.status != .done && progress.status != .dropped
            return TrackedMeasure(
                activityID: definition.activityID, activityTitle: current?.title ?? definition.activityID,
                versionID: definition.record.versionID, measure: definition.record.measure, progress: progress,
                isOverdue: overdue)
        }.sorted(by: TrackedMeasure.listOrder)
    }
}

extension TrackedMeasure {
    /// Activity, then due date (none last), then measure id.
    static func listOrder(_ lhs: TrackedMeasure, _ rhs: TrackedMeasure) -> Bool {
        if lhs.activityID != rhs.activityID { return lhs.activityID < rhs.activityID }
        switch (lhs.measure.due, rhs.measure.due) {
        case (let left?, let right?) where left != right: return left < right
        case (nil, _?): return false
        case (_?, nil): return true
        default: return lhs.measure.id < rhs.measure.id
        }
    }
}

extension MeasureProgress {
    /// The effective progress: the latest update (events in the order they apply), else the spec's status,
    /// else planned. Evidence comes from the latest update that gave one, else from the spec.
    static func resolve(measure: Measure, events: [MeasureEventRecord], removed: Bool) -> MeasureProgress {
        let last = events.last
        return MeasureProgress(
            measureID: measure.id, status: last?.status ?? measure.status ?? .planned,
            updatedOn: last.flatMap { CalendarDate(iso: $0.occurredOn) },
            evidence: events.last(where: { $0.evidence != nil })?.evidence ?? measure.evidence,
            note: last?.note, removed: removed)
    }
}

extension MeasureRecord {
    /// Reads the measure columns of a joined row, for a measure whose id is known.
    init(row: Row, id: String) {
        self.init(
            versionID: row["version_id"], id: id, decision: Decision(rawValue: row["decision"]) ?? .mitigate,
            description: row["description"], owner: row["owner"], due: row["due"],
            status: (row["status"] as String?).flatMap(MeasureStatus.init(rawValue:)),
            residual: (row["residual"] as String?).flatMap(Level.init(rawValue:)),
            type: (row["type"] as String?).flatMap(MeasureType.init(rawValue:)),
            evidence: row["evidence"], addresses: row["addresses"])
    }
}
