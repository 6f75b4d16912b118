import DPIAModel
import Foundation

/// Fixes what Chromium's PDF lacks or varies: it writes the time of printing as the creation and
/// modification date (so two prints differ) and carries no author or subject. The dates become the
/// report's date, and `/Author` and `/Subject` are added to the document information dictionary;
/// the byte offsets of the cross-reference table are moved along, so the PDF stays valid.
///
/// A PDF not laid out as Chromium's (Skia) writes it — the information dictionary as object 1 and
/// a classic cross-reference table — keeps its properties; only its dates are fixed.
enum PDFProperties {
    static func stamped(_ pdf: Data, author: String, subject: String, seconds: Int) -> Data {
        var bytes = [UInt8](pdf)
        let date = Array(pdfDate(seconds).utf8)
        for key in ["/CreationDate (", "/ModDate ("] {
            // Same length: D:YYYYMMDDHHmmSS+00'00'
            if let start = find(Array(key.utf8), in: bytes), start + key.utf8.count + date.count <= bytes.count {
                let from = start + key.utf8.count
                if bytes[from..<from + 2] == ArraySlice(Array("D:".utf8)) { bytes.replaceSubrange(from..<from + date.count, with: date) }
            }
        }
        guard let info = find(Array("1 0 obj\n<</Title".utf8), in: bytes),
            let insertAt = find(Array("/CreationDate (".utf8), in: bytes), insertAt > info,
            let xref = findLast(Array("\nxref\n".utf8), in: bytes),
            let startxref = findLast(Array("startxref\n".utf8), in: bytes), startxref > xref
        else {
            return Data(bytes)
        }
        let added = Array("/Author \(hexText(author))\n/Subject \(hexText(subject))\n".utf8)
        // The table: "xref\n0 N\n" then N lines of 20 bytes "oooooooooo ggggg n \n".
        var out = Array(bytes[..<insertAt]) + added + Array(bytes[insertAt..<(xref + 1)])
        var lines = String(decoding: bytes[(xref + 1)..<startxref], as: UTF8.self).components(separatedBy: "\n")
        for index in lines.indices {
            let fields = lines[index].split(separator: " ")
            guard fields.count == 3, fields[2] == "n", fields[0].count == 10, let offset = Int(fields[0]), offset > insertAt else {
                continue
            }
            lines[index] = String(format: "%010d", offset + added.count) + " " + fields[1] + " n "
        }
        out += Array(lines.joined(separator: "\n").utf8)
        let tail = String(decoding: bytes[startxref...], as: UTF8.self)
        let parts = tail.components(separatedBy: "\n")
        guard parts.count >= 2, let position = Int(parts[1]) else { return Data(bytes) }
        var newTail = parts
        newTail[1] = String(position + added.count)
        out += Array(newTail.joined(separator: "\n").utf8)
        return Data(out)
    }

    /// `D:YYYYMMDDHHmmSS+00'00'` of seconds since 1970 (UTC).
    static func pdfDate(_ seconds: Int) -> String {
        let day = CalendarDate(daysSince1970: seconds / 86_400), rest = seconds % 86_400
        return String(format: "D:%04d%02d%02d%02d%02d%02d+00'00'", day.year, day.month, day.day, rest / 3600, rest % 3600 / 60, rest % 60)
    }

    /// A PDF text string in UTF-16BE hexadecimal with a byte order mark, as Chromium writes the title.
    static func hexText(_ text: String) -> String {
        "<FEFF" + text.utf16.map { String(format: "%04X", $0) }.joined() + ">"
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        for index in 0...(haystack.count - needle.count) where haystack[index] == needle[0] {
            if haystack[index..<index + needle.count].elementsEqual(needle) { return index }
        }
        return nil
    }

    static func findLast(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        for index in stride(from: haystack.count - needle.count, through: 0, by: -1) where haystack[index] == needle[0] {
            if haystack[index..<index + needle.count].elementsEqual(needle) { return index }
        }
        return nil
    }
}
