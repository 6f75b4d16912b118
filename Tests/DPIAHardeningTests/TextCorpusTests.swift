import Testing

/// Control characters and direction overrides in text: refused, and shown as <U+XXXX> in messages.
@Suite struct TextCorpusTests {
    /// Each corpus file with the exact diagnostics it gives (`line:column: severity: message`).
    static let expected: [String: [String]] = [
        "text-bidi-escaped-title.yaml": [
            "3:8: error: 'title' contains <U+202E> (RIGHT-TO-LEFT OVERRIDE), an invisible character that changes the direction of the text around it, so that a report could read differently from what was written; remove it"
        ],
        "text-bidi-in-key.yaml": [
            "6:5: error: party 'gemeente' is missing required key 'role'",
            "9:5: error: unknown key 'ro<U+202E>le' in a party; did you mean 'role'?",
        ],
        "text-bidi-isolate-prose.yaml": [
            "21:18: error: 'description' contains <U+2067> (RIGHT-TO-LEFT ISOLATE), an invisible character that changes the direction of the text around it, so that a report could read differently from what was written; remove it"
        ],
        "text-bidi-override-name.yaml": [
            "7:11: error: 'name' contains <U+202E> (RIGHT-TO-LEFT OVERRIDE), an invisible character that changes the direction of the text around it, so that a report could read differently from what was written; remove it"
        ],
        "text-control-escaped.yaml": [
            "12:11: error: 'name' contains the control character <U+0007>, which a report cannot show; remove it"
        ],
        "text-escape-sequences-terminal.yaml": [
            "3:8: error: 'title' contains the control character <U+001B>, which a report cannot show; remove it"
        ],
        "text-nul-escaped.yaml": [
            "16:11: error: 'name' contains the control character <U+0000>, which a report cannot show; remove it"
        ],
        "text-rlm-allowed.yaml": [],
    ]

    @Test(arguments: expected.keys.sorted())
    func exactDiagnostics(_ name: String) {
        #expect(Corpus.messages(name) == Self.expected[name])
    }
}
