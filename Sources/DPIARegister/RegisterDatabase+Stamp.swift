import DPIAModel
import GRDB

extension RegisterDatabase {
    /// The register's current stamp: two lookups in indexes, whatever the size of the register.
    public func stamp() throws -> RegisterStamp {
        try read(Self.stamp)
    }

    /// The measures of every activity that got a measure update after `stamp`, with their progress now,
    /// and the stamp they were read at (one read, so both agree). Readers that keep every measure (the
    /// web board) refresh only these instead of reading the whole register again.
    public func measuresUpdated(since stamp: RegisterStamp, today: CalendarDate) throws
        -> (measures: [TrackedMeasure], stamp: RegisterStamp)
    {
        try read { db in
            let now = try Self.stamp(db)
            let measures = try Self.trackedMeasures(.updatedAfter(stamp.lastEvent), today: today, in: db)
            return (measures, now)
        }
    }

    /// Every current measure with its progress (as ``measures(matching:)`` with no filter gives them), the
    /// latest recorded version of every activity, and the stamp they were read at, in one read: a reader
    /// that keeps them all (the web board and overview) holds one state of the register.
    public func everyMeasureAndLatestVersion(today: CalendarDate) throws
        -> (measures: [TrackedMeasure], latest: [LatestVersion], stamp: RegisterStamp)
    {
        try read { db in
            let stamp = try Self.stamp(db)
            let query = MeasureQuery(today: today)
            let measures = try Self.trackedMeasures(activityID: nil, today: today, in: db).filter(query.matches)
            return (measures, try Self.latestVersions(db), stamp)
        }
    }

    private static func stamp(_ db: Database) throws -> RegisterStamp {
        // Both are the last entry of a rowid b-tree: a lookup, not a scan.
        let row = try Row.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT (SELECT IFNULL(MAX(id), 0) FROM recording) AS last_recording,
                           (SELECT IFNULL(MAX(id), 0) FROM measure_event) AS last_event
                    """))!
        return RegisterStamp(lastRecording: row["last_recording"], lastEvent: row["last_event"])
    }
}
