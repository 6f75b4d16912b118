import Testing

/// HTML, script, Markdown and template syntax in text: loaded as plain text (the report tests check it stays harmless); links that are not web addresses are refused.
@Suite struct InjectionCorpusTests {
    /// Each corpus file with the exact diagnostics it gives (`line:column: severity: message`).
    static let expected: [String: [String]] = [
        "inject-csv-formula.yaml": [],
        "inject-csv-formula-hidden.yaml": [],
        "inject-html-markdown-everywhere.yaml": [],
        "inject-markdown-reference.yaml": [],
        "inject-markdown-table.yaml": [],
        "inject-mustache.yaml": [],
        "inject-url-data.yaml": [
            "26:8: error: 'url' should be a web address starting with https:// (or http://), found 'data:text/html,<script>alert(1)</script>'"
        ],
        "inject-url-javascript.yaml": [
            "26:8: error: 'url' should be a web address starting with https:// (or http://), found 'javascript:alert(1)'"
        ],
    ]

    @Test(arguments: expected.keys.sorted())
    func exactDiagnostics(_ name: String) {
        #expect(Corpus.messages(name) == Self.expected[name])
    }
}
