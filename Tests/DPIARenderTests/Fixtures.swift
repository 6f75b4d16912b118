import DPIAAnalysis
import DPIAModel
import Foundation

/// Hand-made assessments: one that fills every field the report can show, one with only the
/// required keys, and one full of characters that try to break Markdown and HTML.
enum Fixtures {
    static let location = SourceLocation(file: "Registers/test/volledig.yaml", line: 12, column: 3)

    static func text(_ nl: String, _ en: String? = nil) -> LocalizedText { LocalizedText(nl: nl, en: en ?? nl) }

    /// Every optional section and field present.
    static var maximal: Assessment {
        var techniques = Techniques()
        techniques.matchingDatasets = true
        techniques.cloud = true
        techniques.fraudDetection = true
        techniques.largeScale = true
        let activity = ProcessingActivity(
            id: "volledig", title: "Matchingsplatform Werk", version: "1.2", status: .inReview, language: .nl,
            controller: "gemeente",
            contacts: Contacts(owner: "Afdelingshoofd Werk", dpo: "FG, fg@gemeente.example", representative: "Wethouder Werk"),
            summary: "Het platform brengt **werkzoekenden** en werkgevers samen.\n\nTweede alinea.",
            parties: [
                Party(
                    id: "gemeente", name: "Gemeente Voorbeeld", type: .municipality, role: .controller,
                    region: "Midden", description: "Verantwoordelijk voor de eigen kandidaten.", contact: "privacy@gemeente.example"),
                Party(id: "buurgemeente", name: "Gemeente Buur", type: .municipality, role: .jointController),
                Party(id: "team-wmo", name: "Team Wmo", type: .municipality, role: .recipient, partOf: "gemeente", domain: "wmo"),
                Party(id: "werkgevers", name: "Werkgevers", type: .employer, role: .recipient, affiliated: ["gemeente"]),
                Party(
                    id: "leverancier", name: "Leverancier BV", type: .supplier, role: .processor,
                    agreement: "Verwerkersovereenkomst 2024", location: "NL", certifications: ["ISO27001", "BIO"]),
                Party(
                    id: "cloud", name: "Cloud Inc.", type: .supplier, role: .subProcessor, agreement: "Sub-verwerkersovereenkomst",
                    location: "US"),
                Party(id: "kvk", name: "Kamer van Koophandel", type: .publicBody, role: .source),
                Party(id: "onderzoeker", name: "Onderzoeksbureau", type: .other, role: .thirdParty),
            ],
            subjects: [
                SubjectCategory(
                    id: "kandidaten", name: "Kandidaten", of: ["gemeente"], vulnerable: true, minors: true,
                    count: 12000, description: "Werkzoekenden met een uitkering.",
                    childInterests: "Jongeren vanaf 16 jaar; hun belang is gewogen."),
                SubjectCategory(
                    id: "buurkandidaten", name: "Kandidaten van de buurgemeente", of: ["buurgemeente"],
                    vulnerable: true, minors: false, count: 800),
            ],
            data: [
                DataItem(
                    id: "naw", name: "Naam en adres", kind: .identification, subjects: ["kandidaten", "buurkandidaten"],
                    source: .municipalityStaff, visibleToSubject: true, description: "Basisgegevens.", fields: ["Voornaam", "Achternaam"]),
                DataItem(
                    id: "belastbaarheid", name: "Fysieke belastbaarheid", kind: .health, subjects: ["kandidaten", "buurkandidaten"],
                    source: .dataSubject, visibleToSubject: false, fields: ["Tillen", "Staan"]),
                DataItem(
                    id: "bsn", name: "Burgerservicenummer", kind: .nationalID, subjects: ["kandidaten"], source: .sourceSystem,
                    visibleToSubject: true, fields: ["BSN"]),
                DataItem(
                    id: "vrije-tekst", name: "Vrij tekstveld", kind: .freeText, subjects: ["kandidaten"], source: .dataSubject,
                    visibleToSubject: true, fields: ["Toelichting"]),
            ],
            purposes: [
                Purpose(
                    id: "matching", name: "Begeleiding naar werk", description: "Kandidaten matchen met vacatures.",
                    basis: .publicTask, law: ["Participatiewet art. 7", "Wet SUWI art. 30a"],
                    specialBasis: "UAVG art. 30 lid 1 onder b", data: ["naw", "belastbaarheid", "bsn", "vrije-tekst"],
                    necessity: "Zonder profiel geen match.", proportionality: "Alleen wat nodig is.",
                    subsidiarity: "Geen minder ingrijpend middel.", domain: "participatie",
                    consent: ConsentDetails(informed: true, specific: true, withdrawable: true, recorded: false, safeguardOnly: true)),
                Purpose(
                    id: "rapportage", name: "Managementinformatie", description: "Rapportages.", basis: .publicTask,
                    law: ["Participatiewet art. 7"], data: ["naw"], necessity: "Sturing.", proportionality: "Geaggregeerd.",
                    subsidiarity: "Geen alternatief.", furtherProcessingOf: "matching",
                    compatibility: "Verenigbaar: geaggregeerd, geen besluiten over personen."),
            ],
            techniques: techniques,
            roles: [
                Role(
                    id: "werkcoach", name: "Werkcoach", description: "Begeleidt kandidaten.", party: "gemeente",
                    sees: Visibility(data: .all, subjects: .only(["kandidaten"]), scope: .own), edits: .only(["naw"]),
                    authentication: .twoFactor, purposes: ["matching"], users: 40),
                Role(
                    id: "werkgever", name: "Werkgever", party: "werkgevers",
                    sees: Visibility(
                        data: .only(["naw", "belastbaarheid"]), subjects: .all, scope: .all,
                        condition: "Kandidaat heeft profiel gedeeld", pseudonymised: true),
                    authentication: .password, purposes: ["matching"], users: 1500),
            ],
            flows: [
                Flow(
                    id: "profielen", from: "gemeente", to: "werkgevers", data: ["naw", "belastbaarheid"], purpose: "matching",
                    pseudonymised: true, grounds: ["Participatiewet art. 65 lid 1 onder c"], consent: .writtenNoObjection,
                    channel: .apiTLS, kind: .candidateProposal, recipientCompetent: false, description: "Dagelijks.",
                    frequency: "dagelijks")
            ],
            retention: [
                RetentionRule(
                    id: "dossier", data: ["naw", "belastbaarheid"], period: .duration(ISODuration(years: 10)),
                    starts: "einde dienstverlening", source: "Selectielijst 2020, 12.1.1", deletion: .manual,
                    purpose: "matching", criterion: "Na beëindiging.", supervisor: "De proceseigenaar."),
                RetentionRule(
                    data: ["vrije-tekst"], period: .asLongAsNeeded, deletion: .automated,
                    criterion: "Tot het profiel wordt verwijderd."),
            ],
            locations: [
                Location(party: "leverancier", country: "NL", description: "Datacentrum Amsterdam"),
                Location(party: "cloud", country: "US"),
            ],
            transfers: [Transfer(to: "cloud", country: "US", mechanism: .scc, data: ["naw"])],
            security: Security(
                measures: [.encryptionInTransit, .twoFactor, .bio], description: "Volgens de BIO.",
                other: ["Unieke API-sleutel per koppeling"]),
            transparency: Transparency(
                privacyStatement: true, separateFromTerms: false,
                informsAbout: [.purposes, .retention], subjectCanSee: .only(["naw"]),
                description: "Via de website.", url: "https://gemeente.example/privacy"),
            rights: Rights(procedures: [
                .access: "Via Mijn Gemeente.", .rectification: "Zelf aanpassen.",
                .erasure: "Op verzoek.", .restriction: "Via het privacyloket.",
                .portability: "Niet van toepassing.", .automatedDecisions: "Geen.",
                .objection: "Via het privacyloket.", .information: "Privacyverklaring.",
            ]),
            governance: Governance(
                changeProcessIncludesPrivacyReview: true, sourceSystemLink: false,
                dpoAdvice: "Positief, mits maatregel M1 vóór livegang gereed is.",
                adoptedBy: "College van B&W", adoptedOn: CalendarDate(year: 2025, month: 3, day: 1),
                nextReview: CalendarDate(year: 2026, month: 3, day: 1),
                dpoAdviceOn: CalendarDate(year: 2025, month: 2, day: 14)),
            risks: [
                DeclaredRisk(
                    id: "heridentificatie", description: "Profielen zijn herleidbaar.", likelihood: .medium,
                    impact: .high, origin: "Unieke werkervaring.", source: "Werksessie 2024")
            ],
            measures: [
                Measure(
                    id: "m-toegang", addresses: ["external_role_sees_other_controllers_subjects"], decision: .mitigate,
                    description: "Toegang per gemeente beperken.", owner: "Projectleider", due: CalendarDate(year: 2025, month: 6, day: 30),
                    status: .planned, residual: .low, type: .technical, evidence: "Wijzigingsverzoek 42"),
                Measure(
                    id: "m-heridentificatie", addresses: ["heridentificatie"], decision: .accept,
                    description: "Restrisico aanvaard.", owner: "Proceseigenaar", residual: .high, type: .organisational),
                Measure(
                    id: "m-onbekend", addresses: ["bestaat-niet"], decision: .mitigate, description: "Verwijst naar niets.",
                    owner: "Niemand", due: CalendarDate(year: 2024, month: 1, day: 1), status: .inProgress, type: .legal),
            ],
            interests: [Interest(party: "werkgevers", description: "Vacatures vervullen.")],
            subjectViews: "Een klantpanel is gehoord.",
            policies: ["BIO", "Privacybeleid gemeente"],
            document: DocumentControl(
                author: "Privacyadviseur",
                history: [
                    DocumentVersion(
                        version: "0.1", date: CalendarDate(year: 2025, month: 1, day: 10), author: "J. de Vries",
                        changes: "Eerste opzet."),
                    DocumentVersion(
                        version: "1.0", date: CalendarDate(year: 2025, month: 3, day: 1), author: "J. de Vries",
                        changes: "Vastgesteld."),
                ]))

        let findings = [
            Finding(
                id: "external_role_sees_other_controllers_subjects@roles/werkgever",
                origin: .rule("external_role_sees_other_controllers_subjects"),
                elementPath: "roles/werkgever", location: SourceLocation(file: "Registers/test/volledig.yaml", line: 80, column: 5),
                title: text("Werkgevers zien kandidaten van andere gemeenten", "Employers see candidates of other municipalities"),
                message: text("De rol werkgever ziet kandidaten van Gemeente Buur.", "The employer role sees candidates of Gemeente Buur."),
                legalReference: "art. 5 lid 1 onder c AVG", likelihood: .high, impact: .high,
                suggestedMeasure: text("Beperk de toegang tot eigen kandidaten.", "Restrict access to own candidates."),
                treatment: Treatment(measures: ["m-toegang"], decision: .mitigate, residual: .low)),
            Finding(
                id: "heridentificatie", origin: .declaredRisk("heridentificatie"), elementPath: "risks/heridentificatie",
                location: SourceLocation(file: "Registers/test/volledig.yaml", line: 120, column: 5),
                title: text("Profielen zijn herleidbaar"), message: text("Gepseudonimiseerde profielen zijn herleidbaar."),
                legalReference: "art. 32 AVG", likelihood: .medium, impact: .high, suggestedMeasure: text("Beperk vrije tekst."),
                treatment: Treatment(measures: ["m-heridentificatie"], decision: .accept, residual: .high)),
            Finding(
                id: "retention_deletion_not_automated@retention/dossier", origin: .rule("retention_deletion_not_automated"),
                elementPath: "retention/dossier", location: SourceLocation(file: "Registers/test/volledig.yaml", line: 100, column: 5),
                title: text("Vernietiging niet geautomatiseerd"), message: text("De bewaartermijn wordt handmatig bewaakt."),
                legalReference: "art. 5 lid 1 onder e AVG", likelihood: .medium, impact: .medium,
                suggestedMeasure: text("Automatiseer de vernietiging.")),
        ]
        let visibility = VisibilityMatrix(rows: [
            .init(
                role: "werkcoach", party: "gemeente", external: false,
                access: [
                    PopulationAccess(
                        subject: "kandidaten", relation: .own, data: ["naw", "belastbaarheid", "bsn", "vrije-tekst"], pseudonymised: false)
                ]),
            .init(
                role: "werkgever", party: "werkgevers", external: true,
                access: [
                    PopulationAccess(subject: "kandidaten", relation: .own, data: ["naw", "belastbaarheid"], pseudonymised: true),
                    PopulationAccess(
                        subject: "buurkandidaten", relation: .other, data: ["naw", "belastbaarheid"], pseudonymised: true,
                        condition: "Kandidaat heeft profiel gedeeld"),
                ]),
        ])
        let preScan = PreScan(
            verdict: .mandatory,
            criteria: [
                PreScanCriterion(
                    id: "edpb-7", framework: .edpb, title: text("Kwetsbare betrokkenen", "Vulnerable data subjects"), applies: true,
                    reason: text("Kandidaten zijn kwetsbaar.", "Candidates are vulnerable.")),
                PreScanCriterion(
                    id: "ap-7", framework: .apList, title: text("Gezondheidsgegevens", "Health data"), applies: true,
                    reason: text("Fysieke belastbaarheid.", "Physical capacity.")),
                PreScanCriterion(
                    id: "art35-c", framework: .article35, title: text("Cameratoezicht openbare ruimte", "Public monitoring"),
                    applies: false, reason: text("Geen cameratoezicht.", "No cameras.")),
            ],
            reasons: text(
                "Twee criteria van de EDPB en één categorie van de AP-lijst zijn van toepassing.",
                "Two EDPB criteria and one category of the Dutch DPA list apply."))
        return Assessment(
            activity: activity, sourceMap: SourceMap(file: "Registers/test/volledig.yaml"),
            visibility: visibility, preScan: preScan, findings: findings)
    }

    /// Only the required keys.
    static var minimal: Assessment {
        let activity = ProcessingActivity(
            id: "minimaal", title: "Minimale verwerking", controller: "gemeente",
            parties: [Party(id: "gemeente", name: "Gemeente Klein", type: .municipality, role: .controller)],
            subjects: [SubjectCategory(id: "inwoners", name: "Inwoners")],
            data: [DataItem(id: "naam", name: "Naam", kind: .identification, subjects: ["inwoners"])],
            purposes: [Purpose(id: "dienst", data: ["naam"])])
        return Assessment(
            activity: activity, sourceMap: SourceMap(file: "minimaal.yaml"), visibility: VisibilityMatrix(rows: []),
            preScan: PreScan(verdict: .notRequired, criteria: [], reasons: text("")), findings: [])
    }
}
