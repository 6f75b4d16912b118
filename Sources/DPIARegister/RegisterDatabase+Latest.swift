import DPIAModel
import GRDB

extension RegisterDatabase {
    /// The latest recorded version of every activity, sorted by activity id, in three queries
    /// whatever the size of the register.
    public func latestVersions() throws -> [LatestVersion] {
        try read(Self.latestVersions)
    }

    /// ``latestVersions()`` within a read that is already open.
    static func latestVersions(_ db: Database) throws -> [LatestVersion] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT r.activity_id, r.recorded_on, v.id, v.title, v.label, v.status,
                       (SELECT COUNT(*) FROM recording c WHERE c.activity_id = r.activity_id) AS recordings
                FROM recording r JOIN activity_version v ON v.id = r.version_id
                WHERE r.id IN (SELECT MAX(id) FROM recording GROUP BY activity_id)
                ORDER BY r.activity_id
                """)
        let countRows = try Row.fetchAll(
            db,
            sql: """
                SELECT f.version_id, f.level, f.residual, f.addressed, COUNT(*) AS count
                FROM finding f WHERE f.version_id IN (
                    SELECT version_id FROM recording WHERE id IN (SELECT MAX(id) FROM recording GROUP BY activity_id))
                GROUP BY f.version_id, f.level, f.residual, f.addressed
                """)
        var counts: [String: FindingCounts] = [:]
        for row in countRows {
            let count: Int = row["count"], addressed: Bool = row["addressed"]
            var entry = counts[row["version_id"], default: FindingCounts()]
            switch Level(rawValue: row["level"]) {
            case .high: entry.high += count
            case .medium: entry.medium += count
            case .low, nil: entry.low += count
            }
            if !addressed { entry.unaddressed += count }
            if Level(rawValue: row["residual"]) == .high { entry.residualHigh += count }
            counts[row["version_id"]] = entry
        }
        return rows.map { row in
            let versionID: String = row["id"]
            return LatestVersion(
                activityID: row["activity_id"], versionID: versionID, title: row["title"], label: row["label"],
                status: (row["status"] as String?).flatMap(ActivityStatus.init(rawValue:)),
                recordedOn: CalendarDate(iso: row["recorded_on"]) ?? CalendarDate(year: 1, month: 1, day: 1),
                recordings: row["recordings"], findings: counts[versionID] ?? FindingCounts())
        }
    }
}
