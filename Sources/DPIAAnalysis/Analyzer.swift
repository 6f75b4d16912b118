import DPIAModel

/// Applies the rule catalogue, the who-sees-whom computation and the pre-scan to an activity.
///
/// Pure and deterministic, and usable without YAML: give it a ``LoadedActivity`` (or a bare
/// ``ProcessingActivity``). Cost is linear in the size of the spec.
public struct Analyzer: Sendable {
    /// The rules applied, in catalogue order.
    public let rules: [any Rule.Type]
    /// The provisions legal conditions are decided on.
    public let catalogue: ProvisionCatalogue

    /// An analyser reasoning on `catalogue` (``DPIASpec/ProvisionCatalogueLoader/builtin`` is the one `dpia` ships).
    public init(rules: [any Rule.Type] = RuleRegistry.rules, catalogue: ProvisionCatalogue) {
        self.rules = rules; self.catalogue = catalogue
    }

    /// Analyses one loaded activity.
    public func assess(_ loaded: LoadedActivity) -> Assessment {
        let context = AnalysisContext(loaded, catalogue: catalogue)
        let treatments = TreatmentPlanner(measures: context.activity.measures ?? [])
        var findings: [Finding] = []
        var planRules: [any PlanRule.Type] = []
        for rule in rules {
            if let plan = rule as? any PlanRule.Type {
                planRules.append(plan)
            } else {
                findings += Self.findings(of: rule, rule.init().validate(context), in: context)
            }
        }
        findings += (context.activity.risks ?? []).map { Self.finding(for: $0, in: context) }
        findings = findings.map(treatments.treat)
        var planFindings: [Finding] = []
        for rule in planRules {
            planFindings += Self.findings(of: rule, rule.init().validate(context, findings: findings), in: context)
        }
        findings += planFindings.map(treatments.treat)
        return Assessment(
            activity: context.activity, sourceMap: context.sourceMap, visibility: context.visibility,
            preScan: PreScanner().scan(context), findings: Self.ordered(findings))
    }

    /// Analyses an activity that has no source marks (built in code rather than loaded from YAML).
    public func assess(_ activity: ProcessingActivity) -> Assessment {
        assess(LoadedActivity(activity: activity, sourceMap: SourceMap(file: "")))
    }

    // MARK: Building findings

    static func findings(of rule: any Rule.Type, _ violations: [Violation], in context: AnalysisContext) -> [Finding] {
        let description = rule.description
        return violations.map { violation in
            Finding(
                id: "\(description.id)@\(violation.elementPath)", origin: .rule(description.id),
                elementPath: violation.elementPath, location: context.sourceMap.location(of: violation.elementPath),
                title: description.title, message: violation.message, legalReference: description.legalReference,
                likelihood: violation.likelihood ?? description.likelihood,
                impact: violation.impact ?? description.impact, suggestedMeasure: description.suggestedMeasure)
        }
    }

    static func finding(for risk: DeclaredRisk, in context: AnalysisContext) -> Finding {
        let path = "risks/\(risk.id)"
        let headline = risk.description.headline
        return Finding(
            id: "\(risk.id)@\(path)", origin: .declaredRisk(risk.id), elementPath: path,
            location: context.sourceMap.location(of: path), title: LocalizedText(headline.isEmpty ? risk.id : headline),
            message: LocalizedText(risk.description.trimmingTrailingWhitespace), legalReference: risk.source ?? "",
            likelihood: risk.likelihood, impact: risk.impact,
            suggestedMeasure: LocalizedText(
                nl: "Leg een maatregel vast met `addresses: [\(risk.id)]`, met besluit, eigenaar en restrisico.",
                en: "Record a measure with `addresses: [\(risk.id)]`, with its decision, owner and residual risk."))
    }

    /// Orders findings by location, then id; makes ids unique should two violations share an element.
    static func ordered(_ findings: [Finding]) -> [Finding] {
        var seen: [String: Int] = [:]
        var unique: [Finding] = []
        for var finding in findings {
            let count = seen[finding.id, default: 0] + 1
            seen[finding.id] = count
            if count > 1 { finding.id += "#\(count)" }
            unique.append(finding)
        }
        return unique.sorted { ($0.location, $0.id) < ($1.location, $1.id) }
    }
}

extension String {
    /// The first clause of a prose text on one line, for a title: up to the first ". ", ": ", "; " or " — "
    /// after at least 20 characters, and at most 100 characters, cut at a word with "…".
    var headline: String {
        let text = split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: " ")
        var end = text.endIndex
        for separator in [". ", ": ", "; ", " — "] {
            var searchStart = text.startIndex
            while let range = text.range(of: separator, range: searchStart..<end) {
                if text.distance(from: text.startIndex, to: range.lowerBound) >= 20 { end = range.lowerBound; break }
                searchStart = range.upperBound
            }
        }
        var clause = String(text[..<end])
        if clause.count > 100 {
            let cut = clause.prefix(100)
            clause = String(cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut) + "…"
        }
        if clause.hasSuffix(".") { clause.removeLast() }
        return clause
    }

    /// The text without trailing spaces and newlines (YAML block scalars end in a newline).
    var trimmingTrailingWhitespace: String {
        var text = Substring(self)
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
