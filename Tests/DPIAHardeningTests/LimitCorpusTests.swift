import Testing

/// Deep nesting, alias bombs, very long lines and values, many errors and many entries: refused or loaded within the limits of SpecLimits.
@Suite struct LimitCorpusTests {
    /// Each corpus file with the exact diagnostics it gives (`line:column: severity: message`).
    static let expected: [String: [String]] = [
        "limits-alias-bomb-entries.yaml": [],
        "limits-alias-bomb-references.yaml": [
            "25:7: error: each entry of 'data' should be a data id, found a list",
            "26:7: error: each entry of 'data' should be a data id, found a list",
            "27:7: error: each entry of 'data' should be a data id, found a list",
            "28:7: error: each entry of 'data' should be a data id, found a list",
            "29:7: error: each entry of 'data' should be a data id, found a list",
            "30:7: error: each entry of 'data' should be a data id, found a list",
            "31:7: error: each entry of 'data' should be a data id, found a list",
            "32:7: error: each entry of 'data' should be a data id, found a list",
            "33:7: error: each entry of 'data' should be a data id, found a list",
        ],
        "limits-alias-bomb-walked.yaml": [
            "26:15: error: this file expands to more than 211543 values through YAML aliases (*name); write the values out instead of repeating aliases",
        ],
        "limits-alias-bomb.yaml": [
            "2:1: error: unknown key 'anchors' at the top level; the keys are listed in docs/spec-format.md",
        ],
        "limits-alias-small-reuse.yaml": [],
        "limits-deep-block.yaml": [
            "75:101: error: the YAML nests lists and mappings more than 100 levels deep; a spec needs fewer than 10",
        ],
        "limits-deep-flow-mappings.yaml": [
            "25:405: error: the YAML nests lists and mappings more than 100 levels deep; a spec needs fewer than 10",
        ],
        "limits-deep-flow.yaml": [
            "23:104: error: the YAML nests lists and mappings more than 100 levels deep; a spec needs fewer than 10",
        ],
        "limits-deep-sequences.yaml": [
            "75:99: error: the YAML nests lists and mappings more than 100 levels deep; a spec needs fewer than 10",
        ],
        "limits-long-bad-value.yaml": [
            "17:11: error: unknown data kind 'contact-contact-contact-contact-contact-contact-contact-c…'; allowed: identification, contact, demographic, profile, work, education, financial, usage, communication, location, media, assessment, free-text, national-id, health, ethnicity, religion, political, trade-union, sex-life, genetic, biometric, criminal",
        ],
        "limits-long-line.yaml": [],
        "limits-long-unknown-key.yaml": [
            "4:21001: error: a key here is longer than 1024 characters, more than YAML allows; shorten the key, or put a long value between quotes",
        ],
        "limits-many-entries.yaml": [],
        // limits-many-errors.yaml: see its own test (101 diagnostics)
        "limits-unclosed-brackets.yaml": [
            "25:109: error: the YAML nests lists and mappings more than 100 levels deep; a spec needs fewer than 10",
        ],
    ]

    @Test(arguments: expected.keys.sorted())
    func exactDiagnostics(_ name: String) {
        #expect(Corpus.messages(name) == Self.expected[name])
    }
}
