import Testing

/// Inputs the fuzzer found (`Scripts/fuzz.sh`), kept as they were found, with their outcome after the fix.
@Suite struct FuzzFindingCorpusTests {
    /// Each corpus file with the exact diagnostics it gives (`line:column: severity: message`).
    static let expected: [String: [String]] = [
        // A thousand aliases of a retention rule of a thousand ids, one of them not ASCII: sorting the
        // ids of every copy with Unicode comparison took 8 s in a debug build (now 0.3 s).
        "fuzz-retention-aliases-unicode.yaml": [
            "26:15: error: this file expands to more than 211543 values through YAML aliases (*name); "
                + "write the values out instead of repeating aliases"
        ]
    ]

    @Test(arguments: expected.keys.sorted())
    func exactDiagnostics(_ name: String) {
        #expect(Corpus.messages(name) == Self.expected[name])
    }
}
