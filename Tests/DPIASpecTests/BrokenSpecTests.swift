import DPIAModel
import Testing

@testable import DPIASpec

/// Deliberately broken specs in `Fixtures/`: every problem of a file is reported in one run, at
/// its line and column, with the exact message a privacy officer reads.
@Suite struct BrokenSpecTests {
    static let cases: [(fixture: String, expected: [String])] = [
        (
            "broken-addresses.yaml",
            [
                "30:17: error: 'her-identificatie-x' in 'addresses' is not a risk id, a rule id (such as retention_no_period) or a finding id (such as rule_id@roles/werkgever); did you mean 'her-identificatie'?",
                "30:38: error: 'Retention-Deletion' in 'addresses' is not a risk id, a rule id (such as retention_no_period) or a finding id (such as rule_id@roles/werkgever)",
                "30:58: error: '@roles/werkgever' in 'addresses' is not a risk id, a rule id (such as retention_no_period) or a finding id (such as rule_id@roles/werkgever)",
            ]
        ),
        (
            "broken-duplicates.yaml",
            [
                "4:1: error: duplicate key 'title' at the top level (first on line 3)",
                "11:9: error: duplicate party id 'gemeente' (first on line 7)",
                "14:5: error: duplicate key 'type' in a party (first on line 13)",
                "23:9: error: duplicate data id 'naw' (first on line 20)",
                "38:9: error: duplicate measure id 'm-lek' (first on line 35)",
            ]
        ),
        (
            "broken-references.yaml",
            [
                "4:13: error: unknown party id 'gemeente-utrect'; did you mean 'gemeente-utrecht'?",
                "14:36: error: unknown party id 'gemeente-zeist'; 'parties' has: gemeente-utrecht, werkgevers",
                "24:16: error: unknown subject id 'werkzoekende'; did you mean 'werkzoekenden'?",
                "31:33: error: unknown data id 'diplomas'; 'data' has: contactgegevens, cv",
                "33:28: error: unknown purpose id 'matchen'; did you mean 'matching'?",
                "37:12: error: unknown party id 'werkgever'; did you mean 'werkgevers'?",
                "39:31: error: unknown data id 'cv-tekst'; 'data' has: contactgegevens, cv",
                "40:33: error: unknown subject id 'scholieren'; 'subjects' has: werkzoekenden",
                "42:26: error: unknown purpose id 'plaatsing'; 'purposes' has: matching, statistiek",
                "48:14: error: unknown purpose id 'matchin'; did you mean 'matching'?",
                "50:16: error: unknown data id 'contactgegeven'; did you mean 'contactgegevens'?",
                "54:12: error: unknown party id 'leverancier'; 'parties' has: gemeente-utrecht, werkgevers",
                "61:25: error: unknown data id 'foto'; 'data' has: contactgegevens, cv",
            ]
        ),
        (
            "broken-required.yaml",
            [
                "1:1: error: missing required key 'spec' at the top level; write 'spec: dpia/v1' as the first line",
                "1:1: error: missing required key 'title' at the top level",
                "4:5: error: party 'gemeente' is missing required key 'name'",
                "7:5: error: missing required key 'id' in a party",
                "12:10: error: 'name' is empty",
                "14:5: error: data category 'naw' is missing required key 'kind'",
                "22:7: error: missing required key 'data' in a role's 'sees'",
                "24:5: error: flow 'naar-niemand' is missing required key 'to'",
                "28:5: error: missing required key 'period' in a retention rule",
                "30:5: error: risk 'lek' is missing required keys 'likelihood' and 'impact'",
                "33:5: error: measure 'm-lek' is missing required key 'decision'",
            ]
        ),
        (
            "broken-syntax.yaml",
            [
                "3:17: error: unexpected ':' here; put text that contains ': ' between quotes, or check the indentation"
            ]
        ),
        (
            "broken-tabs.yaml",
            [
                "6:1: error: a tab is used for indentation; YAML only allows spaces there"
            ]
        ),
        (
            "broken-top-list.yaml",
            [
                "1:1: error: a spec should be keys with values (spec:, id:, title:, ...), but this file is a list"
            ]
        ),
        (
            "broken-two-documents.yaml",
            [
                "3:1: error: a second YAML document starts here ('---'); describe one processing activity per file"
            ]
        ),
        (
            "broken-types.yaml",
            [
                "3:8: error: 'title' should be text, found a list",
                "5:11: error: expected 'contacts' written as keys with values (key: value), found 'Afdeling Privacy'",
                "7:3: error: 'parties' should be a list with one entry per line starting with '- ', found keys with values (a mapping)",
                "10:5: error: expected a subject category written as keys with values (key: value), found 'inwoners'",
                "15:15: error: 'subjects' should be a list of subject ids, found keys with values (a mapping)",
                "18:12: error: each entry of 'data' should be a data id, found a list",
                "20:13: error: expected 'techniques' written as keys with values (key: value), found a list",
                "24:11: error: expected a role's 'sees' written as keys with values (key: value), found a list",
            ]
        ),
        (
            "broken-unknown-keys.yaml",
            [
                "5:1: error: unknown key 'summery' at the top level; did you mean 'summary'?",
                "15:5: error: unknown key 'agrement' in a party; did you mean 'agreement'?",
                "25:5: error: unknown key 'colour' in a data category; allowed keys: id, name, kind, subjects, source, visible_to_subject, description, fields, renamed_from",
                "31:3: error: unknown key 'profilng' in 'techniques'; did you mean 'profiling'?",
                "38:7: error: unknown key 'scoop' in a role's 'sees'; did you mean 'scope'?",
                "44:5: error: unknown key 'purposes' in a flow; did you mean 'purpose'?",
                "46:3: error: unknown key 'acces' in 'rights'; did you mean 'access'?",
            ]
        ),
        (
            "broken-values.yaml",
            [
                "1:7: error: unsupported spec 'dpia/v2'; this version of dpia reads 'dpia/v1'",
                "2:5: error: id 'Values_Spec' may only contain lowercase letters, digits and '-', for example 'values-spec'",
                "11:9: error: id 'Inwoners' may only contain lowercase letters, digits and '-', for example 'inwoners'",
                "13:17: error: 'vulnerable' should be true or false, found 'misschien'",
                "14:12: error: 'count' should be a whole number such as 12000, found 'ongeveer 12000'",
                "23:10: error: 'cloud' should be true or false, found '1'",
                "26:13: error: 'tien jaar' is not a duration; write it like P10Y, P6M, 10 jaar or 6 months (or as-long-as-needed)",
                "28:13: error: 'P10X' is not a duration; write it like P10Y, P6M, 10 jaar or 6 months (or as-long-as-needed)",
                "32:15: error: '30-06-2025' is not a date; write it as year-month-day, like 2025-06-30",
                "33:16: error: '2025-02-30' is not a date; write it as year-month-day, like 2025-06-30",
                "38:10: error: 'volgend jaar' is not a date; write it as year-month-day, like 2025-06-30",
            ]
        ),
        (
            "broken-vocabulary.yaml",
            [
                "4:9: error: unknown status 'concep'; did you mean 'concept'? Allowed: draft, in-review, adopted, retired",
                "5:11: error: unknown language 'de'; allowed: nl, en",
                "10:11: error: unknown party type 'gemeente'; allowed: municipality, uwv, public-body, private-intermediary, employer, supplier, education, care-provider, other",
                "11:11: error: unknown party role 'controler'; did you mean 'controller'? Allowed: controller, joint-controller, processor, sub-processor, recipient, source, third-party",
                "18:11: error: unknown data kind 'adres'; allowed: identification, contact, demographic, profile, work, education, financial, usage, communication, location, media, assessment, free-text, national-id, health, ethnicity, religion, political, trade-union, sex-life, genetic, biometric, criminal",
                "19:13: error: unknown data source 'data-subjects'; did you mean 'data-subject'? Allowed: data-subject, municipality-staff, source-system, third-party",
                "22:12: error: unknown legal basis 'publieke taak'; did you mean 'publieke-taak'? Allowed: consent, contract, legal-obligation, vital-interest, public-task, legitimate-interest",
                "27:46: error: unknown scope 'everyone'; allowed: own, all",
                "28:21: error: unknown authentication '3fa'; did you mean '2fa'? Allowed: password, 2fa, sso",
                "34:14: error: unknown consent 'yes'; allowed: none, consent, written-no-objection",
                "35:14: error: unknown channel 'api'; allowed: api-tls, sftp, email, portal, paper, other",
                "36:11: error: unknown flow kind 'disclosur'; did you mean 'disclosure'? Allowed: disclosure, candidate-proposal, search, request",
                "40:15: error: unknown deletion mode 'automatic'; did you mean 'automated'? Allowed: automated, manual, none",
                "44:16: error: unknown transfer mechanism 'privacy-shield'; allowed: adequacy, scc, bcr, derogation, none",
                "46:19: error: unknown security measure 'firewall'; allowed: encryption-in-transit, encryption-at-rest, 2fa, role-based-access, access-logging, log-review, pentest-yearly, iso27001, bio, nen7510, pseudonymisation, backup, incident-procedure, awareness-training, screening, secure-development, data-minimisation; list other measures under 'other'",
                "46:29: error: unknown security measure 'encryption-at-rst'; did you mean 'encryption-at-rest'? Allowed: encryption-in-transit, encryption-at-rest, 2fa, role-based-access, access-logging, log-review, pentest-yearly, iso27001, bio, nen7510, pseudonymisation, backup, incident-procedure, awareness-training, screening, secure-development, data-minimisation; list other measures under 'other'",
                "48:29: error: unknown transparency topic 'retension'; did you mean 'retention'? Allowed: controller, dpo, purposes, legal-basis, recipients, visibility, retention, rights, complaint, usage-logging, source, transfers, automated-decisions",
                "53:13: error: unknown impact 'groot'; allowed: low, medium, high",
                "57:15: error: unknown decision 'mitigeer'; did you mean 'mitigeren'? Allowed: mitigate, accept, avoid, transfer",
                "58:13: error: unknown measure status 'klaar'; allowed: planned, in-progress, done, dropped",
            ]
        ),
        (
            "deprecated-spellings.yaml",
            [
                "22:3: warning: 'behavior_influencing' is an old spelling; write 'behaviour_influencing'",
                "26:53: warning: 'pseudonymized' is an old spelling; write 'pseudonymised'",
            ]
        ),
    ]

    @Test(arguments: cases)
    func reportsEveryProblem(fixture: String, expected: [String]) {
        let path = Fixture.path(fixture)
        let result = SpecLoader().load(file: path)
        let messages = result.diagnostics.map { String($0.description.dropFirst(path.count + 1)) }
        #expect(messages == expected)
        #expect(result.isValid == !expected.contains { $0.contains(": error: ") })
    }
}
