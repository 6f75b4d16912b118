import DPIAAnalysis
import DPIAModel
import DPIARegister
import DPIARender
import Foundation

/// `dpia actions list` output: a table, JSON or CSV of tracked measures.
struct ActionsListing {
    var measures: [TrackedMeasure]
    /// The language of the table's words (JSON and CSV keep their English keys, for programs).
    var words = Words(.en)

    func render(_ format: ActionsFormat) -> String {
        switch format {
        case .table: table
        case .json: json
        case .csv: csv
        }
    }

    private static let columns = ["activity", "measure", "status", "due", "owner", "updated", "evidence"]

    private func cells(_ tracked: TrackedMeasure) -> [String] {
        [
            tracked.activityID, tracked.measure.id, Self.statusText(tracked), tracked.measure.due?.description ?? "",
            tracked.measure.owner ?? "", tracked.progress.updatedOn?.description ?? "", tracked.progress.evidence ?? "",
        ]
    }

    /// The status with what needs attention: `planned, OVERDUE`, `done, removed from spec`.
    static func statusText(_ tracked: TrackedMeasure, words: Words = Words(.en)) -> String {
        var text = statusWord(tracked.progress.status, words: words)
        if tracked.isOverdue { text += words.text(nl: ", TE LAAT", en: ", OVERDUE") }
        if tracked.progress.removed { text += words.text(nl: ", uit de spec verwijderd", en: ", removed from spec") }
        return text
    }

    /// A status as the spec writes it, in Dutch with the spec's Dutch spelling (gepland, lopend, gereed, vervallen).
    static func statusWord(_ status: MeasureStatus, words: Words) -> String {
        guard words.language == .nl else { return status.rawValue }
        return MeasureStatus.aliases.first { $0.value == status }?.key ?? status.rawValue
    }

    /// The table's column names in the run's language.
    private var header: [String] {
        words.language == .nl
            ? ["VERWERKING", "MAATREGEL", "STATUS", "DEADLINE", "EIGENAAR", "BIJGEWERKT", "BEWIJS"]
            : Self.columns.map { $0.uppercased() }
    }

    var table: String {
        if measures.isEmpty { return words.text(nl: "Geen maatregelen gevonden.", en: "No measures match.") }
        var table = TextTable(header: header)
        table.rows = measures.map { tracked in
            var row = cells(tracked)
            row[2] = Self.statusText(tracked, words: words)
            return row
        }
        let open = measures.count(where: \.isOpen), overdue = measures.count(where: \.isOverdue)
        return table.text + "\n\n"
            + words.text(
                nl: "\(measures.count) maatregel\(measures.count == 1 ? "" : "en"): \(open) open, \(overdue) te laat",
                en: "\(measures.count) measure\(measures.count == 1 ? "" : "s"): \(open) open, \(overdue) overdue")
    }

    /// The CSV for spreadsheets, with the conventions of the register's CSV (``RegisterCSV``): semicolons,
    /// CRLF, a byte order mark, formulas guarded (``CSVWriter``); the description and whether a measure is
    /// overdue have columns of their own.
    var csv: String {
        let writer = CSVWriter(separator: ";", lineEnd: "\r\n", byteOrderMark: true)
        let header = ["activity", "measure", "description", "status", "overdue", "due", "owner", "updated", "evidence"]
        let rows = measures.map { tracked -> [String] in
            let status =
                tracked.progress.status.rawValue
                + (tracked.progress.removed ? words.text(nl: ", uit de spec verwijderd", en: ", removed from spec") : "")
            return [
                tracked.activityID, tracked.measure.id, tracked.measure.description ?? "", status,
                tracked.isOverdue ? words.text(nl: "ja", en: "yes") : words.text(nl: "nee", en: "no"),
                tracked.measure.due?.description ?? "", tracked.measure.owner ?? "",
                tracked.progress.updatedOn?.description ?? "", tracked.progress.evidence ?? "",
            ]
        }
        return writer.document([header] + rows)
    }

    /// One flat object per measure, with the plan and the progress; days as `YYYY-MM-DD`.
    var json: String {
        struct Entry: Encodable {
            var activity: String
            var activityTitle: String
            var version: String
            var measure: String
            var description: String?
            var decision: String
            var addresses: [String]
            var owner: String?
            var due: String?
            var status: String
            var updated: String?
            var evidence: String?
            var note: String?
            var removed: Bool
            var overdue: Bool
        }
        let entries = measures.map {
            Entry(
                activity: $0.activityID, activityTitle: $0.activityTitle, version: $0.versionID, measure: $0.measure.id,
                description: $0.measure.description, decision: $0.measure.decision.rawValue,
                addresses: $0.measure.addresses, owner: $0.measure.owner, due: $0.measure.due?.description,
                status: $0.progress.status.rawValue, updated: $0.progress.updatedOn?.description,
                evidence: $0.progress.evidence, note: $0.progress.note, removed: $0.progress.removed,
                overdue: $0.isOverdue)
        }
        return JSONText.encode(entries)
    }
}

/// Pretty-printed JSON with sorted keys, for command output.
enum JSONText {
    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(value)) ?? Data("null".utf8), as: UTF8.self)
    }
}

/// `dpia actions show` output.
struct MeasureHistoryText {
    var history: MeasureHistory
    /// The language of the labels (the measure's own texts stay as written).
    var words = Words(.en)

    var text: String {
        let current = history.current
        let measure = current.measure
        let none = words.text(nl: "(geen)", en: "(none)")
        var lines = ["\(measure.id) — \(current.activityID) (\(current.activityTitle))"]
        if let description = measure.description {
            lines.append(
                description.trimmingCharacters(in: .whitespacesAndNewlines)
                    .split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n"))
        }
        let nl = words.language == .nl
        lines.append((nl ? "besluit:    " : "decision:   ") + (nl ? measure.decision.word(.nl) : measure.decision.rawValue))
        lines.append((nl ? "behandelt:  " : "addresses:  ") + measure.addresses.joined(separator: ", "))
        lines.append((nl ? "eigenaar:   " : "owner:      ") + (measure.owner ?? none))
        lines.append((nl ? "deadline:   " : "due:        ") + (measure.due?.description ?? none))
        lines.append("status:     \(ActionsListing.statusText(current, words: words))")
        if let evidence = current.progress.evidence { lines.append((nl ? "bewijs:     " : "evidence:   ") + evidence) }
        lines.append("")
        lines.append(words.text(nl: "In de spec:", en: "In the spec:"))
        for definition in history.definitions {
            let what: String
            if let measure = definition.measure {
                what = words.text(
                    nl:
                        "eigenaar \(measure.owner ?? none), deadline \(measure.due?.description ?? none), status \(measure.status?.rawValue ?? none)",
                    en:
                        "owner \(measure.owner ?? none), due \(measure.due?.description ?? none), status \(measure.status?.rawValue ?? none)"
                )
            } else {
                what = words.text(nl: "uit de spec verwijderd", en: "removed from the spec")
            }
            lines.append("  \(definition.recordedOn)  \(definition.versionID)  \(what)")
        }
        lines.append("")
        if history.events.isEmpty {
            lines.append(
                words.text(
                    nl: "Voortgang: nog niets vastgelegd (`dpia actions update \(measure.id) --status ...`).",
                    en: "Updates: none recorded yet (`dpia actions update \(measure.id) --status ...`)."))
        } else {
            lines.append(words.text(nl: "Voortgang:", en: "Updates:"))
            for event in history.events {
                var line = "  \(event.occurredOn)  \(event.status.rawValue)"
                if let author = event.author { line += words.text(nl: " door ", en: " by ") + author }
                if let note = event.note { line += ": \(note)" }
                if let evidence = event.evidence { line += words.text(nl: " [bewijs: ", en: " [evidence: ") + evidence + "]" }
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n")
    }
}
