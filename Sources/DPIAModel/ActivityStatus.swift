/// Where a DPIA is in its life cycle.
public enum ActivityStatus: String, Vocabulary {
    case draft, inReview = "in-review", adopted, retired
    public static var aliases: [String: ActivityStatus] {
        ["concept": .draft, "in-review": .inReview, "vastgesteld": .adopted, "ingetrokken": .retired]
    }

    /// The status as a reader says it, in lower case (`concept`, `in bespreking`; `draft`, `in review`),
    /// for the lines of commands such as `dpia record` and `dpia history`.
    public func name(in language: ReportLanguage) -> String {
        switch self {
        case .draft: language == .nl ? "concept" : "draft"
        case .inReview: language == .nl ? "in bespreking" : "in review"
        case .adopted: language == .nl ? "vastgesteld" : "adopted"
        case .retired: language == .nl ? "ingetrokken" : "retired"
        }
    }
}

/// The language of the reports.
public enum ReportLanguage: String, Vocabulary {
    case nl, en
}
