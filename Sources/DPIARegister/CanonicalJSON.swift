import Foundation

/// A JSON value with one canonical spelling, so that equal content always gives equal text and hash.
///
/// Canonical means: object keys sorted by their UTF-8 bytes, no whitespace, strings escaped only where
/// JSON requires it, and lists of entries (objects) sorted — by `id` when every entry has one, else by
/// their own canonical text — so that reordering entries in a spec is not a change. Lists of plain
/// values (strings, numbers) keep their order.
public indirect enum CanonicalJSON: Sendable, Hashable, Codable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([CanonicalJSON])
    case object([String: CanonicalJSON])

    /// The canonical form of any encodable value.
    public init(encoding value: some Encodable) throws {
        let data = try JSONEncoder().encode(value)
        self = try JSONDecoder().decode(CanonicalJSON.self, from: data).canonicalized()
    }

    /// Parses JSON text (as stored in the register) and canonicalises it.
    public init(parsing text: String) throws {
        self = try JSONDecoder().decode(CanonicalJSON.self, from: Data(text.utf8)).canonicalized()
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([CanonicalJSON].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: CanonicalJSON].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .integer(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    /// The members of an object; empty for anything else.
    public var members: [String: CanonicalJSON] {
        if case .object(let members) = self { return members }
        return [:]
    }

    /// The canonical text: the input of content hashes.
    public var text: String {
        var output = ""
        write(to: &output)
        return output
    }

    private func canonicalized() -> CanonicalJSON {
        switch self {
        case .array(let elements):
            let elements = elements.map { $0.canonicalized() }
            guard !elements.isEmpty, elements.allSatisfy({ if case .object = $0 { true } else { false } }) else {
                return .array(elements)
            }
            let ids = elements.compactMap { element -> String? in
                if case .string(let id) = element.members["id"] { return id }
                return nil
            }
            let keys = ids.count == elements.count ? ids : elements.map(\.text)
            let sorted = zip(keys, elements).sorted { Self.precedes($0.0, $1.0) || ($0.0 == $1.0 && Self.precedes($0.1.text, $1.1.text)) }
            return .array(sorted.map(\.1))
        case .object(let members):
            return .object(members.mapValues { $0.canonicalized() })
        default:
            return self
        }
    }

    /// Orders strings by their UTF-8 bytes, the same on every platform.
    static func precedes(_ lhs: String, _ rhs: String) -> Bool { lhs.utf8.lexicographicallyPrecedes(rhs.utf8) }

    private func write(to output: inout String) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .integer(let value): output += String(value)
        case .number(let value): output += value.description
        case .string(let value): Self.writeString(value, to: &output)
        case .array(let elements):
            output += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { output += "," }
                element.write(to: &output)
            }
            output += "]"
        case .object(let members):
            output += "{"
            for (index, key) in members.keys.sorted(by: Self.precedes).enumerated() {
                if index > 0 { output += "," }
                Self.writeString(key, to: &output)
                output += ":"
                members[key]!.write(to: &output)
            }
            output += "}"
        }
    }

    private static func writeString(_ value: String, to output: inout String) {
        output += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
