import DPIAAnalysis
import DPIAModel
import DPIASpec
import Foundation
import Testing

/// The text, JSON and SARIF output of `dpia check`, checked against their shape.
@Suite struct CheckFormatterTests {
    func report(language: ReportLanguage? = nil) throws -> CheckReport {
        let loaded = try #require(
            Support.load(
                try Support.spec(of: RetentionDeletionNotAutomatedRule.description.triggeringExamples[0]),
                path: "Registers/voorbeeld.yaml"))
        let invalid = Diagnostic(.error, at: SourceLocation(file: "Registers/kapot.yaml", line: 3, column: 7), "unknown key 'titel'")
        return CheckReport(
            specs: [
                CheckReport.Spec(path: "Registers/kapot.yaml", diagnostics: [invalid], assessment: nil),
                CheckReport.Spec(
                    path: "Registers/voorbeeld.yaml", diagnostics: [],
                    assessment: Analyzer(catalogue: ProvisionCatalogueLoader.builtin).assess(loaded)),
            ], language: language)
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func textIsCompilerStyle() throws {
        let text = TextCheckFormatter().format(try report())
        #expect(text.contains("Registers/kapot.yaml:3:7: error: unknown key 'titel'"))
        let line = try #require(text.split(separator: "\n").first { $0.contains("[retention_deletion_not_automated]") })
        #expect(line.hasPrefix("Registers/voorbeeld.yaml:"))
        #expect(line.contains(": warning: "))
        #expect(text.contains("Pre-scan: Geen DPIA vereist"))
        #expect(text.contains("Niet behandeld: 1"))
        #expect(text.contains("Totaal: 2 specs, 1 ongeldig"))
        #expect(TextCheckFormatter().format(try report(language: .en)).contains("Unaddressed: 1"))
    }

    @Test func addressedFindingsOnlyWithAll() throws {
        let fragment = """
            retention:
              - data: [naam, contactgegevens, werkervaring]
                period: P10Y
                source: Selectielijst
                deletion: manual
            measures:
              - id: m-auto
                addresses: [retention_deletion_not_automated]
                decision: mitigate
                residual: low
            """
        let loaded = try #require(Support.load(try Support.spec(of: RuleExample(fragment)), path: "a.yaml"))
        let assessment = Analyzer(catalogue: ProvisionCatalogueLoader.builtin).assess(loaded)
        let report = CheckReport(specs: [CheckReport.Spec(path: "a.yaml", diagnostics: [], assessment: assessment)])
        let text = TextCheckFormatter().format(report)
        #expect(!text.contains("[retention_deletion_not_automated]"))
        // The summary says how to see what the measures address.
        #expect(text.contains("behandeld door maatregelen: 1 (toon met --all)"))
        let all = TextCheckFormatter(showAddressed: true).format(report)
        #expect(all.contains("note: ") && all.contains("(maatregel m-auto: mitigeren, restrisico laag)"))
        #expect(!all.contains("toon met --all"))
        #expect(!report.hasUnaddressedFinding(atOrAbove: .low))

        let english = CheckReport(
            specs: [CheckReport.Spec(path: "a.yaml", diagnostics: [], assessment: assessment)], language: .en)
        #expect(TextCheckFormatter().format(english).contains("addressed by measures: 1 (show with --all)"))
        let allEnglish = TextCheckFormatter(showAddressed: true).format(english)
        #expect(allEnglish.contains("(measure m-auto: mitigate, residual risk low)") && !allEnglish.contains("show with --all"))
    }

    @Test(arguments: [ReportLanguage.nl, .en])
    func acceptedHighRiskSaysPriorConsultation(_ language: ReportLanguage) throws {
        let example = PriorConsultationRequiredRule.description.triggeringExamples[0]
        let loaded = try #require(Support.load(try Support.spec(of: example), path: "a.yaml"))
        let assessment = Analyzer(catalogue: ProvisionCatalogueLoader.builtin).assess(loaded)
        #expect(assessment.priorConsultation == .required)
        let report = CheckReport(specs: [CheckReport.Spec(path: "a.yaml", diagnostics: [], assessment: assessment)], language: language)
        let line =
            language == .nl
            ? "Voorafgaande raadpleging van de AP nodig (art. 36 AVG)."
            : "Prior consultation of the AP required (art. 36 GDPR)."
        #expect(TextCheckFormatter().format(report).split(separator: "\n").filter { $0 == "  " + line }.count == 1)
    }

    @Test func jsonShape() throws {
        let root = try json(try JSONCheckFormatter().format(try report()))
        let specs = try #require(root["specs"] as? [[String: Any]])
        #expect(specs.count == 2)
        #expect(specs[0]["valid"] as? Bool == false)
        let diagnostics = try #require(specs[0]["diagnostics"] as? [[String: Any]])
        #expect((diagnostics[0]["location"] as? [String: Any])?["line"] as? Int == 3)
        let findings = try #require(specs[1]["findings"] as? [[String: Any]])
        let finding = try #require(findings.first { $0["ruleId"] as? String == "retention_deletion_not_automated" })
        for key in [
            "id", "ruleId", "origin", "elementPath", "location", "severity", "level", "likelihood", "impact",
            "residualLevel", "addressed", "title", "message", "legalReference", "suggestedMeasure",
        ] {
            #expect(finding[key] != nil, "missing \(key)")
        }
        #expect(finding["severity"] as? String == "warning")
        let preScan = try #require(specs[1]["preScan"] as? [String: Any])
        #expect(preScan["verdict"] as? String == "not-required")
        #expect((preScan["criteria"] as? [Any])?.count == 30)
        let summary = try #require(root["summary"] as? [String: Any])
        #expect(summary["invalid"] as? Int == 1)
    }

    @Test func sarifShape() throws {
        let root = try json(try SARIFCheckFormatter().format(try report()))
        #expect(root["version"] as? String == "2.1.0")
        #expect(root["$schema"] as? String == SARIFCheckFormatter.schema)
        let run = try #require((root["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.count >= RuleRegistry.rules.count)
        let ruleIDs = rules.compactMap { $0["id"] as? String }
        for rule in rules {
            #expect((rule["shortDescription"] as? [String: Any])?["text"] is String)
        }
        #expect(rules.filter { $0["help"] != nil }.count == RuleRegistry.rules.count)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(!results.isEmpty)
        for result in results {
            let ruleID = try #require(result["ruleId"] as? String)
            #expect(ruleIDs.contains(ruleID))
            if let index = result["ruleIndex"] as? Int { #expect(ruleIDs[index] == ruleID) }
            #expect(["error", "warning", "note"].contains(result["level"] as? String ?? ""))
            #expect((result["message"] as? [String: Any])?["text"] is String)
            let location = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            #expect((location["artifactLocation"] as? [String: Any])?["uri"] is String)
            let region = try #require(location["region"] as? [String: Any])
            #expect((region["startLine"] as? Int ?? 0) >= 1 && (region["startColumn"] as? Int ?? 0) >= 1)
        }
        #expect(results.contains { $0["ruleId"] as? String == "spec_invalid" })
        #expect(results.contains { $0["ruleId"] as? String == "retention_deletion_not_automated" && $0["level"] as? String == "warning" })
    }
}
