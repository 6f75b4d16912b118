import DPIAModel
import DPIARegister
import Foundation

/// Deadlines of open measures as an iCalendar file (RFC 5545): one all-day event per measure on its due
/// day, so that the calendar people already use reminds them.
enum CalendarFeed {
    static func render(_ measures: [TrackedMeasure], today: CalendarDate, words: Words) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//DPIAKit//dpia serve//NL", "CALSCALE:GREGORIAN",
            "X-WR-CALNAME:" + escape(words("serve_calendar_name")),
        ]
        let stamp = compact(today) + "T000000Z"
        for tracked in measures where tracked.isOpen {
            guard let due = tracked.measure.due else { continue }
            let end = nextDay(due)
            var summary = words("serve_measure") + " \(tracked.measure.id) (\(tracked.activityID))"
            if let owner = tracked.measure.owner { summary += " – \(owner)" }
            var description = tracked.measure.description ?? ""
            description += (description.isEmpty ? "" : "\n") + words("serve_status") + ": " + words.measureStatus(tracked.progress.status)
            lines += [
                "BEGIN:VEVENT",
                "UID:" + escape(tracked.activityID + "." + tracked.measure.id + "@dpia"),
                "DTSTAMP:" + stamp,
                "DTSTART;VALUE=DATE:" + compact(due),
                "DTEND;VALUE=DATE:" + compact(end),
                "SUMMARY:" + escape(summary),
                "DESCRIPTION:" + escape(description),
                "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// The day after `day` (all-day events end on the next day).
    static func nextDay(_ day: CalendarDate) -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let date = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day)),
            let next = calendar.date(byAdding: .day, value: 1, to: date)
        else { return day }
        let parts = calendar.dateComponents([.year, .month, .day], from: next)
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)
    }

    /// `YYYYMMDD`.
    private static func compact(_ day: CalendarDate) -> String { day.description.replacingOccurrences(of: "-", with: "") }

    /// Text values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11).
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n", "\r\n": result += "\\n"
            case "\r": continue
            default:
                if character.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .control }) { continue }
                result.append(character)
            }
        }
        return result
    }

    /// Lines longer than 75 bytes continue on the next line after a space, never inside a character.
    static func fold(_ line: String) -> String {
        var parts: [String] = [], current = "", size = 0
        for character in line {
            let bytes = String(character).utf8.count
            if size + bytes > 75 {
                parts.append(current)
                current = " "; size = 1
            }
            current.append(character); size += bytes
        }
        parts.append(current)
        return parts.joined(separator: "\r\n")
    }
}
