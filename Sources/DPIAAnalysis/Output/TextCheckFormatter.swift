import DPIAModel

/// Prints a ``CheckReport`` as compiler-style lines, grouped per activity, with a summary.
///
/// An unaddressed finding is printed as `path:line:col: <severity>: message [rule_id]` with
/// severity error for a high level, warning for medium and note for low. Findings that a measure
/// addresses are counted in the summary and printed (as notes, with their measures, decision and
/// residual level) only when `showAddressed` is set (`--all`).
public struct TextCheckFormatter: Sendable {
    public var showAddressed: Bool

    public init(showAddressed: Bool = false) { self.showAddressed = showAddressed }

    public func format(_ report: CheckReport) -> String {
        format(report, specTexts: report.specs.map { text(of: $0, in: report) })
    }

    /// The output, from each spec's text as ``text(of:in:)`` gives it (so that the specs of a large
    /// register can be formatted on all cores while they are checked), and the total.
    public func format(_ report: CheckReport, specTexts: [String]) -> String {
        var output = specTexts.joined(separator: "\n")
        if report.specs.count > 1 {
            if !specTexts.isEmpty { output += "\n" }
            output += total(report)
        } else if output.utf8.last == UInt8(ascii: "\n") {
            // One spec: no empty line after it (the byte, not the last character: "\r\n" is one).
            output = String(decoding: output.utf8.dropLast(), as: UTF8.self)
        }
        return output
    }

    /// One spec's lines, in the language `report` gives it: its header, diagnostics, findings and
    /// summary, each followed by a line break (the last one ends the empty line after the spec).
    public func text(of spec: CheckReport.Spec, in report: CheckReport) -> String {
        let language = report.language(of: spec)
        var lines: [String] = []
        if let assessment = spec.assessment {
            lines.append("\(spec.path): \(assessment.activity.title) (\(assessment.activity.id))")
        }
        lines += spec.diagnostics.map { $0.description(in: language) }
        if let assessment = spec.assessment {
            // By index: each finding is read in place, not copied.
            let findings = assessment.findings
            for index in findings.indices where showAddressed || !findings[index].isAddressed {
                lines.append(line(for: findings[index], language))
            }
            lines += summary(of: assessment, language).map { "  " + $0 }
        }
        lines.append("")
        return lines.joined(separator: "\n")
    }

    /// `path:line:col: warning: message [rule_id]`, with the treatment for addressed findings.
    public func line(for finding: Finding, _ language: ReportLanguage) -> String {
        let message = finding.message[language].replacingNewlines
        guard let treatment = finding.treatment else {
            return "\(finding.location): \(finding.level.severity.rawValue): \(message) [\(finding.ruleID)]"
        }
        let measures = treatment.measures.joined(separator: ", ")
        let how =
            language == .nl
            ? "maatregel \(measures): \(treatment.decision.word(.nl)), restrisico \(treatment.residual.word(.nl))"
            : "measure \(measures): \(treatment.decision.word(.en)), residual risk \(treatment.residual.word(.en))"
        return "\(finding.location): note: \(message) [\(finding.ruleID)] (\(how))"
    }

    private func summary(of assessment: Assessment, _ language: ReportLanguage) -> [String] {
        func say(_ nl: String, _ en: String) -> String { LocalizedText(nl: nl, en: en)[language] }
        let counts = FindingSummary(assessment.findings)
        let addressed = counts.total - counts.unaddressed.total
        let (before, after) = (levels(counts.before, language), levels(counts.after, language))
        let (unaddressed, open) = (counts.unaddressed.total, levels(counts.unaddressed, language))
        var lines = [
            "Pre-scan: \(assessment.preScan.reasons[language])",
            say(
                "Bevindingen: \(counts.total) (\(before)); na maatregelen: \(after)",
                "Findings: \(counts.total) (\(before)); after measures: \(after)"),
            say(
                "Niet behandeld: \(unaddressed) (\(open)); behandeld door maatregelen: \(addressed)",
                "Unaddressed: \(unaddressed) (\(open)); addressed by measures: \(addressed)")
                + (showAddressed || addressed == 0 ? "" : say(" (toon met --all)", " (show with --all)")),
        ]
        switch assessment.priorConsultation {
        case .required:
            lines.append(
                say("Voorafgaande raadpleging van de AP nodig (art. 36 AVG).", "Prior consultation of the AP required (art. 36 GDPR)."))
        case .toBeDecided:
            lines.append(
                say(
                    "Voorafgaande raadpleging van de AP nog te besluiten: een hoog restrisico heeft geen besluit (art. 36 AVG).",
                    "Prior consultation of the AP to be decided: a high residual risk has no decision (art. 36 GDPR)."))
        case .notRequired: break
        }
        return lines
    }

    private func total(_ report: CheckReport) -> String {
        let language = report.commonLanguage
        let counts = report.findingSummary
        let invalid = report.specs.count { !$0.isValid }
        if language == .nl {
            return
                "Totaal: \(report.specs.count) specs, \(invalid) ongeldig; \(counts.total) bevindingen, niet behandeld: \(counts.unaddressed.total) (\(levels(counts.unaddressed, .nl)))"
        }
        return
            "Total: \(report.specs.count) specs, \(invalid) invalid; \(counts.total) findings, unaddressed: \(counts.unaddressed.total) (\(levels(counts.unaddressed, .en)))"
    }

    private func levels(_ counts: LevelCounts, _ language: ReportLanguage) -> String {
        [Level.high, .medium, .low].map { "\($0.word(language)) \(counts[$0])" }.joined(separator: ", ")
    }
}

extension String {
    /// The text on one line: newlines become spaces (messages may quote prose).
    var replacingNewlines: String {
        // Most messages hold no line break: only then are characters (grapheme clusters) needed.
        guard utf8.contains(where: { $0 >= 0x0A && $0 <= 0x0D || $0 == 0x85 || $0 == 0xA8 || $0 == 0xA9 }) else {
            return self
        }
        return split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
