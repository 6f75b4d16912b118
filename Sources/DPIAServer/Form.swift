import Foundation

/// The fields of an `application/x-www-form-urlencoded` body or a query string.
struct Form: Sendable {
    private(set) var fields: [String: String] = [:]

    init(encoded text: String) {
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]) else { continue }
            let value = parts.count > 1 ? Self.decode(parts[1]) ?? "" : ""
            if fields[name] == nil { fields[name] = value }
        }
    }

    subscript(name: String) -> String? { fields[name] }

    /// The field trimmed, nil when empty.
    func text(_ name: String) -> String? {
        guard let value = fields[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }

    /// The fields again as a query string, without `name`, sorted (for links that change one field).
    func encoded(without name: String) -> String {
        fields.filter { $0.key != name && !$0.value.isEmpty }.sorted { $0.key < $1.key }
            .map { Paths.encode($0.key) + "=" + Paths.encode($0.value) }.joined(separator: "&")
    }

    private static func decode(_ part: Substring) -> String? {
        part.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}
