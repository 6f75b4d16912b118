import Testing

@testable import DPIASample

@Suite struct YAMLBuilderTests {
    @Test(arguments: [
        "true", "No", "null", "~", "1.0", "0.3", "2025-06-30", "12", "-x", "a: b", "x #y", "#x",
        "key:", " padded", "[list]", "*alias", "&anchor", "!tag", "'q'", "\"q\"", "%x", "@x", "`x`", "",
    ])
    func quotesScalarsYAMLWouldReadDifferently(value: String) {
        #expect(YAMLBuilder.quoted(value, inFlow: false).hasPrefix("\""))
    }

    @Test(arguments: [
        "Gemeente Utrecht", "P10Y", "10 jaar", "Participatiewet art. 65 lid 1 onder c",
        "fg@rotterdam.example", "Diploma's", "https://www.utrecht.example/privacy", "ISO27001",
    ])
    func leavesOrdinaryTextPlain(value: String) {
        #expect(YAMLBuilder.quoted(value, inFlow: false) == value)
    }

    @Test func quotesFlowIndicatorsOnlyInsideFlowLists() {
        #expect(YAMLBuilder.quoted("a, b", inFlow: false) == "a, b")
        #expect(YAMLBuilder.quoted("a, b", inFlow: true) == "\"a, b\"")
        #expect(YAMLBuilder.quoted("AVG art. 28 (verwerker)", inFlow: true) == "AVG art. 28 (verwerker)")
    }

    @Test func escapesInsideDoubleQuotes() {
        #expect(YAMLBuilder.quoted("say \"hi\"\\ now: ok", inFlow: false) == #""say \"hi\"\\ now: ok""#)
        #expect(YAMLBuilder.quoted("tab\there", inFlow: false) == #""tab\there""#)
        #expect(YAMLBuilder.quoted("bell\u{07}", inFlow: false) == #""bell\u0007""#)
    }

    @Test func writesListsOfMappingsLikeTheExamples() {
        var out = YAMLBuilder()
        out.list("parties", ["a", "b"]) { out, id in
            out.scalar("id", id)
            out.mapping("sees") { out in out.flowList("data", ["x", "z"]) }
        }
        out.list("transfers", [Int]()) { _, _ in }
        out.mapping("techniques") { _ in }
        #expect(
            out.text == """
                parties:
                  - id: a
                    sees:
                      data: [x, z]
                  - id: b
                    sees:
                      data: [x, z]
                transfers: []
                techniques: {}

                """)
    }

    @Test func writesProseAsLiteralBlocks() {
        var out = YAMLBuilder()
        out.prose("summary", "First line.\n\nSecond: paragraph.\n")
        out.prose("necessity", "No final newline\nhere")
        out.prose("short", "One line: with a colon")
        out.prose("indented", " starts with a space\nand more")
        #expect(
            out.text == """
                summary: |
                  First line.

                  Second: paragraph.
                necessity: |-
                  No final newline
                  here
                short: "One line: with a colon"
                indented: " starts with a space\\nand more"

                """)
    }
}
