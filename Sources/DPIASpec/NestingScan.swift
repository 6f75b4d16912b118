import Foundation

/// Estimates how deeply a YAML text nests, on the bytes, before the parser runs.
///
/// A quick first refusal of deeply nested text, before the parser spends time and memory on it;
/// ``YAMLComposer`` enforces the limit exactly, whatever the syntax (complex keys `? ` are not
/// counted here). The estimate is generous (it over-counts rather than under-counts):
/// twice the number of open indentation levels, plus sequence dashes on the line, plus open flow
/// brackets. Block scalars (`|`, `>`) and quoted scalars (also after an anchor or a tag) are
/// skipped: prose may contain any brackets.
struct NestingScan {
    /// Where the estimate first exceeded the limit (1-based), or nil.
    let exceeded: (line: Int, column: Int)?

    init(_ text: String, limit: Int) {
        exceeded =
            text.utf8.withContiguousStorageIfAvailable { Self.scan($0, limit: limit) }
            ?? Array(text.utf8).withUnsafeBufferPointer { Self.scan($0, limit: limit) }
    }

    private static let space = UInt8(ascii: " "), newline = UInt8(ascii: "\n"), hash = UInt8(ascii: "#")
    private static let dash = UInt8(ascii: "-"), colon = UInt8(ascii: ":"), question = UInt8(ascii: "?")
    private static let comma = UInt8(ascii: ","), tab = UInt8(ascii: "\t"), cr = UInt8(ascii: "\r")

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> (line: Int, column: Int)? {
        var indents: [Int] = []
        var flow = 0
        var line = 0
        var position = 0
        var blockScalarIndent: Int?   // skipping lines indented more than this
        let count = bytes.count
        while position < count {
            line += 1
            let lineStart = position
            let lineEnd = endOfLine(bytes, from: position)
            defer { position = lineEnd + 1 }
            var indent = 0
            while lineStart + indent < lineEnd, bytes[lineStart + indent] == space { indent += 1 }
            let contentStart = lineStart + indent
            let blank =
                contentStart >= lineEnd || bytes[contentStart] == hash || bytes[contentStart] == cr
                || bytes[contentStart] == tab
            if let scalarIndent = blockScalarIndent {
                if blank || indent > scalarIndent { continue }
                blockScalarIndent = nil
            }
            if blank { continue }
            if flow == 0 {
                while let last = indents.last, last > indent { indents.removeLast() }
                if indents.last.map({ $0 < indent }) ?? true { indents.append(indent) }
            }
            var depth = 2 * indents.count + flow
            var index = contentStart
            var valueStart = true   // at a place where a node may begin
            var lastSignificant: UInt8 = 0
            while index < lineEnd {
                let byte = bytes[index]
                if isPlain(byte) {
                    // A run of plain bytes changes nothing but the last significant byte.
                    if depth > limit { return (line, index - lineStart + 1) }
                    index += 1
                    while index < lineEnd, isPlain(bytes[index]) { index += 1 }
                    lastSignificant = bytes[index - 1]
                    // An anchor (`&name`) or a tag (`!tag`) comes before a node: one may still begin.
                    valueStart = valueStart && (byte == UInt8(ascii: "&") || byte == UInt8(ascii: "!"))
                    continue
                }
                var opened = false
                switch byte {
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    if valueStart || flow > 0 { flow += 1; depth += 1; opened = true }
                case UInt8(ascii: "]"), UInt8(ascii: "}"):
                    if flow > 0 { flow -= 1; depth -= 1 }
                case UInt8(ascii: "\""), UInt8(ascii: "'"):
                    if valueStart || flow > 0 { index = skipQuoted(bytes, from: index, to: lineEnd) }
                case hash where index == contentStart || bytes[index - 1] == space:
                    index = lineEnd
                    continue
                case dash where valueStart && (index + 1 >= lineEnd || bytes[index + 1] == space):
                    depth += 2
                default:
                    break
                }
                if depth > limit { return (line, index - lineStart + 1) }
                if byte != space {
                    lastSignificant = byte
                    // A bracket inside a plain text (`a[b`) opens nothing, and no node begins after it.
                    valueStart = byte == dash || byte == colon || byte == question || byte == comma || opened
                    if byte == colon, index + 1 < lineEnd, bytes[index + 1] != space { valueStart = false }
                }
                index += 1
            }
            if depth > limit { return (line, indent + 1) }
            if flow == 0,
                lastSignificant == UInt8(ascii: "|") || lastSignificant == UInt8(ascii: ">")
                    || isBlockScalarHeader(bytes, lineStart: contentStart, lineEnd: lineEnd)
            {
                blockScalarIndent = indent
            }
        }
        return nil
    }

    /// The index of the next line feed at or after `start`, or the end of the text.
    private static func endOfLine(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress, start < bytes.count,
            let found = memchr(base + start, Int32(newline), bytes.count - start)
        else { return bytes.count }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// A byte that neither opens, closes nor separates anything, nor is a space: inside a run of
    /// them the scan only needs to remember the last one. Not plain: `[ { ] } " ' # - : ? ,` and
    /// space, looked up in two 64-bit masks (a `switch` compiled to a jump per byte).
    @inline(__always)
    private static func isPlain(_ byte: UInt8) -> Bool {
        // Bit b of `low`: byte b is not plain; bit b of `high`: byte 64 + b is not plain.
        let low: UInt64 = 1 << 0x20 | 1 << 0x22 | 1 << 0x23 | 1 << 0x27 | 1 << 0x2C | 1 << 0x2D | 1 << 0x3A | 1 << 0x3F
        let high: UInt64 = 1 << (0x5B - 64) | 1 << (0x5D - 64) | 1 << (0x7B - 64) | 1 << (0x7D - 64)
        guard byte < 128 else { return true }
        return (byte < 64 ? low : high) & (1 << UInt64(byte & 63)) == 0
    }

    /// A line ending in `|-`, `>+`, `|2` and the like, outside a comment.
    private static func isBlockScalarHeader(_ bytes: UnsafeBufferPointer<UInt8>, lineStart: Int, lineEnd: Int) -> Bool {
        var end = lineEnd
        while end > lineStart, bytes[end - 1] == space || bytes[end - 1] == cr { end -= 1 }
        var start = end
        while start > lineStart, bytes[start - 1] != space { start -= 1 }
        guard start < end, bytes[start] == UInt8(ascii: "|") || bytes[start] == UInt8(ascii: ">") else { return false }
        return bytes[(start + 1)..<end].allSatisfy {
            $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") || ($0 >= UInt8(ascii: "1") && $0 <= UInt8(ascii: "9"))
        }
    }

    /// The index of the closing quote (or the end of the line when it is not closed on this line).
    private static func skipQuoted(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        let quote = bytes[start]
        var index = start + 1
        while index < end {
            if quote == UInt8(ascii: "\""), bytes[index] == UInt8(ascii: "\\") {
                index += 2
                continue
            }
            if bytes[index] == quote {
                if quote == UInt8(ascii: "'"), index + 1 < end, bytes[index + 1] == quote {
                    index += 2
                    continue
                }
                return index
            }
            index += 1
        }
        return end - 1
    }
}
