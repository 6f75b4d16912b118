/// What `Templates/serve/overview.html` shows.
struct OverviewPage: Encodable, Sendable {
    struct Row: Encodable, Sendable {
        var id: String
        var link: String
        var title: String
        var status: String
        var verdict: String
        var openHighRisks: Int
        var openMeasures: Int
        var overdueMeasures: Int
        var lastVersion: String
        var lastRecordedOn: String
        /// For the template: Mustache counts 0 as a value, so a count cannot say whether to highlight it.
        var hasOpenHighRisks: Bool { openHighRisks > 0 }
        var hasOverdue: Bool { overdueMeasures > 0 }

        enum CodingKeys: String, CodingKey {
            case id, link, title, status, verdict, openHighRisks, openMeasures, overdueMeasures, lastVersion, lastRecordedOn
            case hasOpenHighRisks, hasOverdue
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id); try container.encode(link, forKey: .link)
            try container.encode(title, forKey: .title); try container.encode(status, forKey: .status)
            try container.encode(verdict, forKey: .verdict); try container.encode(openHighRisks, forKey: .openHighRisks)
            try container.encode(openMeasures, forKey: .openMeasures); try container.encode(overdueMeasures, forKey: .overdueMeasures)
            try container.encode(lastVersion, forKey: .lastVersion); try container.encode(lastRecordedOn, forKey: .lastRecordedOn)
            try container.encode(hasOpenHighRisks, forKey: .hasOpenHighRisks); try container.encode(hasOverdue, forKey: .hasOverdue)
        }
    }
    struct Choice: Encodable, Sendable {
        var value: String
        var label: String
        var selected: Bool
    }

    var frame: PageFrame
    var rows: [Row]
    var statuses: [Choice]
    var sorts: [Choice]
    var empty: Bool
    /// Which activities of the filtered list this page shows, of how many, and the pages around it.
    var paging: Paging
}

extension [OverviewPage.Choice] {
    /// The options of a select: (value, label) pairs, the one whose value is `selected` marked.
    static func options(_ pairs: [(String, String)], selected: String) -> Self {
        pairs.map { OverviewPage.Choice(value: $0.0, label: $0.1, selected: $0.0 == selected) }
    }
}
