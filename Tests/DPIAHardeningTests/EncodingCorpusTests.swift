import Testing

/// Bytes that are not clean UTF-8 with Unix line ends: refused with the byte's position, or (CRLF, BOM) loaded as if they were.
@Suite struct EncodingCorpusTests {
    /// Each corpus file with the exact diagnostics it gives (`line:column: severity: message`).
    static let expected: [String: [String]] = [
        "encoding-bom-error.yaml": [
            "17:11: error: unknown data kind 'kontakt'; did you mean 'contact'? Allowed: identification, contact, demographic, profile, work, education, financial, usage, communication, location, media, assessment, free-text, national-id, health, ethnicity, religion, political, trade-union, sex-life, genetic, biometric, criminal"
        ],
        "encoding-bom-twice.yaml": [],
        "encoding-cr-only.yaml": [],
        "encoding-crlf-error.yaml": [
            "17:11: error: unknown data kind 'kontakt'; did you mean 'contact'? Allowed: identification, contact, demographic, profile, work, education, financial, usage, communication, location, media, assessment, free-text, national-id, health, ethnicity, religion, political, trade-union, sex-life, genetic, biometric, criminal"
        ],
        "encoding-invalid-utf8.yaml": [
            "7:25: error: the file is not UTF-8 text: byte 0xE9 at byte offset 139 cannot be read; save the file as UTF-8"
        ],
        "encoding-mixed-line-endings.yaml": [
            "17:11: error: unknown data kind 'kontakt'; did you mean 'contact'? Allowed: identification, contact, demographic, profile, work, education, financial, usage, communication, location, media, assessment, free-text, national-id, health, ethnicity, religion, political, trade-union, sex-life, genetic, biometric, criminal"
        ],
        "encoding-overlong.yaml": [
            "12:20: error: the file is not UTF-8 text: byte 0xC0 at byte offset 234 cannot be read; save the file as UTF-8"
        ],
        "encoding-surrogate.yaml": [
            "16:18: error: the file is not UTF-8 text: byte 0xED at byte offset 292 cannot be read; save the file as UTF-8"
        ],
        "encoding-truncated-utf8.yaml": [
            "25:6: error: the file is not UTF-8 text: byte 0xC3 at byte offset 507 cannot be read; save the file as UTF-8"
        ],
        "encoding-unicode-line-separators.yaml": [
            "14:7: error: expected 'key: value' here; a line of text that continues the previous value needs quotes or a block ('|')"
        ],
        "encoding-utf32be.yaml": [
            "1:1: error: the file is UTF-32 text; save it as UTF-8"
        ],
        "encoding-utf32le.yaml": [
            "1:1: error: the file is UTF-32 text; save it as UTF-8"
        ],
        // Without a byte order mark: recognised, as YAML does, by the zero bytes around the first character.
        "encoding-utf32le-no-bom.yaml": [
            "1:1: error: the file is UTF-32 text; save it as UTF-8"
        ],
        "encoding-utf16be.yaml": [
            "1:1: error: the file is UTF-16 text; save it as UTF-8"
        ],
        "encoding-utf16le.yaml": [
            "1:1: error: the file is UTF-16 text; save it as UTF-8"
        ],
    ]

    @Test(arguments: expected.keys.sorted())
    func exactDiagnostics(_ name: String) {
        #expect(Corpus.messages(name) == Self.expected[name])
    }
}
