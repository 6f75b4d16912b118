/// A place in an export document: the keys and list positions that lead to a value
/// (`measure_events[3].note`), and where that value starts in the file.
public struct ExportPlace: Sendable, Hashable, CustomStringConvertible {
    /// One step: a key of an object, or a position (from 0) in a list.
    public enum Step: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    public var steps: [Step]

    public init(_ steps: [Step]) { self.steps = steps }

    /// This place, one step further.
    func appending(_ step: Step) -> ExportPlace { ExportPlace(steps + [step]) }

    /// `measure_events[3].note`, as JSON tools write paths.
    public var description: String {
        var text = ""
        for step in steps {
            switch step {
            case .key(let key): text += (text.isEmpty ? "" : ".") + key
            case .index(let index): text += "[\(index)]"
            }
        }
        return text.isEmpty ? "the top" : text
    }

    /// The line and column (both from 1, columns in characters) where the value at this place starts
    /// in `document`, a JSON text that has already been read without error; nil when it cannot be found.
    ///
    /// Only the values along the way are entered; all others are skipped without recursion, so that
    /// a hostile document cannot exhaust the stack.
    public func position(in document: [UInt8]) -> (line: Int, column: Int)? {
        var scanner = Scanner(bytes: document)
        if document.starts(with: [0xEF, 0xBB, 0xBF]) { scanner.offset = 3 }
        for step in steps {
            scanner.skipSpace()
            switch step {
            case .key(let key):
                guard scanner.enterObject(findingKey: Array(key.utf8)) else { return nil }
            case .index(let index):
                guard scanner.enterArray(findingIndex: index) else { return nil }
            }
        }
        scanner.skipSpace()
        return Self.lineAndColumn(of: scanner.offset, in: document)
    }

    /// The line and column (from 1, columns in characters) of the byte at `offset`.
    static func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for byte in bytes[..<min(offset, bytes.count)] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {   // not a continuation byte: a new character
                column += 1
            }
        }
        return (line, column)
    }

    /// Moves through valid JSON bytes.
    private struct Scanner {
        let bytes: [UInt8]
        var offset = 0

        private var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

        mutating func skipSpace() {
            while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { offset += 1 }
        }

        /// Stops at the value of `key` in the object that starts here.
        mutating func enterObject(findingKey key: [UInt8]) -> Bool {
            guard current == UInt8(ascii: "{") else { return false }
            offset += 1
            while true {
                skipSpace()
                guard current == UInt8(ascii: "\"") else { return false }
                let start = offset + 1
                skipString()
                let found = Array(bytes[start..<max(start, offset - 1)]) == key
                skipSpace()
                guard current == UInt8(ascii: ":") else { return false }
                offset += 1
                skipSpace()
                if found { return true }
                skipValue()
                skipSpace()
                guard current == UInt8(ascii: ",") else { return false }
                offset += 1
            }
        }

        /// Stops at entry `index` of the list that starts here.
        mutating func enterArray(findingIndex index: Int) -> Bool {
            guard current == UInt8(ascii: "[") else { return false }
            offset += 1
            for _ in 0..<index {
                skipSpace()
                skipValue()
                skipSpace()
                guard current == UInt8(ascii: ",") else { return false }
                offset += 1
            }
            skipSpace()
            return current != nil && current != UInt8(ascii: "]")
        }

        /// Past the string that starts here (at its opening quote).
        mutating func skipString() {
            offset += 1
            while let byte = current {
                offset += byte == UInt8(ascii: "\\") ? 2 : 1
                if byte == UInt8(ascii: "\"") { return }
            }
        }

        /// Past the value that starts here; nested lists and objects by counting brackets.
        mutating func skipValue() {
            var depth = 0
            while let byte = current {
                switch byte {
                case UInt8(ascii: "\""):
                    skipString()
                    if depth == 0 { return }
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    if depth == 0 { return }
                    depth -= 1
                    if depth == 0 {
                        offset += 1
                        return
                    }
                case UInt8(ascii: ","), 0x20, 0x0A, 0x0D, 0x09:
                    if depth == 0 { return }
                default:
                    break
                }
                offset += 1
            }
        }
    }
}
