import DPIAAnalysis
import DPIAModel
import Foundation

@testable import DPIARegister

/// Hand-made activities and assessments, independent of the spec loader and the rule catalogue.
enum Fixtures {
    static func activity(
        id: String = "hallowerk", title: String = "HalloWerk", version: String? = "1.0",
        status: ActivityStatus? = .draft, adoptedOn: CalendarDate? = nil,
        measures: [Measure]? = defaultMeasures, summary: String? = nil
    ) -> ProcessingActivity {
        ProcessingActivity(
            id: id, title: title, version: version, status: status, controller: "gemeente-utrecht", summary: summary,
            parties: [
                Party(id: "gemeente-utrecht", name: "Gemeente Utrecht", type: .municipality, role: .controller),
                Party(id: "werkgevers", name: "Werkgevers", type: .employer, role: .recipient, affiliated: ["gemeente-utrecht"]),
            ],
            subjects: [SubjectCategory(id: "werkzoekenden", name: "Werkzoekenden", of: ["gemeente-utrecht"], count: 1200)],
            data: [
                DataItem(id: "contactgegevens", name: "Naam en e-mail", kind: .contact, subjects: ["werkzoekenden"]),
                DataItem(id: "cv", name: "Cv", kind: .freeText, subjects: ["werkzoekenden"]),
            ],
            purposes: [Purpose(id: "matching", basis: .publicTask, law: ["Participatiewet art. 7"], data: ["contactgegevens", "cv"])],
            rights: Rights(procedures: [.access: "Via Mijn Utrecht", .erasure: "Op verzoek", .objection: "Via de gemeente"]),
            governance: adoptedOn.map { Governance(adoptedBy: "College", adoptedOn: $0) },
            measures: measures)
    }

    static let defaultMeasures: [Measure] = [
        Measure(
            id: "m-privacyverklaring", addresses: ["visibility_not_in_privacy_statement"], decision: .mitigate,
            description: "Privacyverklaring aanvullen", owner: "Projectleider HW",
            due: CalendarDate(year: 2025, month: 6, day: 30), status: .planned, residual: .low),
        Measure(
            id: "m-bewaartermijn", addresses: ["retention_deletion_not_automated"], decision: .mitigate,
            owner: "Proceseigenaar", due: CalendarDate(year: 2025, month: 12, day: 31)),
        Measure(
            id: "m-vrije-tekst", addresses: ["free_text_special_categories"], decision: .accept,
            owner: "Projectleider HW"),
    ]

    static func assessment(_ activity: ProcessingActivity, file: String = "Registers/utrecht/hallowerk.yaml") -> Assessment {
        let findings = [
            Finding(
                id: "free_text_special_categories@data/cv", origin: .rule("free_text_special_categories"),
                elementPath: "data/cv", location: SourceLocation(file: file, line: 10, column: 3),
                title: LocalizedText(nl: "Vrije tekst", en: "Free text"), message: LocalizedText(nl: "", en: ""),
                legalReference: "art. 9 AVG", likelihood: .high, impact: .high,
                suggestedMeasure: LocalizedText(nl: "", en: ""),
                treatment: Treatment(measures: ["m-vrije-tekst"], decision: .accept, residual: .high)),
            Finding(
                id: "retention_missing@data/contactgegevens", origin: .rule("retention_missing"),
                elementPath: "data/contactgegevens", location: SourceLocation(file: file, line: 8, column: 3),
                title: LocalizedText(nl: "Geen bewaartermijn", en: "No retention"), message: LocalizedText(nl: "", en: ""),
                legalReference: "art. 5 AVG", likelihood: .medium, impact: .medium,
                suggestedMeasure: LocalizedText(nl: "", en: "")),
            Finding(
                id: "heridentificatie", origin: .declaredRisk("heridentificatie"), elementPath: "risks/heridentificatie",
                location: SourceLocation(file: file, line: 20, column: 3),
                title: LocalizedText(nl: "Heridentificatie", en: "Re-identification"), message: LocalizedText(nl: "", en: ""),
                legalReference: "", likelihood: .low, impact: .high, suggestedMeasure: LocalizedText(nl: "", en: "")),
        ]
        return Assessment(
            activity: activity, sourceMap: SourceMap(file: file), visibility: VisibilityMatrix(rows: []),
            preScan: PreScan(verdict: .mandatory, criteria: [], reasons: LocalizedText(nl: "", en: "")), findings: findings)
    }

    static func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    /// A fresh directory for one test, removed by the caller.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dpia-register-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Opens a new register in a fresh directory; `body` gets the register and its directory.
    static func withRegister<T>(_ body: (RegisterDatabase, URL) throws -> T) throws -> T {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let register = try RegisterDatabase(path: directory.appendingPathComponent("register.sqlite").path)
        return try body(register, directory)
    }
}
