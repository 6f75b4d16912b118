import DPIASpec
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

    /// Reads an export document, refusing other documents, exports of a newer schema and exports whose
    /// values break the rules of the register (``ExportCheck``). Messages name `file` and the place in it
    /// (line, column and the keys that lead there).
    public static func decodeExport(_ data: Data, file: String = "the export") throws -> RegisterExport {
        let export: RegisterExport
        do {
            export = try JSONDecoder().decode(RegisterExport.self, from: data)
        } catch let error as DecodingError {
            let (place, reason) = describe(error)
            let position = place?.position(in: Array(data))
            throw RegisterError.invalidExport(
                file: file, line: position?.line, column: position?.column,
                message: "not JSON in the format \(RegisterExport.formatName): \(reason)")
        } catch {
            throw RegisterError.unreadableExport(
                file: file, reason: "it is not JSON in the format \(RegisterExport.formatName) (\(SpecValueRules.visible("\(error)")))")
        }
        guard export.format == RegisterExport.formatName else {
            throw RegisterError.unreadableExport(
                file: file, reason: "its format is \(SpecValueRules.quote(export.format)), expected '\(RegisterExport.formatName)'")
        }
        let unknown = export.migrations.filter { !knownMigrations.contains($0) }
        guard unknown.isEmpty else {
            throw RegisterError.unreadableExport(
                file: file, reason: "it comes from a newer version of dpia (schema changes "
                    + "\(unknown.map(SpecValueRules.quote).joined(separator: ", "))); use that version")
        }
        do {
            try ExportCheck.check(export)
        } catch let problem as ExportCheck.Problem {
            let position = problem.place.position(in: Array(data))
            throw RegisterError.invalidExport(file: file, line: position?.line, column: position?.column, message: problem.message)
        }
        return export
    }

    /// Writes every row of an export into this register, which must be empty, in one transaction: either
    /// everything is restored or nothing is. The rows are checked first (``ExportCheck``), before anything
    /// is written; the schema constraints check every row again. `file` names the export in messages.
    public func restore(_ export: RegisterExport, file: String = "the export") throws {
        do {
            try ExportCheck.check(export)
        } catch let problem as ExportCheck.Problem {
            throw RegisterError.invalidExport(file: file, line: nil, column: nil, message: problem.message)
        }
        do {
            try insert(export)
        } catch let error as DatabaseError {
            throw RegisterError.unreadableExport(
                file: file, reason: "a row breaks the rules of the register "
                    + "(\(SpecValueRules.visible(error.message ?? "\(error.resultCode)"))); nothing was restored")
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

    /// Where a decoding error is, and what it says (invisible characters of the input made visible).
    private static func describe(_ error: DecodingError) -> (ExportPlace?, String) {
        switch error {
        case .keyNotFound(let key, let context):
            let place = ExportPlace(codingPath: context.codingPath)
            return (place, "'\(place)' misses the key '\(SpecValueRules.visible(key.stringValue))'")
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            let place = ExportPlace(codingPath: context.codingPath)
            return (context.codingPath.isEmpty ? nil : place, "'\(place)': \(SpecValueRules.visible(context.debugDescription))")
        @unknown default:
            return (nil, SpecValueRules.visible("\(error)"))
        }
    }
}

extension ExportPlace {
    /// The place a decoder's coding path leads to.
    init(codingPath: [any CodingKey]) {
        self.init(codingPath.map { key in key.intValue.map(Step.index) ?? .key(key.stringValue) })
    }
}
