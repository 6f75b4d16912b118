import Testing

/// Unknown keys at every level: each is an error with a suggestion or the allowed keys.
@Suite struct UnknownKeyCorpusTests {
    /// Each corpus file with the exact diagnostics it gives (`line:column: severity: message`).
    static let expected: [String: [String]] = [
        "unknown-deprecated-spellings.yaml": [
            "26:3: warning: 'behavior_influencing' is an old spelling; write 'behaviour_influencing'",
            "30:38: warning: 'pseudonymized' is an old spelling; write 'pseudonymised'",
        ],
        "unknown-in-entries.yaml": [
            "9:11: error: unknown party role 'controler'; did you mean 'controller'? Allowed: controller, joint-controller, processor, sub-processor, recipient, source, third-party",
            "10:5: error: unknown key 'rol' in a party; did you mean 'role'?",
            "14:5: error: unknown key 'off' in a subject category; did you mean 'of'?",
            "19:5: error: unknown key 'soort' in a data category; allowed keys: id, name, kind, subjects, source, visible_to_subject, description, fields, renamed_from",
            "25:5: error: unknown key 'grondslag' in a purpose; the keys are listed in docs/spec-format.md",
            "31:38: error: unknown key 'scoop' in a role's 'sees'; did you mean 'scope'?",
            "32:5: error: unknown key 'autentication' in a role; did you mean 'authentication'?",
            "38:5: error: unknown key 'channels' in a flow; did you mean 'channel'?",
            "42:5: error: unknown key 'deleted' in a retention rule; allowed keys: id, data, period, starts, source, deletion, purpose, criterion, supervisor, renamed_from, ends_with",
            "46:5: error: unknown key 'city' in a location; allowed keys: party, country, description",
            "50:5: error: unknown key 'mechanisme' in a transfer; did you mean 'mechanism'?",
            "56:5: error: unknown key 'kans' in a risk; allowed keys: id, description, likelihood, impact, origin, source, renamed_from",
            "61:5: error: unknown key 'eigenaar' in a measure; allowed keys: id, addresses, decision, description, owner, due, status, residual, type, evidence, renamed_from",
            "65:5: error: unknown key 'belang' in an interest; allowed keys: party, description",
        ],
        "unknown-in-sections.yaml": [
            "23:31: error: unknown key 'informd' in a purpose's 'consent'; did you mean 'informed'?",
            "27:3: error: unknown key 'eigenaar' in 'contacts'; allowed keys: owner, dpo, representative",
            "29:3: error: unknown key 'profileren' in 'techniques'; the keys are listed in docs/spec-format.md",
            "30:3: error: unknown key 'cloud_computing' in 'techniques'; the keys are listed in docs/spec-format.md",
            "32:3: error: unknown key 'maatregelen' in 'security'; allowed keys: measures, description, other",
            "34:3: error: unknown key 'privacy_statment' in 'transparency'; did you mean 'privacy_statement'?",
            "36:3: error: unknown key 'acces' in 'rights'; did you mean 'access'?",
            "37:3: error: unknown key 'vergeten' in 'rights'; allowed keys: access, rectification, erasure, restriction, portability, automated_decisions, objection, information",
            "39:3: error: unknown key 'dpo' in 'governance'; allowed keys: change_process_includes_privacy_review, source_system_link, dpo_advice, adopted_by, adopted_on, next_review, dpo_advice_on",
        ],
        "unknown-top-level.yaml": [
            "1:1: error: missing required key 'purposes' at the top level",
            "19:1: error: unknown key 'purpose' at the top level; did you mean 'purposes'?",
            "25:1: error: unknown key 'retentie' at the top level; did you mean 'retention'?",
            "26:1: error: unknown key 'voorbeeld' at the top level; the keys are listed in docs/spec-format.md",
        ],
    ]

    @Test(arguments: expected.keys.sorted())
    func exactDiagnostics(_ name: String) {
        #expect(Corpus.messages(name) == Self.expected[name])
    }
}
