import DPIAModel
import Foundation
import GRDB

extension RegisterDatabase {
    /// The activity exactly as recorded under a version id (`activity-id@hash`, where the hash may be
    /// shortened to any unique prefix of at least 4 hex digits), for diffs and reports of old versions.
    ///
    /// Entries of lists come back sorted by id (the canonical order), not in the order of the spec.
    public func activity(version: String) throws -> ProcessingActivity {
        let record = try read { db in try Self.version(matching: version, in: db) }
        do {
            return try JSONDecoder().decode(ProcessingActivity.self, from: Data(record.content.utf8))
        } catch {
            throw RegisterError.unreadableVersion(record.id, reason: "\(error)")
        }
    }

    /// The stored row of a version id or unique prefix of one.
    static func version(matching text: String, in db: Database) throws -> ActivityVersionRecord {
        let parts = text.split(separator: "@", maxSplits: 1).map(String.init)
        guard parts.count == 2, parts[1].count >= 4, parts[1].allSatisfy(\.isHexDigit) else {
            throw RegisterError.unknownVersion(
                text, suggestions: [],
                reason: LocalizedText(
                    nl: "een versie-id schrijft u als verwerking-id@hash, "
                        + "bijvoorbeeld hallowerk-utrecht@4e16c1ab712d (zie `dpia history <verwerking>`)",
                    en: "a version id is written activity-id@hash, "
                        + "for example hallowerk-utrecht@4e16c1ab712d (see `dpia history <activity>`)"))
        }
        let candidates =
            try ActivityVersionRecord
            .filter(Column("activity_id") == parts[0] && Column("content_hash").like(parts[1].lowercased() + "%"))
            .fetchAll(db)
        if candidates.count == 1 { return candidates[0] }
        if candidates.count > 1 {
            throw RegisterError.unknownVersion(
                text, suggestions: candidates.map(\.id).sorted(),
                reason: LocalizedText(
                    nl: "meerdere vastgelegde versies beginnen met deze hash",
                    en: "several recorded versions start with this hash"))
        }
        let versions = try String.fetchAll(
            db, sql: "SELECT id FROM activity_version WHERE activity_id = ? ORDER BY id",
            arguments: [parts[0]])
        if versions.isEmpty {
            let activities = try String.fetchAll(db, sql: "SELECT id FROM activity ORDER BY id")
            throw RegisterError.unknownVersion(
                text, suggestions: Suggestions.nearest(to: parts[0], in: activities).map { $0 + "@…" },
                reason: LocalizedText(
                    nl: "het register heeft geen verwerking '\(parts[0])'", en: "the register has no activity '\(parts[0])'"))
        }
        throw RegisterError.unknownVersion(
            text, suggestions: versions,
            reason: LocalizedText(
                nl: "geen vastgelegde versie van \(parts[0]) heeft deze hash",
                en: "no recorded version of \(parts[0]) has this hash"))
    }
}
