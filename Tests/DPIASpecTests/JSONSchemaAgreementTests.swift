import DPIAModel
import Foundation
import Testing

@testable import DPIASpec

/// The loader and the JSON Schema editors use (docs/dpia-spec.schema.json) accept the same keys
/// and require the same ones.
@Suite struct JSONSchemaAgreementTests {
    static let schemaURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/dpia-spec.schema.json")

    /// The loader's schema for each JSON path of the JSON Schema (`items` for list entries).
    static let pairs: [(path: [String], schema: EntrySchema)] = [
        ([], .activity), (["contacts"], .contacts), (["parties", "items"], .party), (["subjects", "items"], .subject),
        (["data", "items"], .data), (["purposes", "items"], .purpose),
        (["purposes", "items", "consent"], .consent), (["techniques"], .techniques), (["roles", "items"], .role),
        (["roles", "items", "sees"], .sees), (["flows", "items"], .flow), (["retention", "items"], .retention),
        (["locations", "items"], .location), (["transfers", "items"], .transfer), (["security"], .security),
        (["transparency"], .transparency), (["rights"], .rights), (["governance"], .governance),
        (["risks", "items"], .risk), (["measures", "items"], .measure), (["interests", "items"], .interest),
        (["document"], .document), (["document", "history", "items"], .documentVersion),
    ]

    @Test func sameKeys() throws {
        guard FileManager.default.fileExists(atPath: Self.schemaURL.path) else { return }
        let root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: Self.schemaURL)) as? [String: Any])
        for (path, schema) in Self.pairs {
            let node = try #require(Self.resolve(path, in: root, root: root), "\(path)")
            let properties = try #require(node["properties"] as? [String: Any], "\(path)")
            #expect(Set(properties.keys) == schema.keySet, "\(path)")
            #expect(Set(node["required"] as? [String] ?? []) == Set(schema.required), "\(path)")
        }
    }

    /// Every id pattern of the schema is the loader's (``IdentifierShape/pattern``) with the loader's
    /// length limit, and the loader accepts exactly what the pattern matches.
    @Test func sameIDSpelling() throws {
        guard FileManager.default.fileExists(atPath: Self.schemaURL.path) else { return }
        let text = try String(contentsOf: Self.schemaURL, encoding: .utf8)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let id = try #require((root["definitions"] as? [String: Any])?["id"] as? [String: Any])
        #expect(id["pattern"] as? String == IdentifierShape.pattern)
        #expect(id["maxLength"] as? Int == PortableName.maxLength)
        // Every other id pattern (renamed_from) is the same, with the same limit.
        let patterns = text.components(separatedBy: "\"pattern\": \"^[a-z0-9][a-z0-9-]").count - 1
        #expect(patterns == text.components(separatedBy: "\"pattern\": \"\(IdentifierShape.pattern)\",\n").count - 1)
        #expect(patterns == text.components(separatedBy: "\"maxLength\": \(PortableName.maxLength)").count - 1)
        let regex = try NSRegularExpression(pattern: IdentifierShape.pattern)
        for sample in ["a", "0", "hallowerk-utrecht", "a-", "-a", "-", "--x", "", "A", "a_b", "a b", "é", "a\u{200B}"] {
            let matches = regex.firstMatch(in: sample, range: NSRange(sample.startIndex..., in: sample)) != nil
            #expect(IdentifierShape.isID(sample) == matches, "\(sample)")
        }
    }

    /// Follows `properties/<key>` and `items` steps, through `$ref`s to `#/$defs/...`.
    static func resolve(_ path: [String], in node: [String: Any], root: [String: Any]) -> [String: Any]? {
        var current = dereference(node, root: root)
        for step in path {
            let next = step == "items" ? current["items"] : (current["properties"] as? [String: Any])?[step]
            guard let object = next as? [String: Any] else { return nil }
            current = dereference(object, root: root)
        }
        return current
    }

    static func dereference(_ node: [String: Any], root: [String: Any]) -> [String: Any] {
        guard let reference = node["$ref"] as? String, reference.hasPrefix("#/") else { return node }
        var current: Any = root
        for step in reference.dropFirst(2).split(separator: "/") {
            guard let object = current as? [String: Any], let next = object[String(step)] else { return node }
            current = next
        }
        return (current as? [String: Any]).map { dereference($0, root: root) } ?? node
    }
}
