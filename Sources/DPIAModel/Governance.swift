/// How the processing is governed.
public struct Governance: Sendable, Hashable, Codable {
    public var changeProcessIncludesPrivacyReview: Bool?
    /// Whether data is linked to the source system instead of re-entered by hand.
    public var sourceSystemLink: Bool?
    public var dpoAdvice: String?
    /// The date of the data protection officer's advice (`dpo_advice_on`).
    public var dpoAdviceOn: CalendarDate?
    public var adoptedBy: String?
    public var adoptedOn: CalendarDate?
    public var nextReview: CalendarDate?

    public init(
        changeProcessIncludesPrivacyReview: Bool? = nil, sourceSystemLink: Bool? = nil,
        dpoAdvice: String? = nil, adoptedBy: String? = nil, adoptedOn: CalendarDate? = nil,
        nextReview: CalendarDate? = nil, dpoAdviceOn: CalendarDate? = nil
    ) {
        self.changeProcessIncludesPrivacyReview = changeProcessIncludesPrivacyReview
        self.sourceSystemLink = sourceSystemLink; self.dpoAdvice = dpoAdvice; self.adoptedBy = adoptedBy
        self.adoptedOn = adoptedOn; self.nextReview = nextReview
        self.dpoAdviceOn = dpoAdviceOn
    }
}
