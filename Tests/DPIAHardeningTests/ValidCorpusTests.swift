import Testing

/// Specs that must load without any diagnostic.
@Suite struct ValidCorpusTests {
    /// Each corpus file with the exact diagnostics it gives (`line:column: severity: message`).
    static let expected: [String: [String]] = [
        "valid-base.yaml": [],
        "valid-bom-crlf.yaml": [],
        "valid-bom.yaml": [],
        "valid-crlf.yaml": [],
    ]

    @Test(arguments: expected.keys.sorted())
    func exactDiagnostics(_ name: String) {
        #expect(Corpus.messages(name) == Self.expected[name])
    }
}
