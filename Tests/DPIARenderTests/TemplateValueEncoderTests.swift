import Foundation
import Testing

@testable import DPIARender

@Suite struct TemplateValueEncoderTests {
    struct Row: Encodable { var name: String; var note: String?; var count: Int; var flag: Bool }
    struct Model: Encodable { var title: String; var rows: [Row]; var tags: [String]; var empty: [Row]; var missing: String? }

    @Test func turnsAModelIntoDictionariesAndArrays() throws {
        let model = Model(
            title: "T", rows: [Row(name: "a", note: nil, count: 2, flag: true)], tags: ["x", "y"], empty: [],
            missing: nil)
        let tree = try #require(try TemplateValueEncoder.encode(model) as? [String: Any])
        #expect(tree["title"] as? String == "T")
        #expect((tree["tags"] as? [Any])?.compactMap { $0 as? String } == ["x", "y"])
        #expect((tree["empty"] as? [Any])?.isEmpty == true)
        #expect(tree["missing"] == nil)   // left out: Mustache looks further up the stack, as for a nil property
        let row = try #require((tree["rows"] as? [Any])?.first as? [String: Any])
        #expect(row["name"] as? String == "a")
        #expect(row["note"] == nil)
        #expect(row["count"] as? Int == 2)
        #expect(row["flag"] as? Bool == true)
    }

    @Test func rendersLikeTheStructItself() throws {
        let model = Model(
            title: "Titel", rows: [Row(name: "a", note: nil, count: 0, flag: false), Row(name: "b", note: "n", count: 1, flag: true)],
            tags: [], empty: [], missing: nil)
        let template =
            "{{title}}:{{#rows}}[{{name}}{{#note}}/{{note}}{{/note}}{{#flag}}!{{/flag}}{{^flag}}?{{/flag}} {{count}}]{{/rows}}{{^tags}}none{{/tags}}"
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("nl"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try template.write(to: folder.appendingPathComponent("nl/test.mustache"), atomically: true, encoding: .utf8)
        let templates = try TemplateSet(root: folder.path)
        #expect(try templates.render("nl/test", model) == "Titel:[a? 0][b/n! 1]none")
    }
}
