import Foundation
import GRDB

extension RegisterDatabase {
    /// Every row of the register, in a stable order.
    public func export() throws -> RegisterExport {
        try read { db in
            RegisterExport(
                migrations: try RegisterSchema.migrator.appliedMigrations(db),
                activities: try ActivityRecord.order(Column("id")).fetchAll(db),
                versions: try ActivityVersionRecord.order(Column("activity_id"), Column("id")).fetchAll(db),
                recordings: try RecordingRecord.order(Column("id")).fetchAll(db),
                findings: try FindingRecord.order(Column("version_id"), Column("id")).fetchAll(db),
                measures: try MeasureRecord.order(Column("version_id"), Column("id")).fetchAll(db),
                measureEvents: try MeasureEventRecord.order(Column("id")).fetchAll(db))
        }
    }

    /// The export as JSON text: pretty-printed with sorted keys, so that equal registers give equal text.
    public func exportJSON() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(export())
    }

    /// Reads an export document, refusing other documents and exports of a newer schema.
    public static func decodeExport(_ data: Data) throws -> RegisterExport {
        let export: RegisterExport
        do {
            export = try JSONDecoder().decode(RegisterExport.self, from: data)
        } catch {
            throw RegisterError.unreadableExport(reason: "it is not JSON in the format \(RegisterExport.formatName) (\(Self.describe(error)))")
        }
        guard export.format == RegisterExport.formatName else {
            throw RegisterError.unreadableExport(reason: "its format is '\(export.format)', expected '\(RegisterExport.formatName)'")
        }
        let unknown = export.migrations.filter { !knownMigrations.contains($0) }
        guard unknown.isEmpty else {
            throw RegisterError.unreadableExport(
                reason: "it comes from a newer version of dpia (schema changes \(unknown.joined(separator: ", "))); use that version")
        }
        return export
    }

    /// Writes every row of an export into this register, which must be empty, in one transaction: either
    /// everything is restored or nothing is. The schema constraints check every row.
    public func restore(_ export: RegisterExport) throws {
        do {
            try insert(export)
        } catch let error as DatabaseError {
            throw RegisterError.unreadableExport(
                reason: "a row breaks the rules of the register (\(error.message ?? "\(error.resultCode)")); nothing was restored")
        }
    }

    private func insert(_ export: RegisterExport) throws {
        try write { db in
            let rows = try Int.fetchOne(db, sql: "SELECT (SELECT COUNT(*) FROM activity) + (SELECT COUNT(*) FROM measure_event)") ?? 0
            guard rows == 0 else { throw RegisterError.restoreTargetNotEmpty(path: path) }
            for record in export.activities { try record.insert(db) }
            for record in export.versions { try record.insert(db) }
            for var record in export.recordings { try record.insert(db) }
            for record in export.findings { try record.insert(db) }
            for record in export.measures { try record.insert(db) }
            for var record in export.measureEvents { try record.insert(db) }
        }
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            return "missing '\(key.stringValue)' at \(path(context.codingPath))"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
             DecodingError.dataCorrupted(let context):
            return "\(context.debugDescription) at \(path(context.codingPath))"
        default:
            return "\(error)"
        }
    }

    private static func path(_ codingPath: [any CodingKey]) -> String {
        codingPath.isEmpty ? "the top" : codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }
}
