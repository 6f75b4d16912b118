import DPIAModel
import Foundation

/// Reads a spec file's bytes safely: refuses files over the size limit without reading them
/// whole, and insists on UTF-8, naming the first byte that is not.
enum SpecFile {
    /// The text of the file, or the one diagnostic that explains why it cannot be read.
    enum Outcome {
        case text(String)
        case refused(Diagnostic)
    }

    /// The bytes of a spec file, or the one diagnostic that explains why it cannot be read.
    enum Bytes {
        case data(Data)
        case refused(Diagnostic)
    }

    /// Reads the file at `path`.
    static func read(_ path: String, limits: SpecLimits) -> Outcome {
        switch bytes(path, limits: limits) {
        case .data(let data): text(of: data, path: path, limits: limits)
        case .refused(let diagnostic): .refused(diagnostic)
        }
    }

    /// Reads the bytes of the file at `path`, without decoding them: only an ordinary file (a named pipe,
    /// a device or `/dev/stdin` is refused at once, never waited on), at most the size limit (``RegularFile``).
    static func bytes(_ path: String, limits: SpecLimits) -> Bytes {
        func failure(_ message: LocalizedText) -> Bytes { .refused(problem(message, path: path)) }
        switch RegularFile.read(path, limit: limits.maxFileBytes) {
        case .success(let data): return .data(data)
        case .failure(.missing): return failure(LocalizedText(nl: "dit bestand bestaat niet", en: "no such file"))
        case .failure(.folder):
            return failure(LocalizedText(nl: "dit is een map, geen specbestand", en: "this is a folder, not a spec file"))
        case .failure(.notRegular(let kind)):
            return failure(
                LocalizedText(
                    nl: "dit is \(kind), geen gewoon bestand; dpia leest specs alleen uit gewone bestanden",
                    en: "this is \(kind), not an ordinary file; dpia reads specs only from ordinary files"))
        case .failure(.link):
            return failure(
                LocalizedText(
                    nl: "dit is een symbolische koppeling, die dpia hier niet volgt",
                    en: "this is a symbolic link, which dpia does not follow here"))
        case .failure(.tooLarge(let size)):
            return failure(tooLarge(size, limits))
        case .failure(.unreadable(let reason)):
            return failure(
                LocalizedText(nl: "het bestand kan niet worden gelezen: \(reason.nl)", en: "cannot read the file: \(reason.en)"))
        }
    }

    /// The size of the file at `path` in bytes (following links), or nil when it cannot be read.
    /// One `stat` call: `FileManager.attributesOfItem` also looks up owner and group names.
    static func fileSize(_ path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int(info.st_size)
    }

    /// The text of a spec's bytes, read from `path`: refused when over the size limit or not UTF-8.
    static func text(of data: Data, path: String, limits: SpecLimits) -> Outcome {
        if data.count > limits.maxFileBytes { return .refused(problem(tooLarge(data.count, limits), path: path)) }
        switch decode(data) {
        case .success(let text): return .text(text)
        case .failure(let decoding):
            return .refused(problem(decoding.message, path: path, line: decoding.line, column: decoding.column))
        }
    }

    /// The error diagnostic of a file that cannot be read, in both languages.
    private static func problem(_ message: LocalizedText, path: String, line: Int = 1, column: Int = 1) -> Diagnostic {
        Diagnostic(.error, at: SourceLocation(file: path, line: line, column: column), message)
    }

    private static func tooLarge(_ size: Int, _ limits: SpecLimits) -> LocalizedText {
        LocalizedText(
            nl: "het bestand is groter dan \(megabytes(limits.maxFileBytes)), de grens voor één spec "
                + "(één verwerking heeft veel minder nodig); is dit het goede bestand?",
            en: "the file is larger than \(megabytes(limits.maxFileBytes)), the limit for one spec "
                + "(one processing activity needs far less); is this the right file?")
    }

    private static func megabytes(_ bytes: Int) -> String {
        bytes % (1024 * 1024) == 0 ? "\(bytes / (1024 * 1024)) MB" : "\(bytes) bytes"
    }

    /// A problem decoding the bytes, at a 1-based line and column.
    struct DecodingProblem: Error {
        let line: Int
        let column: Int
        let message: LocalizedText
    }

    /// Decodes UTF-8 (dropping a byte order mark), or explains where the bytes stop being UTF-8.
    static func decode(_ data: Data) -> Result<String, DecodingProblem> {
        let bytes = [UInt8](data)
        if let encoding = otherUnicodeEncoding(bytes) {
            return .failure(
                DecodingProblem(
                    line: 1, column: 1,
                    message: LocalizedText(
                        nl: "het bestand is \(encoding)-tekst; sla het op als UTF-8",
                        en: "the file is \(encoding) text; save it as UTF-8")))
        }
        var body = bytes[...]
        while body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }   // a doubled mark, too
        if let text = String(validating: body, as: UTF8.self) { return .success(text) }
        let offset = firstInvalidUTF8(body)
        var line = 1
        var lineStart = body.startIndex
        for index in body.startIndex..<offset where body[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        let column = String(decoding: body[lineStart..<offset], as: UTF8.self).unicodeScalars.count + 1
        let byte = String(body[offset], radix: 16, uppercase: true)
        return .failure(
            DecodingProblem(
                line: line, column: column,
                message: LocalizedText(
                    nl: "het bestand is geen UTF-8-tekst: byte 0x\(byte.count == 1 ? "0" + byte : byte) op byte-positie "
                        + "\(offset) is niet te lezen; sla het bestand op als UTF-8",
                    en: "the file is not UTF-8 text: byte 0x\(byte.count == 1 ? "0" + byte : byte) at byte offset "
                        + "\(offset) cannot be read; save the file as UTF-8")))
    }

    /// "UTF-32" or "UTF-16" when the bytes start with that encoding's byte order mark, or (without
    /// one) with the zero bytes that encoding gives the ASCII character a spec starts with, as YAML
    /// detects encodings; nil otherwise. UTF-32 is checked first: its little-endian mark starts
    /// with UTF-16's.
    static func otherUnicodeEncoding(_ bytes: [UInt8]) -> String? {
        let head = Array(bytes.prefix(4)) + Array(repeating: 0xAA, count: max(0, 4 - bytes.count))
        switch (head[0], head[1], head[2], head[3]) {
        case (0x00, 0x00, 0xFE, 0xFF), (0xFF, 0xFE, 0x00, 0x00), (0x00, 0x00, 0x00, 1...), (1..., 0x00, 0x00, 0x00):
            return "UTF-32"
        case (0xFE, 0xFF, _, _), (0xFF, 0xFE, _, _), (0x00, 1..., _, _), (1..., 0x00, _, _):
            return "UTF-16"
        default:
            return nil
        }
    }

    /// The index of the first byte that does not start or continue a valid UTF-8 sequence.
    private static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lead = bytes[index]
            let length: Int
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= bytes.endIndex else { return index }
            let sequence = bytes[index..<(index + length)]
            if String(validating: sequence, as: UTF8.self) == nil { return index }
            index += length
        }
        return bytes.endIndex
    }
}
