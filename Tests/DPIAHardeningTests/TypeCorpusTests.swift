import Testing

/// A value of the wrong type in every section: each is named with what was expected and what was found.
@Suite struct TypeCorpusTests {
    /// Each corpus file with the exact diagnostics it gives (`line:column: severity: message`).
    static let expected: [String: [String]] = [
        "types-count-negative.yaml": [
            "14:12: error: 'count' should be a whole number such as 12000, found '-5'"
        ],
        "types-count-overflow.yaml": [
            "14:12: error: 'count' should be a whole number such as 12000, found '99999999999999999999999'"
        ],
        "types-data.yaml": [
            "17:11: error: 'kind' should be one of: identification, contact, demographic, profile, work, education, financial, usage, communication, location, media, assessment, free-text, national-id, health, ethnicity, religion, political, trade-union, sex-life, genetic, biometric, criminal, found a list",
            "18:15: error: 'subjects' should be a list of subject ids, found keys with values (a mapping)",
            "19:13: error: unknown data source 'iedereen'; allowed: data-subject, municipality-staff, source-system, third-party",
            "20:25: error: 'visible_to_subject' should be true or false, found 'soms'",
            "21:13: error: 'fields' should be a list of text, found keys with values (a mapping)",
        ],
        "types-dates-edge.yaml": [
            "27:16: error: '2023-02-29' is not a date; write it as year-month-day, like 2025-06-30",
            "32:10: error: '2025-13-01' is not a date; write it as year-month-day, like 2025-06-30",
        ],
        "types-entries-scalars.yaml": [
            "11:5: error: expected a subject category written as keys with values (key: value), found 'inwoners'",
            "12:5: error: expected a subject category written as keys with values (key: value), found a list",
        ],
        "types-flows.yaml": [
            "27:11: error: 'from' should be a party id, found a list",
            "30:14: error: unknown consent 'misschien'; allowed: none, consent, written-no-objection",
            "31:14: error: unknown channel 'duif'; allowed: api-tls, sftp, email, portal, paper, other",
            "32:11: error: unknown flow kind 'lek'; allowed: disclosure, candidate-proposal, search, request",
            "33:20: error: 'pseudonymised' should be true or false, found '1'",
            "34:14: error: 'grounds' should be a list of text, found keys with values (a mapping)",
        ],
        "types-interests-policies-contacts.yaml": [
            "26:5: error: missing required key 'description' in an interest",
            "27:5: error: missing required key 'party' in an interest",
            "28:5: error: expected an interest written as keys with values (key: value), found 'gewoon tekst'",
            "29:11: error: 'policies' should be a list of text, found keys with values (a mapping)",
            "31:10: error: 'owner' should be text, found a list",
            "32:8: error: 'dpo' should be text, found keys with values (a mapping)",
        ],
        "types-list-not-list.yaml": [
            "5:10: error: 'parties' should be a list with one entry per line starting with '- ', found 'gemeente'"
        ],
        "types-locations-transfers.yaml": [
            "27:14: error: 'country' should be text, found a list",
            "28:5: error: expected a location written as keys with values (key: value), found 'NL'",
            "32:16: error: unknown transfer mechanism 'handdruk'; allowed: adequacy, scc, bcr, derogation, none",
            "33:11: error: 'data' should be a list of data ids, found keys with values (a mapping)",
        ],
        "types-party.yaml": [
            "8:11: error: 'type' should be one of: municipality, uwv, public-body, private-intermediary, employer, supplier, education, care-provider, other, found a list",
            "9:11: error: unknown party role 'baas'; allowed: controller, joint-controller, processor, sub-processor, recipient, source, third-party",
            "10:17: error: 'affiliated' should be a list of party ids, found keys with values (a mapping)",
            "11:21: error: 'certifications' should be a list of text, found keys with values (a mapping)",
            "12:14: error: 'part_of' should be a party id, found a list",
            "13:13: error: 'region' should be text, found a list",
        ],
        "types-purpose.yaml": [
            "22:12: error: unknown legal basis '7'; allowed: consent, contract, legal-obligation, vital-interest, public-task, legitimate-interest",
            "23:10: error: 'law' should be a list of text, found keys with values (a mapping)",
            "24:14: error: expected a purpose's 'consent' written as keys with values (key: value), found 'ja'",
            "25:28: error: 'further_processing_of' should be a purpose id, found a list",
        ],
        "types-retention.yaml": [
            "27:13: error: 'voor altijd' is not a duration; write it like P10Y, P6M, 10 jaar or 6 months (or as-long-as-needed)",
            "28:15: error: unknown deletion mode 'ooit'; allowed: automated, manual, none",
            "30:13: error: 'period' should be a duration such as P10Y or 10 jaar, found a list",
            "32:13: error: 'P0' is not a duration; write it like P10Y, P6M, 10 jaar or 6 months (or as-long-as-needed)",
        ],
        "types-rights-governance.yaml": [
            "26:11: error: 'access' should be text, found a list",
            "27:12: error: 'erasure' should be text, found keys with values (a mapping)",
            "29:15: error: '31-12-2025' is not a date; write it as year-month-day, like 2025-06-30",
            "30:16: error: '2025-02-30' is not a date; write it as year-month-day, like 2025-06-30",
            "31:43: error: 'change_process_includes_privacy_review' should be true or false, found 'misschien'",
        ],
        "types-risks-measures.yaml": [
            "27:18: error: 'description' should be text, found a list",
            "28:17: error: unknown likelihood '5'; allowed: low, medium, high",
            "29:13: error: unknown impact 'enorm'; allowed: low, medium, high",
            "33:15: error: unknown decision 'negeren'; allowed: mitigate, accept, avoid, transfer",
            "34:10: error: 'morgen' is not a date; write it as year-month-day, like 2025-06-30",
            "35:13: error: unknown measure status 'bijna'; allowed: planned, in-progress, done, dropped",
            "36:15: error: unknown residual level 'nul'; allowed: low, medium, high",
            "37:11: error: unknown measure type 'magisch'; allowed: technical, organisational, legal",
        ],
        "types-roles.yaml": [
            "28:11: error: expected a role's 'sees' written as keys with values (key: value), found 'all'",
            "29:12: error: 'users' should be a whole number such as 12000, found 'veel'",
            "30:15: error: 'external' should be true or false, found 'misschien'",
            "31:21: error: unknown authentication 'wachtwoord123'; allowed: password, 2fa, sso",
            "37:14: error: unknown scope 'iedereen'; allowed: own, all",
            "38:22: error: 'pseudonymised' should be true or false, found 'half'",
        ],
        "types-sections-scalars.yaml": [
            "5:13: error: expected 'techniques' written as keys with values (key: value), found 'alles'",
            "6:8: error: 'roles' should be a list with one entry per line starting with '- ', found 'werkcoach'",
            "7:8: error: 'flows' should be a list with one entry per line starting with '- ', found '3'",
            "8:12: error: 'retention' should be a list with one entry per line starting with '- ', found 'P10Y'",
            "9:12: error: 'locations' should be a list with one entry per line starting with '- ', found 'NL'",
            "10:12: error: 'transfers' should be a list with one entry per line starting with '- ', found 'geen'",
            "11:11: error: expected 'security' written as keys with values (key: value), found a list",
            "12:15: error: expected 'transparency' written as keys with values (key: value), found 'ja'",
            "13:9: error: expected 'rights' written as keys with values (key: value), found a list",
            "14:13: error: expected 'governance' written as keys with values (key: value), found 'goed'",
            "15:8: error: 'risks' should be a list with one entry per line starting with '- ', found keys with values (a mapping)",
            "16:11: error: 'measures' should be a list with one entry per line starting with '- ', found 'true'",
            "17:12: error: 'interests' should be a list with one entry per line starting with '- ', found 'veel'",
            "18:11: error: 'policies' should be a list of text, found keys with values (a mapping)",
            "19:11: error: expected 'contacts' written as keys with values (key: value), found 'Jan'",
        ],
        "types-security-transparency.yaml": [
            "26:19: error: unknown security measure 'firewall'; allowed: encryption-in-transit, encryption-at-rest, 2fa, role-based-access, access-logging, log-review, pentest-yearly, iso27001, bio, nen7510, pseudonymisation, backup, incident-procedure, awareness-training, screening, secure-development, data-minimisation; list other measures under 'other'",
            "27:10: error: 'other' should be a list of text, found keys with values (a mapping)",
            "29:22: error: 'privacy_statement' should be true or false, found 'soms'",
            "30:18: error: unknown transparency topic 'alles'; allowed: controller, dpo, purposes, legal-basis, recipients, visibility, retention, rights, complaint, usage-logging, source, transfers, automated-decisions",
            "31:20: error: 'subject_can_see' should be a list of data ids, found keys with values (a mapping)",
        ],
        "types-spec-version.yaml": [
            "1:7: error: unsupported spec 'dpia/v2'; this version of dpia reads 'dpia/v1'"
        ],
        "types-subject.yaml": [
            "13:9: error: 'of' should be a list of party ids, found keys with values (a mapping)",
            "14:17: error: 'vulnerable' should be true or false, found 'misschien'",
            "15:13: error: 'minors' should be true or false, found '2'",
            "16:12: error: 'count' should be a whole number such as 12000, found 'veel'",
        ],
        "types-techniques.yaml": [
            "26:14: error: 'profiling' should be true or false, found 'misschien'",
            "27:10: error: 'cloud' should be true or false, found a list",
            "28:16: error: 'large_scale' should be true or false, found '1000'",
        ],
        "types-top-level.yaml": [
            "2:5: error: 'id' should be an id, found keys with values (a mapping)",
            "3:8: error: 'title' should be text, found a list",
            "4:10: error: 'version' should be text, found a list",
            "5:9: error: unknown status '3'; allowed: draft, in-review, adopted, retired",
            "6:11: error: unknown language 'true'; allowed: nl, en",
            "7:13: error: 'controller' should be a party id, found a list",
            "8:10: error: 'summary' should be text, found keys with values (a mapping)",
        ],
    ]

    @Test(arguments: expected.keys.sorted())
    func exactDiagnostics(_ name: String) {
        #expect(Corpus.messages(name) == Self.expected[name])
    }
}
