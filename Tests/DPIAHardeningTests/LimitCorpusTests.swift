import Testing

/// Deep nesting, alias bombs, very long lines and values, many errors and many entries: refused or loaded within the limits of SpecLimits.
@Suite struct LimitCorpusTests {
    /// Each corpus file with the exact diagnostics it gives (`line:column: severity: message`).
    static let expected: [String: [String]] = [
        "limits-alias-bomb-entries.yaml": [],
        // Billion laughs: refused while composing, at the alias that makes the aliases repeat more than 10 MB.
        "limits-alias-bomb-references.yaml": [
            "32:12: error: the YAML aliases (*name) in this file repeat more than 10485760 bytes of text, the limit for one file; repeat less through aliases, or write the values out"
        ],
        "limits-alias-bomb-walked.yaml": [
            "26:15: error: this file expands to more than 211543 values through YAML aliases (*name); write the values out instead of repeating aliases"
        ],
        "limits-alias-bomb.yaml": [
            "9:27: error: the YAML aliases (*name) in this file repeat more than 10485760 bytes of text, the limit for one file; repeat less through aliases, or write the values out"
        ],
        // A 90 kB text repeated by 120 aliases (a 500 kB text × 2,000 once took 20 s and 2.9 GB to report).
        "limits-alias-long-text.yaml": [
            "27:476: error: the YAML aliases (*name) in this file repeat more than 10485760 bytes of text, the limit for one file; repeat less through aliases, or write the values out"
        ],
        "limits-alias-small-reuse.yaml": [],
        // 20,000 nested complex keys (`? ? ? …`), which the pre-scan does not count: refused where the
        // tree is built (the composer recursed until the stack overflowed).
        "limits-deep-complex-keys.yaml": [
            "27:201: error: the YAML nests lists and mappings more than 100 levels deep; a spec needs fewer than 10"
        ],
        // 60 levels repeated by an alias inside 45 more.
        "limits-deep-alias.yaml": [
            "29:55: error: the YAML nests lists and mappings more than 100 levels deep once this alias (*name) is written out; a spec needs fewer than 10"
        ],
        "limits-deep-block.yaml": [
            "75:101: error: the YAML nests lists and mappings more than 100 levels deep; a spec needs fewer than 10"
        ],
        "limits-deep-flow-mappings.yaml": [
            "25:405: error: the YAML nests lists and mappings more than 100 levels deep; a spec needs fewer than 10"
        ],
        "limits-deep-flow.yaml": [
            "23:104: error: the YAML nests lists and mappings more than 100 levels deep; a spec needs fewer than 10"
        ],
        "limits-deep-sequences.yaml": [
            "75:99: error: the YAML nests lists and mappings more than 100 levels deep; a spec needs fewer than 10"
        ],
        "limits-long-bad-value.yaml": [
            "17:11: error: unknown data kind 'contact-contact-contact-contact-contact-contact-contact-c…'; allowed: identification, contact, demographic, profile, work, education, financial, usage, communication, location, media, assessment, free-text, national-id, health, ethnicity, religion, political, trade-union, sex-life, genetic, biometric, criminal"
        ],
        "limits-long-line.yaml": [],
        "limits-long-unknown-key.yaml": [
            "4:21001: error: a key here is longer than 1024 characters, more than YAML allows; shorten the key, or put a long value between quotes"
        ],
        "limits-many-entries.yaml": [],
        // One text of 100,001 bytes (Markdown rendering of 9.8 MB of '[' once took 1.95 GB).
        "limits-long-prose.yaml": [
            "26:10: error: 'summary' is 100001 bytes long; one text may be at most 100000 bytes (some 40 pages): shorten it, or refer to a separate document"
        ],
        // Brackets in quoted texts after an anchor or a tag are text, not nesting.
        "limits-quoted-brackets-after-anchor.yaml": [],
        // limits-many-errors.yaml: see its own test (101 diagnostics)
        "limits-unclosed-brackets.yaml": [
            "25:109: error: the YAML nests lists and mappings more than 100 levels deep; a spec needs fewer than 10"
        ],
    ]

    @Test(arguments: expected.keys.sorted())
    func exactDiagnostics(_ name: String) {
        #expect(Corpus.messages(name) == Self.expected[name])
    }
}
