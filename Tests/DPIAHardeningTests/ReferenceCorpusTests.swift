import Testing

/// References to unknown ids and circles of part_of and further_processing_of.
@Suite struct ReferenceCorpusTests {
    /// Each corpus file with the exact diagnostics it gives (`line:column: severity: message`).
    static let expected: [String: [String]] = [
        "refs-further-processing-cycle.yaml": [
            "25:5: error: 'further_processing_of' goes round in a circle: dienstverlening → statistiek → onderzoek → dienstverlening; one of these purposes must be the original purpose, without 'further_processing_of'"
        ],
        "refs-further-processing-self.yaml": [
            "25:5: error: purpose 'dienstverlening' is further processing of itself; 'further_processing_of' names another entry, or is left out"
        ],
        "refs-part-of-chain-valid.yaml": [],
        "refs-part-of-cycle.yaml": [
            "10:5: error: 'part_of' goes round in a circle: gemeente → team-c → team-b → team-a → gemeente; one of these parties must be the top, without 'part_of'"
        ],
        "refs-part-of-self.yaml": [
            "10:5: error: party 'gemeente' is part of itself; 'part_of' names another entry, or is left out"
        ],
        "refs-two-cycles.yaml": [
            "10:5: error: 'part_of' goes round in a circle: gemeente → team-a → gemeente; one of these parties must be the top, without 'part_of'",
            "12:70: error: 'part_of' goes round in a circle: team-b → team-c → team-b; one of these parties must be the top, without 'part_of'",
        ],
        "refs-unknown.yaml": [
            "4:13: error: unknown party id 'gemeent'; did you mean 'gemeente'?",
            "18:16: error: unknown subject id 'inwoner'; did you mean 'inwoners'?",
            "18:25: error: unknown subject id 'werkzoekenden'; 'subjects' has: inwoners",
        ],
        "refs-wrong-kind.yaml": [
            "18:16: error: unknown subject id 'contact'; 'subjects' has: inwoners"
        ],
    ]

    @Test(arguments: expected.keys.sorted())
    func exactDiagnostics(_ name: String) {
        #expect(Corpus.messages(name) == Self.expected[name])
    }
}
