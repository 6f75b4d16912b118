import DPIAAnalysis
import DPIAModel

/// Small hand-made activities and assessments for the diff tests.
enum Samples {
    /// A small matching activity: one municipality, employers, two subject categories, three data items.
    static func activity() -> ProcessingActivity {
        ProcessingActivity(
            id: "matching", title: "Matching", version: "0.3", status: .draft, controller: "gemeente-a",
            contacts: Contacts(owner: "Afdelingshoofd Werk"),
            parties: [
                Party(id: "gemeente-a", name: "Gemeente A", type: .municipality, role: .controller),
                Party(id: "gemeente-b", name: "Gemeente B", type: .municipality, role: .recipient),
                Party(id: "werkgevers", name: "Werkgevers", type: .employer, role: .recipient, affiliated: ["gemeente-a"]),
            ],
            subjects: [
                SubjectCategory(id: "klanten-a", name: "Klanten A", of: ["gemeente-a"], vulnerable: true),
                SubjectCategory(id: "klanten-b", name: "Klanten B", of: ["gemeente-b"], vulnerable: true),
            ],
            data: [
                DataItem(id: "contact", name: "Contactgegevens", kind: .contact, subjects: ["klanten-a", "klanten-b"]),
                DataItem(id: "cv", name: "Cv", kind: .freeText, subjects: ["klanten-a"]),
                DataItem(id: "belastbaarheid", name: "Belastbaarheid", kind: .profile, subjects: ["klanten-a"]),
            ],
            purposes: [
                Purpose(
                    id: "matching", basis: .publicTask, law: ["Participatiewet art. 7", "Wet SUWI art. 30a"],
                    data: ["contact", "cv", "belastbaarheid"], necessity: "Zonder profiel\ngeen match.")
            ],
            techniques: {
                var techniques = Techniques()
                techniques.matchingDatasets = true
                return techniques
            }(),
            roles: [
                Role(
                    id: "werkgever", party: "werkgevers",
                    sees: Visibility(
                        data: .only(["contact", "cv"]), subjects: .only(["klanten-a", "klanten-b"]),
                        scope: .own),
                    authentication: .twoFactor),
                Role(
                    id: "coach", party: "gemeente-a",
                    sees: Visibility(data: .all, subjects: .only(["klanten-a"]), scope: .own)),
            ],
            flows: [
                Flow(
                    id: "naar-werkgevers", from: "gemeente-a", to: "werkgevers", data: ["contact", "cv"],
                    purpose: "matching", grounds: ["Participatiewet art. 65 lid 1 onder b"], consent: .consent,
                    channel: .portal)
            ],
            retention: [
                RetentionRule(
                    data: ["contact", "cv"], period: .duration(ISODuration(years: 10)),
                    source: "Selectielijst 12.1.1", deletion: .manual)
            ],
            security: Security(measures: [.twoFactor, .encryptionInTransit]),
            transparency: Transparency(
                privacyStatement: true, separateFromTerms: false,
                informsAbout: [.purposes, .retention]),
            rights: Rights(procedures: [.access: "Via de gemeente.", .objection: "Via de gemeente."]),
            governance: Governance(changeProcessIncludesPrivacyReview: false),
            risks: [DeclaredRisk(id: "heridentificatie", description: "Herleidbaar.", likelihood: .medium, impact: .high)],
            measures: [
                Measure(
                    id: "m-bewaren", addresses: ["retention_deletion_not_automated"], decision: .mitigate,
                    owner: "Projectleider", due: CalendarDate(year: 2025, month: 6, day: 30), status: .planned),
                Measure(id: "m-toegang", addresses: ["heridentificatie"], decision: .accept),
            ])
    }

    /// A source map that puts every recorded path on its own line, numbered in the given order.
    static func sourceMap(_ file: String, _ paths: [String]) -> SourceMap {
        var locations: [String: SourceLocation] = ["": SourceLocation(file: file, line: 1, column: 1)]
        for (index, path) in paths.enumerated() {
            locations[path] = SourceLocation(file: file, line: index + 2, column: 3)
        }
        return SourceMap(file: file, locations: locations)
    }

    /// An assessment of `activity` with the given analysis results.
    static func assessment(
        _ activity: ProcessingActivity, file: String = "old.yaml", paths: [String] = [],
        visibility: [VisibilityMatrix.Row] = [], findings: [Finding] = [],
        verdict: PreScanVerdict = .mandatory, criteria: [PreScanCriterion] = []
    ) -> Assessment {
        Assessment(
            activity: activity, sourceMap: sourceMap(file, paths), visibility: VisibilityMatrix(rows: visibility),
            preScan: PreScan(verdict: verdict, criteria: criteria, reasons: LocalizedText(nl: "", en: "")),
            findings: findings)
    }

    /// A finding of `rule` about `path`.
    static func finding(
        _ rule: String, _ path: String, likelihood: Level = .medium, impact: Level = .high,
        treatment: Treatment? = nil, file: String = "new.yaml", declared: Bool = false
    ) -> Finding {
        Finding(
            id: "\(rule)@\(path)", origin: declared ? .declaredRisk(rule) : .rule(rule), elementPath: path,
            location: SourceLocation(file: file, line: 7, column: 3),
            title: LocalizedText(nl: "Titel \(rule)", en: "Title \(rule)"),
            message: LocalizedText(nl: "Bericht", en: "Message"), legalReference: "art. 25 AVG",
            likelihood: likelihood, impact: impact,
            suggestedMeasure: LocalizedText(nl: "Doe iets", en: "Do something"), treatment: treatment)
    }

    /// One row of the who-sees-whom matrix.
    static func row(
        _ role: String, party: String = "werkgevers", external: Bool = true,
        _ access: [(String, PopulationRelation)], data: [String] = ["contact"]
    ) -> VisibilityMatrix.Row {
        VisibilityMatrix.Row(
            role: role, party: party, external: external,
            access: access.map {
                PopulationAccess(subject: $0.0, relation: $0.1, data: data, pseudonymised: false)
            })
    }
}
