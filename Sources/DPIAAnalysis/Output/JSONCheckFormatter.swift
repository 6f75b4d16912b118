import DPIAModel
import Foundation

/// Prints a ``CheckReport`` as JSON: every spec with its diagnostics, pre-scan, findings (addressed
/// or not) and summary, then a summary over all specs. Keys are sorted; output is deterministic.
public struct JSONCheckFormatter: Sendable {
    public init() {}

    public func format(_ report: CheckReport) throws -> String {
        let document = Document(
            version: 1,
            specs: report.specs.map { spec in SpecEntry(spec, language: report.language(of: spec)) },
            summary: TotalSummary(
                specs: report.specs.count, invalid: report.specs.filter { !$0.isValid }.count,
                findings: report.findingSummary))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self)
    }

    struct Document: Encodable {
        var version: Int
        var specs: [SpecEntry]
        var summary: TotalSummary
    }

    struct TotalSummary: Encodable {
        var specs: Int
        var invalid: Int
        var findings: FindingSummary
    }

    struct SpecEntry: Encodable {
        var path: String
        var valid: Bool
        var language: String
        var diagnostics: [DiagnosticEntry]
        var activity: ActivityEntry?
        var preScan: PreScanEntry?
        var priorConsultation: Bool?
        var findings: [FindingEntry]
        var summary: FindingSummary?
        /// What a draft still lacks (empty for other specs).
        var toComplete: [DiagnosticEntry]

        init(_ spec: CheckReport.Spec, language: ReportLanguage) {
            path = spec.path
            valid = spec.isValid
            self.language = language.rawValue
            diagnostics = spec.diagnostics.map { DiagnosticEntry($0) }
            let assessment = spec.assessment
            activity = assessment.map { ActivityEntry(id: $0.activity.id, title: $0.activity.title, version: $0.activity.version) }
            preScan = assessment.map { PreScanEntry($0.preScan, language) }
            priorConsultation = assessment?.needsPriorConsultation
            findings = (assessment?.findings ?? []).map { FindingEntry($0, language) }
            summary = assessment.map { FindingSummary($0.findings) }
            toComplete = spec.toComplete.map { DiagnosticEntry($0, language) }
        }
    }

    struct ActivityEntry: Encodable {
        var id: String
        var title: String
        var version: String?
    }

    struct DiagnosticEntry: Encodable {
        var severity: String
        var message: String
        var location: LocationEntry

        init(_ diagnostic: Diagnostic, _ language: ReportLanguage = .en) {
            severity = diagnostic.severity.rawValue
            message = diagnostic.message(in: language)
            location = LocationEntry(diagnostic.location)
        }
    }

    struct LocationEntry: Encodable {
        var file: String
        var line: Int
        var column: Int

        init(_ location: SourceLocation) { file = location.file; line = location.line; column = location.column }
    }

    struct PreScanEntry: Encodable {
        var verdict: String
        var reasons: String
        var criteria: [Criterion]

        struct Criterion: Encodable {
            var id: String
            var framework: String
            var title: String
            var applies: Bool
            var reason: String
        }

        init(_ preScan: PreScan, _ language: ReportLanguage) {
            verdict = preScan.verdict.rawValue
            reasons = preScan.reasons[language]
            criteria = preScan.criteria.map {
                Criterion(
                    id: $0.id, framework: $0.framework.rawValue, title: $0.title[language], applies: $0.applies,
                    reason: $0.reason[language])
            }
        }
    }

    struct FindingEntry: Encodable {
        var id: String
        var ruleId: String
        var origin: String
        var elementPath: String
        var location: LocationEntry
        var severity: String
        var level: String
        var likelihood: String
        var impact: String
        var residualLevel: String
        var addressed: Bool
        var treatment: TreatmentEntry?
        var title: String
        var message: String
        var legalReference: String
        var suggestedMeasure: String

        struct TreatmentEntry: Encodable {
            var measures: [String]
            var decision: String
            var residual: String
        }

        init(_ finding: Finding, _ language: ReportLanguage) {
            id = finding.id
            ruleId = finding.ruleID
            switch finding.origin {
            case .rule: origin = "rule"
            case .declaredRisk: origin = "declared-risk"
            }
            elementPath = finding.elementPath
            location = LocationEntry(finding.location)
            severity = finding.level.severity.rawValue
            level = finding.level.rawValue
            likelihood = finding.likelihood.rawValue
            impact = finding.impact.rawValue
            residualLevel = finding.residualLevel.rawValue
            addressed = finding.isAddressed
            treatment = finding.treatment.map {
                TreatmentEntry(measures: $0.measures, decision: $0.decision.rawValue, residual: $0.residual.rawValue)
            }
            title = finding.title[language]
            message = finding.message[language]
            legalReference = finding.legalReference
            suggestedMeasure = finding.suggestedMeasure[language]
        }
    }
}
