import DPIAAnalysis
import DPIAModel

extension ReportViewModel {
    /// The management summary (managementsamenvatting).
    public struct Management: Sendable, Codable {
        public struct LevelCount: Sendable, Codable {
            public var level: String
            public var levelKey: String
            public var before: String
            /// After the planned measures (expected).
            public var after: String
            /// After the measures that are done (achieved).
            public var achieved: String
        }

        public var verdict: String
        public var verdictKey: String
        public var reasons: String
        public var hasReasons: Bool
        public var criteria: [PreScanSection.Criterion]
        public var hasCriteria: Bool
        /// The criteria that apply as one line: "Samenwerkingsverbanden (AP-lijst ap-8) en …".
        public var criteriaLine: String
        public var riskCount: String
        /// "1 risico" / "20 risico's".
        public var riskCountText: String
        public var hasRisks: Bool
        public var levelCounts: [LevelCount]
        public var highBefore: String
        public var highAfter: String
        public var unaddressedCount: String
        public var hasUnaddressed: Bool
        public var openMeasures: [Measures.Row]
        public var hasOpenMeasures: Bool
        public var openCount: String
        public var overdueCount: String
        public var hasOverdue: Bool
        /// Whether prior consultation is required (kept for templates of earlier versions; see ``consultation``).
        public var priorConsultation: Bool
        /// The art. 36 verdict, the same in the card, the summary and §17.
        public var consultation: Consultation
        /// High risks after the measures that are done (achieved), next to ``highAfter`` (expected).
        public var highAchieved: String
        /// Whether some measures still have to be done before the expected levels are reached.
        public var hasPending: Bool
        /// "geen deadlines vastgelegd", "2 over de deadline", …: what the open-measures counter leaves unsaid.
        public var openNote: String
        /// High residual risks that are accepted.
        public var acceptedHigh: [RiskRef]
        /// The same as one line: "R2 Title en R5 Title".
        public var acceptedHighList: String

        /// The art. 36 verdict as text: `key` is `required`, `to-be-decided` or `not-required`.
        public struct Consultation: Sendable, Codable {
            public var key: String
            public var isRequired: Bool
            public var isToBeDecided: Bool
            public var isNotRequired: Bool
            /// "Nodig", "Nog te besluiten", "Niet nodig".
            public var value: String
            /// A short reason for the card.
            public var note: String
            /// The full verdict, naming the high risks concerned.
            public var sentence: String
            /// `alert`, `warn` or `ok`, for styling.
            public var style: String
        }

        init(_ context: BuildContext, risks: Risks, measures: Measures) {
            let labels = context.labels
            let language = context.language
            let preScan = context.assessment.preScan
            verdict = labels.verdict(preScan.verdict)
            verdictKey = preScan.verdict.rawValue
            (reasons, hasReasons) = context.text(preScan.reasons[language])
            criteria = preScan.criteria.filter(\.applies).map { PreScanSection.Criterion($0, context: context) }
            hasCriteria = !criteria.isEmpty
            criteriaLine = labels.list(criteria.map { "\($0.title) (\($0.framework) \($0.id))" })
            let conclusions = context.conclusions
            riskCount = String(conclusions.groups.count)
            riskCountText = labels.count(conclusions.groups.count, "risico", "risico's", "risk", "risks")
            hasRisks = !conclusions.groups.isEmpty
            var before: [Level: Int] = [:]
            var after: [Level: Int] = [:]
            var achieved: [Level: Int] = [:]
            for levels in conclusions.groups.map(\.levels) {
                before[levels.before, default: 0] += 1
                after[levels.expected, default: 0] += 1
                achieved[levels.achieved, default: 0] += 1
            }
            levelCounts = [Level.high, .medium, .low].map {
                LevelCount(
                    level: labels.level($0), levelKey: $0.rawValue, before: String(before[$0] ?? 0),
                    after: String(after[$0] ?? 0), achieved: String(achieved[$0] ?? 0))
            }
            highBefore = String(before[.high] ?? 0)
            highAfter = String(after[.high] ?? 0)
            highAchieved = String(achieved[.high] ?? 0)
            hasPending = conclusions.residuals.contains(where: \.isPending)
            unaddressedCount = measures.unaddressedCount
            hasUnaddressed = measures.hasUnaddressed
            // The action plan: measures for open high risks first, then medium, low, and measures without a risk.
            func rank(_ row: Measures.Row) -> Int {
                row.risks.map { ["high": 0, "medium": 1, "low": 2][$0.levelKey] ?? 3 }.min() ?? 3
            }
            openMeasures = measures.rows.filter(\.isOpen).enumerated()
                .sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(\.element)
            hasOpenMeasures = !openMeasures.isEmpty
            openCount = String(openMeasures.count)
            let overdue = openMeasures.filter(\.isOverdue).count
            overdueCount = String(overdue)
            hasOverdue = overdue > 0
            openNote = labels.openMeasuresNote(
                open: openMeasures.count, withDue: openMeasures.count(where: \.hasDue),
                overdue: overdue)
            let verdict = conclusions.priorConsultation
            priorConsultation = verdict == .required
            acceptedHigh = conclusions.acceptedHigh.map { risks.groupOfFinding[$0] }.uniqued().map(risks.reference)
            acceptedHighList = context.list(acceptedHigh.map { "\($0.number) \($0.title)" }).0
            let concerned =
                verdict == .required
                ? acceptedHigh
                : conclusions.undecidedHigh.map { risks.groupOfFinding[$0] }.uniqued().map(risks.reference)
            let (value, note) = labels.consultation(verdict)
            consultation = Consultation(
                key: verdict.rawValue, isRequired: verdict == .required, isToBeDecided: verdict == .toBeDecided,
                isNotRequired: verdict == .notRequired, value: value, note: note,
                sentence: labels.consultationSentence(verdict, risks: labels.list(concerned.map { "\($0.number) \($0.title)" })),
                style: verdict == .required ? "alert" : verdict == .toBeDecided ? "warn" : "ok")
        }
    }
}
