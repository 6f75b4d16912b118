import Foundation
import DPIAModel
import DPIARegister

/// What every page shows around its content: the title, who is signed in, and the form token.
struct PageFrame: Encodable, Sendable {
    var title: String
    var user: String?
    var role: String?
    var csrf: String
}

/// A measure as the board and the activity page list it.
struct MeasureRow: Encodable, Sendable {
    var activityID: String
    var activityTitle: String
    var measureID: String
    var description: String?
    var owner: String?
    var due: String?
    var status: String
    var overdue: Bool
    var removed: Bool
    var evidence: String?
    var evidenceIsLink: Bool
    var updatedOn: String?
    var link: String

    init(_ tracked: TrackedMeasure) {
        activityID = tracked.activityID; activityTitle = tracked.activityTitle; measureID = tracked.measure.id
        description = tracked.measure.description; owner = tracked.measure.owner; due = tracked.measure.due?.description
        status = Words.measureStatus(tracked.progress.status); overdue = tracked.isOverdue; removed = tracked.progress.removed
        evidence = tracked.progress.evidence; evidenceIsLink = EvidenceLink.isWebLink(tracked.progress.evidence)
        updatedOn = tracked.progress.updatedOn?.description
        link = Paths.measure(activityID: tracked.activityID, measureID: tracked.measure.id)
    }
}

/// Evidence is text; it becomes a link only when it is an http(s) address, never `javascript:` or a file path.
enum EvidenceLink {
    static func isWebLink(_ text: String?) -> Bool {
        guard let text, !text.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" }) else { return false }
        let lower = text.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://")
    }
}

/// The addresses of the pages; ids are percent-encoded where they go into a path.
enum Paths {
    static func activity(_ id: String) -> String { "/activities/" + encode(id) }
    static func measure(activityID: String, measureID: String) -> String {
        activity(activityID) + "/measures/" + encode(measureID)
    }
    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~@")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}

struct LoginPage: Encodable, Sendable {
    var frame: PageFrame
    var failed: Bool
    var name: String?
}

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
}

struct ActivityPage: Encodable, Sendable {
    struct Version: Encodable, Sendable {
        var sequence: Int
        var versionID: String
        var recordedOn: String
        var label: String?
        var status: String
        var high: Int
        var residualHigh: Int
        var diffLink: String?
    }
    var frame: PageFrame
    var id: String
    var title: String
    var verdict: String
    var reportLink: String
    var versions: [Version]
    var measures: [MeasureRow]
    var hasMeasures: Bool
    var diffAction: String
    var versionChoices: [OverviewPage.Choice]
    var canCompare: Bool
}

struct BoardPage: Encodable, Sendable {
    var frame: PageFrame
    var rows: [MeasureRow]
    var owner: String?
    var activity: String?
    var statuses: [OverviewPage.Choice]
    var activities: [OverviewPage.Choice]
    var count: Int
    var overdueCount: Int
    var csvLink: String
    var icsLink: String
}

struct MeasurePage: Encodable, Sendable {
    struct Definition: Encodable, Sendable {
        var versionID: String
        var recordedOn: String
        var text: String
    }
    struct Event: Encodable, Sendable {
        var on: String
        var status: String
        var author: String?
        var note: String?
        var evidence: String?
        var evidenceIsLink: Bool
    }
    var frame: PageFrame
    var measure: MeasureRow
    var activityLink: String
    var decision: String
    var addresses: String
    var definitions: [Definition]
    var events: [Event]
    var hasEvents: Bool
    var canUpdate: Bool
    var action: String
    var statuses: [OverviewPage.Choice]
}

struct ErrorPage: Encodable, Sendable {
    var frame: PageFrame
    var status: Int
    var message: String
}
