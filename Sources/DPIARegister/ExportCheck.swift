import DPIAModel
import DPIASpec

/// The rules every row of an export must meet before `dpia restore` writes any of it: the loader's
/// rules for texts, ids and dates (``SpecValueRules``), row ids a register can continue from, and
/// version content that matches its hash. The schema's constraints (references, vocabularies) are
/// checked again by SQLite while the rows are written.
///
/// An export is a file anyone can edit; without these rules a restored register would carry terminal
/// escape sequences and direction overrides into `actions list`, `history` and the reports, an id of
/// 2^63 − 1 would make every later update fail, and an impossible date would be stored and later
/// silently dropped (docs/security.md).
enum ExportCheck {
    /// The largest row id (of a recording or a measure update) restored: 2^53 − 1, the largest whole
    /// number every JSON reader keeps exactly, and far below SQLite's limit, so that a restored register
    /// can take new rows for ever.
    static let maxRowID: Int64 = (1 << 53) - 1

    /// The first rule the export breaks: where, and a message that names the value and the rule.
    struct Problem: Error, Hashable {
        var place: ExportPlace
        var message: String
    }

    /// Checks every row, table by table in the order of the document, and throws the first ``Problem``.
    static func check(_ export: RegisterExport) throws {
        let root = ExportPlace([])
        for (index, row) in export.activities.enumerated() {
            let place = root.appending(.key("activities")).appending(.index(index))
            try activityID(row.id, at: place.appending(.key("id")))
            try date(row.firstRecordedOn, at: place.appending(.key("first_recorded_on")))
        }
        for (index, row) in export.versions.enumerated() {
            let place = root.appending(.key("versions")).appending(.index(index))
            try text(row.id, at: place.appending(.key("id")))
            try activityID(row.activityID, at: place.appending(.key("activity_id")))
            try text(row.title, at: place.appending(.key("title")))
            try text(row.label, at: place.appending(.key("label")))
            try date(row.adoptedOn, at: place.appending(.key("adopted_on")))
            try content(of: row, at: place)
        }
        var recordingIDs = Set<Int64>()
        for (index, row) in export.recordings.enumerated() {
            let place = root.appending(.key("recordings")).appending(.index(index))
            try rowID(row.id, seen: &recordingIDs, at: place.appending(.key("id")))
            try activityID(row.activityID, at: place.appending(.key("activity_id")))
            try text(row.versionID, at: place.appending(.key("version_id")))
            try date(row.recordedOn, at: place.appending(.key("recorded_on")))
            try text(row.sourcePath, at: place.appending(.key("source_path")))
        }
        for (index, row) in export.findings.enumerated() {
            let place = root.appending(.key("findings")).appending(.index(index))
            for (key, value) in [
                ("version_id", row.versionID), ("id", row.id), ("rule_id", row.ruleID),
                ("origin", row.origin), ("element_path", row.elementPath), ("title", row.title),
                ("measures", row.measures),
            ] {
                try text(value, at: place.appending(.key(key)))
            }
        }
        for (index, row) in export.measures.enumerated() {
            let place = root.appending(.key("measures")).appending(.index(index))
            try text(row.versionID, at: place.appending(.key("version_id")))
            try id(row.id, at: place.appending(.key("id")))
            for (key, value) in [
                ("description", row.description), ("owner", row.owner), ("evidence", row.evidence),
                ("addresses", row.addresses),
            ] {
                try text(value, at: place.appending(.key(key)))
            }
            try date(row.due, at: place.appending(.key("due")))
        }
        var eventIDs = Set<Int64>()
        for (index, row) in export.measureEvents.enumerated() {
            let place = root.appending(.key("measure_events")).appending(.index(index))
            try rowID(row.id, seen: &eventIDs, at: place.appending(.key("id")))
            try activityID(row.activityID, at: place.appending(.key("activity_id")))
            try id(row.measureID, at: place.appending(.key("measure_id")))
            try date(row.occurredOn, at: place.appending(.key("occurred_on")))
            for (key, value) in [("note", row.note), ("evidence", row.evidence), ("author", row.author)] {
                try text(value, at: place.appending(.key(key)))
            }
        }
    }

    // MARK: - Rules

    private static func text(_ value: String?, at place: ExportPlace) throws {
        guard let value, let problem = SpecValueRules.textProblem(value) else { return }
        throw Problem(place: place, message: "'\(place)' \(problem)")
    }

    private static func id(_ value: String, at place: ExportPlace) throws {
        guard let problem = SpecValueRules.idProblem(value) else { return }
        throw Problem(place: place, message: "'\(place)': \(problem)")
    }

    private static func activityID(_ value: String, at place: ExportPlace) throws {
        guard let problem = SpecValueRules.activityIDProblem(value) else { return }
        throw Problem(place: place, message: "'\(place)': \(problem)")
    }

    private static func date(_ value: String?, at place: ExportPlace) throws {
        guard let value, let problem = SpecValueRules.dateProblem(value) else { return }
        throw Problem(place: place, message: "'\(place)': \(problem)")
    }

    /// A row id from 1 to ``maxRowID``, not used by an earlier row of the table (none: a new id is given).
    private static func rowID(_ value: Int64?, seen: inout Set<Int64>, at place: ExportPlace) throws {
        guard let value else { return }
        guard (1...maxRowID).contains(value) else {
            throw Problem(
                place: place,
                message: "'\(place)': the row id \(value) is outside 1 to \(maxRowID); a register "
                    + "could not add rows after it. Write a smaller id (the ids only need to increase in the order of the rows)")
        }
        guard seen.insert(value).inserted else {
            throw Problem(
                place: place,
                message: "'\(place)': the row id \(value) is used by an earlier row; every row "
                    + "needs its own id")
        }
    }

    /// The stored activity: JSON whose SHA-256 is the version's `content_hash`, with allowed texts only.
    private static func content(of version: ActivityVersionRecord, at versionPlace: ExportPlace) throws {
        let place = versionPlace.appending(.key("content"))
        guard SHA256.hexDigest(of: version.content) == version.contentHash else {
            throw Problem(
                place: place,
                message: "'\(place)' does not match the version's content_hash: the recorded "
                    + "activity was changed after it was exported. Restore an unchanged export")
        }
        let content: JSONValue
        do {
            content = try JSONValue(canonicalParsing: version.content)
        } catch {
            throw Problem(place: place, message: "'\(place)' is not the JSON text of a recorded activity")
        }
        if let (inner, problem) = firstTextProblem(in: content, at: "") {
            throw Problem(place: place, message: "'\(place)' holds at \(inner.isEmpty ? "its top" : inner) \(problem)")
        }
    }

    /// The first string or key inside `value` that breaks the text rule, with its path inside the content.
    private static func firstTextProblem(in value: JSONValue, at path: String) -> (String, String)? {
        var pending: [(JSONValue, String)] = [(value, path)]   // no recursion: content can nest deeply
        while let (value, path) = pending.popLast() {
            switch value {
            case .string(let text):
                if let problem = SpecValueRules.textProblem(text) { return (path, "a text that " + problem) }
            case .array(let items):
                for (index, item) in items.enumerated().reversed() { pending.append((item, path + "[\(index)]")) }
            case .object(let members):
                for key in members.keys.sorted(by: JSONValue.precedes).reversed() {
                    if let problem = SpecValueRules.textProblem(key) { return (path, "a key that " + problem) }
                    pending.append((members[key]!, path.isEmpty ? key : path + "." + key))
                }
            default:
                break
            }
        }
        return nil
    }
}
