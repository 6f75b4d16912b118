import DPIAAnalysis
import DPIAModel

extension ReportViewModel {
    /// The pre-scan in full (annex): every criterion, whether it applies and why.
    public struct PreScanSection: Sendable, Codable {
        public struct Criterion: Sendable, Codable {
            public var id: String
            public var framework: String
            public var title: String
            public var applies: String
            public var doesApply: Bool
            public var reason: String

            /// The pre-scan's reasons name the technique keys of the spec ("techniques.profiling");
            /// the report names the techniques as §4 does ("profilering").
            static func naming(_ reason: String, labels: Labels) -> String {
                guard reason.contains("techniques.") else { return reason }
                return reason.replacing(/techniques\.([a-z_]+)/) { match in
                    let name = labels.technique(String(match.output.1))
                    return name.prefix(1).lowercased() + name.dropFirst()
                }
            }

            init(_ criterion: PreScanCriterion, context: BuildContext) {
                id = criterion.id
                framework = context.labels.framework(criterion.framework)
                title = criterion.title[context.language]
                applies = context.labels.yesNo(criterion.applies)
                doesApply = criterion.applies
                reason = context.text(Self.naming(criterion.reason[context.language], labels: context.labels)).0
            }
        }

        /// Every criterion (for templates of earlier versions; the report shows ``applying`` and ``othersLine``).
        public var criteria: [Criterion]
        public var hasCriteria: Bool
        public var criteriaCount: String
        public var applyingCount: String
        /// "Van de 30 getoetste criteria is er 1 van toepassing."
        public var countsSentence: String
        /// The criteria that apply, with their reasons.
        public var applying: [Criterion]
        public var hasApplying: Bool
        /// One line for the criteria that do not apply: how many, and from which frameworks.
        public var othersLine: String
        public var hasOthers: Bool

        init(_ context: BuildContext) {
            let all = context.assessment.preScan.criteria
            criteria = all.map { Criterion($0, context: context) }
            hasCriteria = !criteria.isEmpty
            criteriaCount = String(criteria.count)
            applying = criteria.filter(\.doesApply)
            hasApplying = !applying.isEmpty
            applyingCount = String(applying.count)
            countsSentence =
                context.language == .nl
                ? "Van de \(criteria.count) getoetste criteria \(applying.count == 1 ? "is" : "zijn") er \(applying.count) van toepassing."
                : "Of the \(criteria.count) criteria tested, \(applying.count) \(applying.count == 1 ? "applies" : "apply")."
            let others = all.filter { !$0.applies }
            hasOthers = !others.isEmpty
            othersLine = context.labels.otherCriteria(count: others.count, frameworks: others.map(\.framework).uniqued())
        }
    }
}
