import DPIAModel

/// The canonical spelling of a JSON value, so that equal content always gives equal text and hash.
///
/// Canonical means: object keys sorted by their UTF-8 bytes, no whitespace, strings escaped only where
/// JSON requires it, and lists of entries (objects) sorted — by `id` when every entry has one, else by
/// their own canonical text — so that reordering entries in a spec is not a change. Lists of plain
/// values (strings, numbers) keep their order.
extension JSONValue {
    /// The canonical form of any encodable value.
    public init(canonicalEncoding value: some Encodable) throws {
        self = try JSONValue(encoding: value).canonicalized()
    }

    /// Parses JSON text (as stored in the register) and canonicalises it.
    public init(canonicalParsing text: String) throws {
        self = try JSONValue(parsing: text).canonicalized()
    }

    /// The canonical text: the input of content hashes.
    public var canonicalText: String {
        var output = ""
        write(to: &output)
        return output
    }

    private func canonicalized() -> JSONValue {
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
            let keys = ids.count == elements.count ? ids : elements.map(\.canonicalText)
            let sorted = zip(keys, elements).sorted {
                Self.precedes($0.0, $1.0) || ($0.0 == $1.0 && Self.precedes($0.1.canonicalText, $1.1.canonicalText))
            }
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
