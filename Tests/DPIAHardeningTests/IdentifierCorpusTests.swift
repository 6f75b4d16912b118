import Testing

/// Ids that try to be paths, device names, look-alikes or invisible: all refused, so that no id can steer where a report is written.
@Suite struct IdentifierCorpusTests {
    /// Each corpus file with the exact diagnostics it gives (`line:column: severity: message`).
    static let expected: [String: [String]] = [
        "ids-absolute-path.yaml": [
            "2:5: error: id '/tmp/dpia' may only contain lowercase letters, digits and '-', for example 'tmp-dpia'"
        ],
        "ids-backslash.yaml": [
            "2:5: error: id '..\\\\..\\\\windows' may only contain lowercase letters, digits and '-', for example 'windows'"
        ],
        "ids-dots.yaml": [
            "2:5: error: id '..' may only contain lowercase letters, digits and '-'"
        ],
        "ids-duplicates.yaml": [
            "10:9: error: duplicate party id 'gemeente' (first on line 6)",
            "23:9: error: duplicate data id 'contact' (first on line 19)",
            "34:10: error: duplicate risk id 'r' (first on line 33)",
        ],
        "ids-empty.yaml": [
            "2:5: error: 'id' is empty; write the activity's id, such as 'wmo-intake'",
            "4:13: error: unknown party id 'gemeente'; 'parties' has no entries with an id",
            "6:8: error: 'id' is empty",
            "13:10: error: unknown party id 'gemeente'; 'parties' has no entries with an id",
        ],
        "ids-leading-dash.yaml": [
            "2:5: error: id '-rf' starts with '-'; an id starts with a lowercase letter or a digit, followed by lowercase letters, digits and '-', for example 'rf'"
        ],
        "ids-lookalike.yaml": [
            "4:13: error: unknown party id 'gemeente'; did you mean 'g\u{435}meente'?",
            "6:9: error: id 'g\u{435}meente' may only contain lowercase letters a-z, digits and '-'; it contains '\u{435}' (U+0435, CYRILLIC SMALL LETTER IE)",
            "13:10: error: unknown party id 'gemeente'; did you mean 'g\u{435}meente'?",
        ],
        "ids-path-traversal.yaml": [
            "2:5: error: id '../../etc/passwd' may only contain lowercase letters, digits and '-', for example 'etc-passwd'"
        ],
        "ids-too-long.yaml": [
            "2:5: error: the id 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…' is 300 characters long; an id has at most 100"
        ],
        "ids-uppercase-and-spaces.yaml": [
            "11:9: error: id 'Inwoners Rotterdam' may only contain lowercase letters, digits and '-', for example 'inwoners-rotterdam'"
        ],
        "ids-windows-device-entry.yaml": [],
        "ids-windows-device-lower.yaml": [
            "2:5: error: the activity id 'con' is a device name on Windows, where the report folder named after it cannot be created or opened; choose another id, such as 'con-dpia'"
        ],
        "ids-windows-device-upper.yaml": [
            "2:5: error: id 'CON' may only contain lowercase letters, digits and '-', for example 'con'"
        ],
        "ids-zero-width.yaml": [
            "11:9: error: id 'inwo<U+200B>ners' may only contain lowercase letters a-z, digits and '-'; it contains '<U+200B>' (U+200B, ZERO WIDTH SPACE)",
            "18:16: error: unknown subject id 'inwoners'; did you mean 'inwo<U+200B>ners'?",
        ],
    ]

    @Test(arguments: expected.keys.sorted())
    func exactDiagnostics(_ name: String) {
        #expect(Corpus.messages(name) == Self.expected[name])
    }
}
