import DPIAModel
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
            let position = place?.position(in: Array(data)) ?? syntaxErrorPosition(in: data)
            throw RegisterError.invalidExport(
                file: file, line: position?.line, column: position?.column,
                message: "not JSON in the format \(RegisterExport.formatName): \(reason)")
        } catch {
            let detail = SpecValueRules.visible("\(error)")
            throw RegisterError.unreadableExport(
                file: file,
                reason: LocalizedText(
                    nl: "het is geen JSON in het formaat \(RegisterExport.formatName) (\(detail))",
                    en: "it is not JSON in the format \(RegisterExport.formatName) (\(detail))"))
        }
        guard export.format == RegisterExport.formatName else {
            throw RegisterError.unreadableExport(
                file: file,
                reason: LocalizedText(
                    nl: "het formaat is \(SpecValueRules.quote(export.format)), verwacht is '\(RegisterExport.formatName)'",
                    en: "its format is \(SpecValueRules.quote(export.format)), expected '\(RegisterExport.formatName)'"))
        }
        let unknown = export.migrations.filter { !knownMigrations.contains($0) }
        guard unknown.isEmpty else {
            throw RegisterError.unreadableExport(
                file: file,
                reason: LocalizedText(
                    nl: "het komt van een nieuwere versie van dpia (schemawijzigingen "
                        + "\(unknown.map(SpecValueRules.quote).joined(separator: ", "))); gebruik die versie",
                    en: "it comes from a newer version of dpia (schema changes "
                        + "\(unknown.map(SpecValueRules.quote).joined(separator: ", "))); use that version"))
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
    /// is written; the schema constraints check every row again. `file` names the export in messages, and
    /// `document`, the export's text when there is one, gives them a line and column.
    public func restore(_ export: RegisterExport, file: String = "the export", document: Data? = nil) throws {
        do {
            try ExportCheck.check(export)
            try insert(export)
        } catch let problem as ExportCheck.Problem {
            let position = document.flatMap { problem.place.position(in: Array($0)) }
            throw RegisterError.invalidExport(file: file, line: position?.line, column: position?.column, message: problem.message)
        }
    }

    private func insert(_ export: RegisterExport) throws {
        try write { db in
            let rows = try Int.fetchOne(db, sql: "SELECT (SELECT COUNT(*) FROM activity) + (SELECT COUNT(*) FROM measure_event)") ?? 0
            guard rows == 0 else { throw RegisterError.restoreTargetNotEmpty(path: path) }
            try Self.insert(export.activities, table: "activities", in: db) { try $0.insert($1) }
            try Self.insert(export.versions, table: "versions", in: db) { try $0.insert($1) }
            try Self.insert(export.recordings, table: "recordings", in: db) {
                var row = $0; try row.insert($1)
            }
            try Self.insert(export.findings, table: "findings", in: db) { try $0.insert($1) }
            try Self.insert(export.measures, table: "measures", in: db) { try $0.insert($1) }
            try Self.insert(export.measureEvents, table: "measure_events", in: db) {
                var row = $0; try row.insert($1)
            }
        }
    }

    /// Inserts the rows of one table; a row the schema refuses becomes a ``ExportCheck/Problem`` at its place.
    private static func insert<Row>(
        _ rows: [Row], table: String, in db: Database,
        _ insert: (Row, Database) throws -> Void
    ) throws {
        for (index, row) in rows.enumerated() {
            do {
                try insert(row, db)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                let place = ExportPlace([.key(table), .index(index)])
                throw ExportCheck.Problem(place: place, message: "'\(place)' \(constraintProblem(error))")
            }
        }
    }

    /// What a refused row does wrong, in words.
    private static func constraintProblem(_ error: DatabaseError) -> String {
        let detail = SpecValueRules.visible(error.message ?? "\(error.extendedResultCode)")
        switch error.extendedResultCode {
        case .SQLITE_CONSTRAINT_FOREIGNKEY:
            return "refers to an activity or version that the export does not hold before it"
        case .SQLITE_CONSTRAINT_PRIMARYKEY, .SQLITE_CONSTRAINT_UNIQUE:
            return "repeats the key of an earlier row (\(detail))"
        default:
            return "breaks a rule of the register (\(detail))"
        }
    }

    /// Where JSON text stops being JSON, for a message: Foundation's decoder does not say, its
    /// serialization does ("around character 12", a byte offset from 0).
    private static func syntaxErrorPosition(in data: Data) -> (line: Int, column: Int)? {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return nil
        } catch {
            let text = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? ""
            guard let range = text.range(of: "around character "),
                let offset = Int(text[range.upperBound...].prefix { $0.isNumber })
            else { return nil }
            return ExportPlace.lineAndColumn(of: offset, in: Array(data))
        }
    }

    /// Where a decoding error is, and what it says (invisible characters of the input made visible).
    private static func describe(_ error: DecodingError) -> (ExportPlace?, String) {
        switch error {
        case .keyNotFound(let key, let context):
            let place = ExportPlace(codingPath: context.codingPath)
            return (place, "'\(place)' misses the key '\(SpecValueRules.visible(key.stringValue))'")
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            return (nil, "the text stops being valid JSON here (a missing comma, quote or bracket, or a stray character)")
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            let place = ExportPlace(codingPath: context.codingPath)
            var reason = context.debugDescription
            if let underlying = context.underlyingError { reason += " " + "\(underlying)" }
            while reason.hasSuffix(".") { reason.removeLast() }
            return (context.codingPath.isEmpty ? nil : place, "'\(place)': \(SpecValueRules.visible(reason))")
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
