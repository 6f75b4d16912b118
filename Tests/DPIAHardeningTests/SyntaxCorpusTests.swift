import Testing

/// YAML that is broken or uses features a spec does not: each gives one precise message.
@Suite struct SyntaxCorpusTests {
    /// Each corpus file with the exact diagnostics it gives (`line:column: severity: message`).
    static let expected: [String: [String]] = [
        "syntax-anchors-valid.yaml": [],
        "syntax-bad-indent.yaml": [
            "8:10: error: unexpected ':' here; put text that contains ': ' between quotes, or check the indentation"
        ],
        "syntax-colon-in-value.yaml": [
            "3:12: error: unexpected ':' here; put text that contains ': ' between quotes, or check the indentation"
        ],
        "syntax-complex-key.yaml": [
            "4:3: error: a key at the top level should be a word followed by ':', found a list"
        ],
        "syntax-control-char.yaml": [
            "7:19: error: the character U+0007 is not allowed in YAML"
        ],
        "syntax-duplicate-key.yaml": [
            "10:5: error: duplicate key 'name' in a party (first on line 7)"
        ],
        "syntax-empty.yaml": [
            "1:1: error: the file is empty; a spec starts with 'spec: dpia/v1' followed by 'id:', 'title:', ..."
        ],
        "syntax-merge-key.yaml": [
            "11:5: error: subject category 'inwoners' is missing required key 'name'",
            "12:5: error: merge keys ('<<') are not supported in a subject category; write the keys out",
        ],
        "syntax-nul-byte.yaml": [
            "7:19: error: the character U+0000 is not allowed in YAML"
        ],
        "syntax-null-key.yaml": [
            "10:5: error: a key in a party should be a word followed by ':', found nothing"
        ],
        "syntax-only-comments.yaml": [
            "1:1: error: the file is empty; a spec starts with 'spec: dpia/v1' followed by 'id:', 'title:', ..."
        ],
        "syntax-root-list.yaml": [
            "1:1: error: a spec should be keys with values (spec:, id:, title:, ...), but this file is a list"
        ],
        "syntax-root-scalar.yaml": [
            "1:1: error: a spec should be keys with values (spec:, id:, title:, ...), but this file holds only 'gewoon een zin tekst'"
        ],
        "syntax-tab-indent.yaml": [
            "7:1: error: a tab is used for indentation; YAML only allows spaces there"
        ],
        "syntax-tags.yaml": [],
        "syntax-truncated-after-key.yaml": [
            "19:1: error: 'purposes' has no entries; a spec describes at least one purpose"
        ],
        "syntax-truncated-flow.yaml": [
            "23:33: error: a list in brackets ([...]) is not closed with ']'"
        ],
        "syntax-truncated-mid-entry.yaml": [
            "17:7: error: expected 'key: value' here; a line of text that continues the previous value needs quotes or a block ('|')"
        ],
        "syntax-truncated-quote.yaml": [
            "24:1: error: the file ends inside a quoted text or a bracket; close the quote or bracket"
        ],
        "syntax-two-documents.yaml": [
            "25:1: error: a second YAML document starts here ('---'); describe one processing activity per file"
        ],
        "syntax-unclosed-mapping.yaml": [
            "14:5: error: a mapping in braces ({...}) is not closed with '}'"
        ],
        "syntax-undefined-alias.yaml": [
            "13:9: error: an alias (*name) refers to an anchor (&name) that is not defined before it"
        ],
    ]

    @Test(arguments: expected.keys.sorted())
    func exactDiagnostics(_ name: String) {
        #expect(Corpus.messages(name) == Self.expected[name])
    }
}
