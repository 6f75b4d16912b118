import DPIAAnalysis
import DPIAModel

extension ReportViewModel {
    /// Version, DPO advice and adoption.
    public struct GovernanceSection: Sendable, Codable {
        public var dpoAdvice: Prose
        public var hasDPOAdvice: Bool
        public var adoptedBy: String
        public var hasAdoptedBy: Bool
        public var adoptedOn: String
        public var hasAdoptedOn: Bool
        public var isAdopted: Bool
        public var nextReview: String
        public var hasNextReview: Bool
        public var privacyReview: String
        public var sourceSystemLink: String

        init(_ context: BuildContext) {
            let governance = context.activity.governance
            (dpoAdvice, hasDPOAdvice) = context.prose(governance?.dpoAdvice)
            (adoptedBy, hasAdoptedBy) = context.text(governance?.adoptedBy)
            (adoptedOn, hasAdoptedOn) = context.date(governance?.adoptedOn)
            isAdopted = hasAdoptedBy && hasAdoptedOn
            (nextReview, hasNextReview) = context.date(governance?.nextReview)
            privacyReview = context.yesNo(governance?.changeProcessIncludesPrivacyReview)
            sourceSystemLink = context.yesNo(governance?.sourceSystemLink)
        }
    }
}
