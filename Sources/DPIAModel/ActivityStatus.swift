/// Where a DPIA is in its life cycle.
public enum ActivityStatus: String, Vocabulary {
    case draft, inReview = "in-review", adopted, retired
    public static var aliases: [String: ActivityStatus] {
        ["concept": .draft, "in-review": .inReview, "vastgesteld": .adopted, "ingetrokken": .retired]
    }
}

/// The language of the reports.
public enum ReportLanguage: String, Vocabulary {
    case nl, en
}
