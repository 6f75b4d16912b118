import Testing

/// Specs full of distinctive secrets, one per line: no message quotes more than one of them.
@Suite struct SecretCorpusTests {
    /// Each corpus file with the exact diagnostics it gives (`line:column: severity: message`).
    static let expected: [String: [String]] = [
        "secrets-duplicate-keys.yaml": [
            "1:1: error: missing required keys 'controller', 'parties', 'subjects', 'data' and 'purposes' at the top level",
            "4:1: error: duplicate key 'title' at the top level (first on line 3)",
        ],
        "secrets-everywhere.yaml": [
            "4:9: error: unknown status 'GEHEIM0041077406b4ec840b0d5bde597bf0d45ea23be3fb512f31411754'; allowed: draft, in-review, adopted, retired",
            "5:11: error: unknown language 'GEHEIM00564b34e4cf54b5cc8e5646880d448fe522868102c78b4456b78f'; allowed: nl, en",
            "8:10: error: 'owner' should be text, found a list",
            "9:3: error: unknown key 'GEHEIM0095bbb5a27cfad1a0bb384f5c516bc5869a4042eb348e83d20033' in 'contacts'; allowed keys: owner, dpo, representative",
            "16:11: error: unknown party type 'GEHEIM01691dfe936f5f23662e0a83a8217fb11e3d984e251ae8137bcf1f'; allowed: municipality, uwv, public-body, private-intermediary, employer, supplier, education, care-provider, other",
            "18:5: error: unknown key 'GEHEIM018540ee0f6074ec1cc7e17d23ed757e2d417658f787febf484b48' in a party; allowed keys: id, name, type, role, region, affiliated, agreement, location, certifications, description, contact, part_of, domain, renamed_from, processor_agreement",
            "22:17: error: 'vulnerable' should be true or false, found 'GEHEIM022e6188c57edb40a32f80fd02305c057d98ef9c23997fa069a054'",
            "23:12: error: 'count' should be a whole number such as 12000, found 'GEHEIM023a733d4d2cf0719fd8449138c20d0fcbb7602a1c9763dd662d5e'",
            "24:13: error: 'minors' should be true or false, found 'GEHEIM02448e2173ec6b1969c0d1fb0df89a587636ebf0c696027fdfd45f'",
            "28:11: error: unknown data kind 'GEHEIM028c5c15181fb07f459fe59a67d5e30a96b831d1394cb14ecbe2f3'; allowed: identification, contact, demographic, profile, work, education, financial, usage, communication, location, media, assessment, free-text, national-id, health, ethnicity, religion, political, trade-union, sex-life, genetic, biometric, criminal",
            "29:13: error: unknown data source 'GEHEIM0298cfa3326f57cee21a4a9f573bcec9281d4045336ae0ce5c5c08'; allowed: data-subject, municipality-staff, source-system, third-party",
            "33:12: error: unknown legal basis 'GEHEIM033ab20f2ba7958a91e1b08ee5388519c84041476148af284f9a19'; allowed: consent, contract, legal-obligation, vital-interest, public-task, legitimate-interest",
            "35:10: error: 'law' should be a list of text, found keys with values (a mapping)",
            "37:14: error: 'profiling' should be true or false, found 'GEHEIM0370d088683e84c50dfb63f7f5b239ee1d2eb9c4d6c0ba568d255c'",
            "38:3: error: unknown key 'GEHEIM038cfa092c36a37cd961bce07d077d3a93e3e8959bbf40c7b5a359' in 'techniques'; the keys are listed in docs/spec-format.md",
            "41:13: error: 'GEHEIM0416d5fc65e014d911a323e42e00ac7c21cd94e1ce223a2f23349a' is not a duration; write it like P10Y, P6M, 10 jaar or 6 months (or as-long-as-needed)",
            "42:15: error: unknown deletion mode 'GEHEIM042053f59cca840fc1a87930c20197effc8b7af8de3a887e33cb8b'; allowed: automated, manual, none",
            "44:15: error: 'GEHEIM044497c44d5e8497ed0aa8302828a68fec30f21b3d38a46f3ad440' is not a date; write it as year-month-day, like 2025-06-30",
            "46:8: error: 'url' should be a web address starting with https:// (or http://), found 'GEHEIM046805a072c60454afcb9846fad08fadd59488bd3e52f7a001157d'",
            "47:19: error: unknown transparency topic 'GEHEIM047a5f7e807ad9f26e9a366ced723b7ca443c40e3dffbdcc3ad575'; allowed: controller, dpo, purposes, legal-basis, recipients, visibility, retention, rights, complaint, usage-logging, source, transfers, automated-decisions",
            "51:17: error: unknown likelihood 'GEHEIM051cb661c4d0fd4fc65f88b7979cfe7613a0048ae376d32b5592ba'; allowed: low, medium, high",
            "52:13: error: unknown impact 'GEHEIM05268defdc4c7ac9bbfcb10f8f41a865944a5d5136f9a2a5752a6e'; allowed: low, medium, high",
            "55:17: error: 'GEHEIM055cce69a81b26c780ef5df6bda504d04d63e93736c934c8614182' in 'addresses' is not a risk id, a rule id (such as retention_no_period) or a finding id (such as rule_id@roles/werkgever)",
            "56:15: error: unknown decision 'GEHEIM056bb28ea75bf180efa6c1761f64e5772a69e304e7c5e83a84196f'; allowed: mitigate, accept, avoid, transfer",
            "57:10: error: 'GEHEIM057b6fa002928ed15c7c62e11ce5c66ac8f7641a942dd83df4f6bb' is not a date; write it as year-month-day, like 2025-06-30",
            "58:13: error: unknown measure status 'GEHEIM058d78b6e04037e80e7f450e3d021885cdab6d07f78b2a88bb9c23'; allowed: planned, in-progress, done, dropped",
            "59:5: error: unknown key 'status2' in a measure; did you mean 'status'?",
            "64:5: error: each entry of 'policies' should be text, found a list",
        ],
        "secrets-syntax-error.yaml": [
            "6:1: error: the file ends inside a quoted text or a bracket; close the quote or bracket"
        ],
    ]

    @Test(arguments: expected.keys.sorted())
    func exactDiagnostics(_ name: String) {
        #expect(Corpus.messages(name) == Self.expected[name])
    }
}
