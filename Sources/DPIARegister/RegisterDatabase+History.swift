import DPIAModel
import GRDB

extension RegisterDatabase {
    /// The ids of all recorded activities, sorted.
    public func activityIDs() throws -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT id FROM activity ORDER BY id") }
    }

    /// Whether the activity has been recorded (a lookup by key, where `activityIDs` reads them all).
    public func hasActivity(_ id: String) throws -> Bool {
        try read { db in try ActivityRecord.exists(db, key: id) }
    }

    /// The recorded versions of an activity, oldest first, with their finding counts.
    public func history(of activityID: String) throws -> ActivityHistory {
        try read { db in
            guard try ActivityRecord.exists(db, key: activityID) else {
                throw RegisterError.unknownActivity(activityID, known: try String.fetchAll(db, sql: "SELECT id FROM activity ORDER BY id"))
            }
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT r.recorded_on, r.source_path, v.id, v.content_hash, v.title, v.label, v.status
                    FROM recording r JOIN activity_version v ON v.id = r.version_id
                    WHERE r.activity_id = ? ORDER BY r.id
                    """, arguments: [activityID])
            let counts = try findingCounts(of: activityID, in: db)
            let versions = rows.enumerated().map { index, row in
                let versionID: String = row["id"]
                return VersionSummary(
                    sequence: index + 1, recordedOn: CalendarDate(iso: row["recorded_on"]) ?? CalendarDate(year: 1, month: 1, day: 1),
                    versionID: versionID, contentHash: row["content_hash"], title: row["title"], label: row["label"],
                    status: (row["status"] as String?).flatMap(ActivityStatus.init(rawValue:)),
                    sourcePath: row["source_path"], findings: counts[versionID] ?? FindingCounts())
            }
            return ActivityHistory(
                activityID: activityID, versions: versions,
                reassessment: try Self.reassessmentNotice(for: activityID, in: db))
        }
    }

    /// Finding counts per version of one activity, in one query.
    private func findingCounts(of activityID: String, in db: Database) throws -> [String: FindingCounts] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT f.version_id, f.level, f.residual, f.addressed, COUNT(*) AS count
                FROM finding f JOIN activity_version v ON v.id = f.version_id
                WHERE v.activity_id = ? GROUP BY f.version_id, f.level, f.residual, f.addressed
                """, arguments: [activityID])
        var counts: [String: FindingCounts] = [:]
        for row in rows {
            let count: Int = row["count"]
            let level = Level(rawValue: row["level"]), residual = Level(rawValue: row["residual"])
            let addressed: Bool = row["addressed"]
            var entry = counts[row["version_id"], default: FindingCounts()]
            switch level {
            case .high: entry.high += count
            case .medium: entry.medium += count
            case .low, nil: entry.low += count
            }
            if !addressed { entry.unaddressed += count }
            if residual == .high { entry.residualHigh += count }
            counts[row["version_id"]] = entry
        }
        return counts
    }

    /// Activities that were adopted and have changed since, sorted by id.
    public func reassessmentNotices() throws -> [ReassessmentNotice] {
        try read { db in
            try String.fetchAll(db, sql: "SELECT id FROM activity ORDER BY id").compactMap {
                try Self.reassessmentNotice(for: $0, in: db)
            }
        }
    }
}
