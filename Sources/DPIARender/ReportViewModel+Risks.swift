import DPIAAnalysis
import DPIAModel

extension ReportViewModel {
    /// A short reference to a risk, for lists and the measure table.
    public struct RiskRef: Sendable, Codable {
        public var number: String
        public var anchor: String
        public var title: String
        public var level: String
        public var levelKey: String
    }

    /// §16 Risico's voor betrokkenen: findings of the rules and risks declared in the spec.
    public struct Risks: Sendable, Codable {
        public struct Row: Sendable, Codable {
            public var number: String
            public var anchor: String
            public var id: String
            public var title: String
            public var message: String
            /// "Regel <id>" or "Ingebracht risico <id>", for the annex.
            public var origin: String
            /// "Analyse" or "Ingebracht", for the body.
            public var source: String
            public var isRule: Bool
            public var originDetail: String
            public var hasOriginDetail: Bool
            public var location: String
            public var likelihood: String
            public var impact: String
            public var level: String
            public var levelKey: String
            /// The level after the planned measures (expected).
            public var residual: String
            public var residualKey: String
            /// The level after the measures that are done (achieved).
            public var achieved: String
            public var achievedKey: String
            /// Whether the achieved level is still above the expected one (measures not yet done).
            public var isPending: Bool
            public var legalReference: String
            public var hasLegalReference: Bool
            public var suggestedMeasure: String
            public var hasSuggestedMeasure: Bool
            public var measures: String
            public var hasMeasures: Bool
            public var decision: String
            /// The ids of the findings this risk stands for, one per element.
            public var findingIDs: [String]
        }

        public var rows: [Row]
        public var hasRows: Bool
        public var count: String

        init(_ context: BuildContext) {
            let labels = context.labels
            let language = context.language
            let file = context.assessment.sourceMap.file.split(separator: "/").last.map(String.init) ?? ""
            let findings = context.assessment.findings
            let groups = context.conclusions.groups
            var groupOfFinding = Array(repeating: 0, count: findings.count)
            for (offset, group) in groups.enumerated() { for index in group.findings { groupOfFinding[index] = offset } }
            rows = groups.enumerated().map { offset, group in
                let levels = group.levels
                // The member with the highest level stands for the group; the others are named after it.
                let lead = group.findings.first { findings[$0].level == levels.before } ?? group.findings[0]
                let finding = findings[lead]
                var origin: String
                var detail = ""
                var isRule = false
                switch finding.origin {
                case .rule(let id):
                    origin = (language == .nl ? "Regel " : "Rule ") + id
                    isRule = true
                case .declaredRisk(let id):
                    origin = (language == .nl ? "Ingebracht risico " : "Declared risk ") + id
                    if let risk = context.index.risks[id] {
                        detail = [risk.origin.map { Prose($0).plain }, risk.source].compactMap { $0 }
                            .filter { !$0.isEmpty }.joined(separator: " — ")
                    }
                }
                // A risk of kindred rules names each of them in the annex.
                for member in group.findings.map({ findings[$0] }) where member.ruleID != finding.ruleID {
                    guard case .rule(let id) = member.origin, !origin.contains(id) else { continue }
                    origin += "; " + (language == .nl ? "regel " : "rule ") + id
                }
                let location = finding.location.file.isEmpty ? file : String(finding.location.file.split(separator: "/").last ?? "")
                let lines = group.findings.map { findings[$0].location.line }
                let members = group.findings.map { findings[$0] }
                let legalText = members.map(\.legalReference).filter { !$0.isEmpty }.uniqued().joined(separator: "; ")
                let (legal, hasLegal) = context.text(language == .nl ? legalText : Self.english(legalText))
                let (suggested, hasSuggested) = context.text(Self.withoutSpecKeys(finding.suggestedMeasure[language]))
                let others = group.findings.filter { $0 != lead }.map { findings[$0] }
                return Row(
                    number: "R\(offset + 1)", anchor: "r\(offset + 1)", id: finding.id,
                    title: context.riskTitle(lead: finding, others: others),
                    message: Self.withoutSpecKeys(context.riskMessage(lead: finding, others: others)), origin: origin,
                    source: isRule ? (language == .nl ? "Analyse" : "Analysis") : (language == .nl ? "Ingebracht" : "Declared"),
                    isRule: isRule,
                    originDetail: detail.isEmpty ? labels.notStated : detail, hasOriginDetail: !detail.isEmpty,
                    location: "\(location):" + lines.map(String.init).joined(separator: ", "),
                    likelihood: labels.level(finding.likelihood),
                    impact: labels.level(finding.impact), level: labels.level(levels.before),
                    levelKey: levels.before.rawValue, residual: labels.level(levels.expected),
                    residualKey: levels.expected.rawValue, achieved: labels.level(levels.achieved),
                    achievedKey: levels.achieved.rawValue, isPending: levels.isPending, legalReference: legal, hasLegalReference: hasLegal,
                    suggestedMeasure: suggested, hasSuggestedMeasure: hasSuggested,
                    measures: language == .nl ? "Geen" : "None", hasMeasures: false,
                    decision: ([finding] + others).map { member in
                        member.treatment.map { labels.decision($0.decision) } ?? (language == .nl ? "Nog geen besluit" : "No decision yet")
                    }.uniqued().joined(separator: " / "),
                    findingIDs: group.findings.map { findings[$0].id })
            }
            hasRows = !rows.isEmpty
            count = String(rows.count)
            hasTreatment = groups.map { group in group.findings.contains { findings[$0].treatment != nil } }
            positions = groups.map { group in
                let lead = group.findings.first { findings[$0].level == group.levels.before } ?? group.findings[0]
                return (findings[lead].likelihood, findings[lead].impact)
            }
            self.groupOfFinding = groupOfFinding
        }

        /// A rule's Dutch legal reference as English readers cite it: "art. 5 lid 1 onder c AVG" →
        /// "Art. 5(1)(c) GDPR"; Dutch acts (UAVG, Participatiewet) keep their names.
        static func english(_ reference: String) -> String {
            guard reference.contains("art. ") || reference.contains("AVG") else { return reference }
            return
                reference
                .replacing(/art\. (\d+) lid (\d+) onder ([a-z])/) { "Art. \($0.output.1)(\($0.output.2))(\($0.output.3))" }
                .replacing(/art\. (\d+) lid (\d+)/) { "Art. \($0.output.1)(\($0.output.2))" }
                .replacing("art. ", with: "Art. ").replacing(" en ", with: " and ").replacing(/\bAVG\b/, with: "GDPR")
        }

        /// A rule's text without the spec keys it names for spec writers (" (`compatibility`)",
        /// " in `special_basis`"):
        /// the body speaks the Rijksmodel's language; the annex leads from each risk to its rule.
        static func withoutSpecKeys(_ text: String) -> String {
            guard text.contains("`") else { return text }   // most texts: no regex at all
            return text.replacing(/\s?\(`[^`]*`\)/, with: "").replacing(/\s(?:in|into|bij|onder|met)\s`[^`]*`/, with: "")
                .replacing(/`([^`]*)`/) { String($0.output.1) }
        }

        /// Likelihood and impact of each risk (row offset), for the risk map.
        var positions: [(likelihood: Level, impact: Level)] = []

        /// The risk (row offset) each finding belongs to.
        var groupOfFinding: [Int] = []

        private var hasTreatment: [Bool] = []
        private enum CodingKeys: String, CodingKey { case rows, hasRows, count }

        /// Fills the measure column from the measure table's links; where the analyser gave no
        /// treatment, the decision of the first linked measure. A risk with a measure of its own
        /// shows that measure (§17) rather than the analysis's suggestion.
        mutating func link(_ measures: Measures) {
            var decisions: [String: String] = [:]
            for row in measures.rows { decisions[row.number] = row.decision }
            for offset in rows.indices where offset < measures.measuresOfFinding.count {
                let numbers = measures.measuresOfFinding[offset]
                guard let first = numbers.first else { continue }
                rows[offset].measures = numbers.joined(separator: ", ")
                rows[offset].hasMeasures = true
                rows[offset].hasSuggestedMeasure = false
                if !hasTreatment[offset], let decision = decisions[first] { rows[offset].decision = decision }
            }
        }

        func reference(_ offset: Int) -> RiskRef {
            let row = rows[offset]
            return RiskRef(number: row.number, anchor: row.anchor, title: row.title, level: row.level, levelKey: row.levelKey)
        }
    }

    /// §17 Maatregelen: the plan, the existing security measures and what no measure addresses.
    public struct Measures: Sendable, Codable {
        public struct Row: Sendable, Codable {
            public var number: String
            public var anchor: String
            public var id: String
            public var description: Prose
            public var hasDescription: Bool
            /// The first sentence of the description, at most about 110 characters, for the action plan.
            public var shortDescription: String
            public var risks: [RiskRef]
            public var hasRisks: Bool
            public var riskNumbers: String
            /// Addresses in the spec that match no finding or risk.
            public var unmatched: String
            public var hasUnmatched: Bool
            public var type: String
            public var decision: String
            public var decisionKey: String
            public var owner: String
            public var hasOwner: Bool
            public var due: String
            public var hasDue: Bool
            public var status: String
            public var statusKey: String
            public var updatedOn: String
            public var hasUpdatedOn: Bool
            public var evidence: String
            public var hasEvidence: Bool
            public var residual: String
            public var residualKey: String
            public var isOpen: Bool
            public var isOverdue: Bool
        }

        public var rows: [Row]
        public var hasRows: Bool
        public var stated: Bool
        public var unaddressed: [RiskRef]
        public var hasUnaddressed: Bool
        public var unaddressedCount: String
        /// The same as one line: "R1 Title (Hoog) en R4 Title (Midden)".
        public var unaddressedList: String
        public var securityStated: Bool
        public var security: [String]
        public var hasSecurity: Bool
        public var securityDescription: Prose
        public var hasSecurityDescription: Bool

        init(_ context: BuildContext, risks: Risks) {
            let labels = context.labels
            let findings = context.assessment.findings
            let measures = context.activity.measures ?? []
            stated = context.activity.measures != nil

            var findingsByKey: [String: [Int]] = [:]
            var findingsByMeasure: [String: [Int]] = [:]
            for (offset, finding) in findings.enumerated() {
                findingsByKey[finding.id, default: []].append(offset)
                if finding.ruleID != finding.id { findingsByKey[finding.ruleID, default: []].append(offset) }
                for measure in finding.treatment?.measures ?? [] { findingsByMeasure[measure, default: []].append(offset) }
            }
            var measuresOfFinding = Array(repeating: [String](), count: risks.rows.count)
            rows = measures.enumerated().map { offset, measure in
                let number = "M\(offset + 1)"
                var linked = findingsByMeasure[measure.id] ?? []
                var unmatched: [String] = []
                for address in measure.addresses {
                    if let hits = findingsByKey[address] { linked += hits } else { unmatched.append(address) }
                }
                linked = linked.map { risks.groupOfFinding[$0] }.uniqued().sorted()
                for index in linked { measuresOfFinding[index].append(number) }
                let progress = context.options.progress[measure.id]
                let status = progress?.status ?? measure.status
                let isOpen = measure.decision != .accept && status != .done && status != .dropped
                let (description, hasDescription) = context.prose(measure.description)
                let (owner, hasOwner) = context.text(measure.owner)
                let (due, hasDue) = context.date(measure.due)
                let (updatedOn, hasUpdatedOn) = context.date(progress?.updatedOn)
                let (evidence, hasEvidence) = context.text(progress?.evidence ?? measure.evidence)
                let isOverdue = isOpen && measure.due != nil && context.options.date != nil && measure.due! < context.options.date!
                let statusText =
                    status == nil && measure.decision == .accept
                    ? (context.language == .nl ? "N.v.t. (geaccepteerd)" : "N/a (accepted)") : labels.measureStatus(status)
                let refs = linked.map(risks.reference)
                // Accepting never lowers a level: an accepting measure shows the highest level it accepts.
                let residual =
                    measure.decision == .accept ? linked.map { context.conclusions.groups[$0].levels.expected }.max() : measure.residual
                return Row(
                    number: number, anchor: "m\(offset + 1)", id: measure.id, description: description,
                    hasDescription: hasDescription, shortDescription: Self.short(description.plain), risks: refs, hasRisks: !refs.isEmpty,
                    riskNumbers: refs.isEmpty ? labels.notStated : refs.map(\.number).joined(separator: ", "),
                    unmatched: unmatched.joined(separator: ", "), hasUnmatched: !unmatched.isEmpty,
                    type: labels.measureType(measure.type), decision: labels.decision(measure.decision),
                    decisionKey: measure.decision.rawValue, owner: owner, hasOwner: hasOwner, due: due, hasDue: hasDue,
                    status: statusText, statusKey: status?.rawValue ?? "unknown", updatedOn: updatedOn,
                    hasUpdatedOn: hasUpdatedOn, evidence: evidence, hasEvidence: hasEvidence,
                    residual: residual.map(labels.level) ?? labels.notStated,
                    residualKey: residual?.rawValue ?? "unknown", isOpen: isOpen, isOverdue: isOverdue)
            }
            hasRows = !rows.isEmpty
            unaddressed = risks.rows.indices.filter { measuresOfFinding[$0].isEmpty }.map(risks.reference)
            hasUnaddressed = !unaddressed.isEmpty
            unaddressedCount = String(unaddressed.count)
            unaddressedList = context.list(unaddressed.map { "\($0.number) \($0.title) (\($0.level))" }).0

            let security = context.activity.security
            securityStated = security != nil
            self.security = (security?.measures ?? []).map(labels.security) + (security?.other ?? [])
            hasSecurity = !self.security.isEmpty
            (securityDescription, hasSecurityDescription) = context.prose(security?.description)
            self.measuresOfFinding = measuresOfFinding
        }

        /// The first sentence of a text (a quote keeps going to its closing mark), cut at a word
        /// near 110 characters with "…".
        static func short(_ text: String) -> String {
            var sentence = text
            var inQuote = false
            for index in text.indices {
                let character = text[index]
                if character == "\"" || character == "“" || character == "”" { inQuote.toggle() }
                if !inQuote, ".!?".contains(character), text.index(after: index) == text.endIndex || text[text.index(after: index)] == " " {
                    sentence = String(text[...index])
                    break
                }
            }
            guard sentence.count > 110 else { return sentence }
            let cut = sentence.prefix(110)
            return (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + " …"
        }

        /// Measure numbers per risk (row offset), for the risk table.
        var measuresOfFinding: [[String]] = []

        private enum CodingKeys: String, CodingKey {
            case rows, hasRows, stated, unaddressed, hasUnaddressed, unaddressedCount, unaddressedList, securityStated, security,
                hasSecurity, securityDescription, hasSecurityDescription
        }
    }
}
