import DPIAAnalysis
import DPIADiff
import DPIAModel
import DPIARegister
import DPIARender
import DPIAText
import Foundation
import HTTPTypes
import Hummingbird

extension RegisterServer {
    func addPageRoutes(to router: RouterGroup<ServeContext>) {
        router.get("/") { request, context in try await overview(request, context) }
        router.get("/activities/:id") { request, context in try await activity(request, context) }
        router.get("/activities/:id/report") { request, context in try await report(request, context) }
        router.get("/activities/:id/diff") { request, context in try await diff(request, context) }
        router.get("/actions") { request, context in try board(request, context) }
    }

    // MARK: - Register overview

    private func overview(_ request: Request, _ context: ServeContext) async throws -> Response {
        let query = Self.query(request)
        let today = configuration.today()
        let measures = Dictionary(grouping: try register.measures(matching: MeasureQuery(today: today)), by: \.activityID)
        var rows: [OverviewPage.Row] = []
        for latest in try register.latestVersions() {
            if let wanted = query.text("status"), latest.status?.rawValue != wanted { continue }
            let own = measures[latest.activityID] ?? []
            rows.append(OverviewPage.Row(
                id: latest.activityID, link: Paths.activity(latest.activityID), title: latest.title,
                status: Words.status(latest.status), verdict: "",
                openHighRisks: latest.findings.residualHigh, openMeasures: own.count(where: \.isOpen),
                overdueMeasures: own.count(where: \.isOverdue), lastVersion: latest.versionID,
                lastRecordedOn: latest.recordedOn.description))
        }
        // The pre-scan verdict comes from the analysis of each latest version (cached per version).
        for index in rows.indices {
            let verdict = try? await assessments.assessment(version: rows[index].lastVersion).preScan.verdict
            rows[index].verdict = verdict.map(Words.verdict) ?? "–"
        }
        switch query["sort"] {
        case "title": rows.sort { ($0.title, $0.id) < ($1.title, $1.id) }
        case "overdue": rows.sort { ($1.overdueMeasures, $0.id) < ($0.overdueMeasures, $1.id) }
        case "risks": rows.sort { ($1.openHighRisks, $0.id) < ($0.openHighRisks, $1.id) }
        default: break
        }
        let statusChoices = [("", "alle")] + ActivityStatus.allCases.map { ($0.rawValue, Words.status($0)) }
        let sortChoices = [("id", "id"), ("title", "titel"), ("overdue", "meeste te late maatregelen"), ("risks", "meeste hoge risico's")]
        return try page("overview", OverviewPage(
            frame: frame("Register", context.session), rows: rows,
            statuses: statusChoices.map { .init(value: $0.0, label: $0.1, selected: (query["status"] ?? "") == $0.0) },
            sorts: sortChoices.map { .init(value: $0.0, label: $0.1, selected: (query["sort"] ?? "id") == $0.0) },
            empty: rows.isEmpty))
    }

    // MARK: - Activity

    /// The activity id of the path, known to the register.
    func activityID(_ context: ServeContext) throws -> String {
        guard let id = context.parameters.get("id"), try register.activityIDs().contains(id) else {
            throw PageError.notFound("Het register kent deze verwerking niet.")
        }
        return id
    }

    private func activity(_ request: Request, _ context: ServeContext) async throws -> Response {
        let id = try activityID(context)
        let history = try register.history(of: id)
        guard let latest = history.versions.last else { throw PageError.notFound("Van deze verwerking is nog geen versie vastgelegd.") }
        let assessment = try await assessments.assessment(version: latest.versionID)
        let measures = try register.measures(matching: MeasureQuery(activityID: id, today: configuration.today()))
        let versions = history.versions.reversed().map { version in
            ActivityPage.Version(
                sequence: version.sequence, versionID: version.versionID, recordedOn: version.recordedOn.description,
                label: version.label, status: Words.status(version.status), high: version.findings.high,
                residualHigh: version.findings.residualHigh,
                diffLink: version.sequence > 1
                    ? Paths.activity(id) + "/diff?from=" + Paths.encode(history.versions[version.sequence - 2].versionID)
                        + "&to=" + Paths.encode(version.versionID)
                    : nil)
        }
        return try page("activity", ActivityPage(
            frame: frame(latest.title, context.session), id: id, title: latest.title,
            verdict: Words.verdict(assessment.preScan.verdict), reportLink: Paths.activity(id) + "/report",
            versions: versions, measures: measures.map(MeasureRow.init), hasMeasures: !measures.isEmpty,
            diffAction: Paths.activity(id) + "/diff",
            versionChoices: history.versions.reversed().map {
                .init(value: $0.versionID, label: "\($0.sequence). \($0.versionID) (\($0.recordedOn))", selected: false)
            },
            canCompare: history.versions.count > 1))
    }

    /// The DPIA of a recorded version (the latest, or `?version=`) exactly as `dpia report` renders it,
    /// with the measures' progress from the register.
    private func report(_ request: Request, _ context: ServeContext) async throws -> Response {
        let id = try activityID(context)
        let version = try versionID(Self.query(request).text("version"), of: id) ?? register.history(of: id).versions.last?.versionID
        guard let version else { throw PageError.notFound("Van deze verwerking is nog geen versie vastgelegd.") }
        let assessment = try await assessments.assessment(version: version)
        let progress = Dictionary(try register.measureProgress(activityID: id).map { ($0.measureID, $0) },
                                  uniquingKeysWith: { first, _ in first })
        let rendered = try ReportRenderer(templates: templates).render(assessment, options: ReportOptions(progress: progress))
        return html(rendered.html)
    }

    /// A version id given in the address, which must be a recorded version of this activity.
    func versionID(_ text: String?, of activityID: String) throws -> String? {
        guard let text else { return nil }
        guard text.hasPrefix(activityID + "@"),
              let match = try register.history(of: activityID).versions.first(where: { $0.versionID.hasPrefix(text) }) else {
            throw PageError.notFound("'\(text)' is geen vastgelegde versie van \(activityID).")
        }
        return match.versionID
    }

    // MARK: - Diff

    /// What changed between two recorded versions, as `dpia diff` shows it in HTML.
    private func diff(_ request: Request, _ context: ServeContext) async throws -> Response {
        let id = try activityID(context)
        let query = Self.query(request)
        let versions = try register.history(of: id).versions
        guard versions.count > 1 || (query["from"] != nil && query["to"] != nil) else {
            throw PageError.notFound("Er is maar één versie vastgelegd: er is nog niets te vergelijken.")
        }
        let from = try versionID(query.text("from"), of: id) ?? versions[versions.count - 2].versionID
        let to = try versionID(query.text("to"), of: id) ?? versions[versions.count - 1].versionID
        let old = try await assessments.assessment(version: from), new = try await assessments.assessment(version: to)
        let diff = ActivityDiffer().diff(old: old, new: new)
        let page = DiffPresenter(language: new.activity.language).render(diff, as: .html)
        // The page is dpia diff's own document; a bar on top says which recorded versions it compares and leads back.
        let bar = "<p style=\"font: 14px/1.4 system-ui, sans-serif; background: #eef2f7; padding: .5em 1em\"><a href=\"\(HTMLEscaping.escape(Paths.activity(id)))\">← \(HTMLEscaping.escape(id))</a> · "
            + "versie \(HTMLEscaping.escape(from)) → \(HTMLEscaping.escape(to))</p>\n"
        guard let body = page.range(of: "<body>") else { return html(bar + page) }
        return html(page.replacingCharacters(in: body, with: "<body>\n" + bar))
    }

    // MARK: - Actions board

    private func board(_ request: Request, _ context: ServeContext) throws -> Response {
        let query = Self.query(request)
        let measures = try boardMeasures(query)
        let all = try register.activityIDs()
        let statusChoices: [(String, String)] = [("", "alle"), ("open", "open (gepland of in uitvoering)"), ("overdue", "te laat")]
            + MeasureStatus.allCases.map { ($0.rawValue, Words.measureStatus($0)) }
        let filter = query.encoded(without: "page")
        let size = configuration.boardPageSize
        let number = max(1, Int(query["page"] ?? "") ?? 1)
        let start = min((number - 1) * size, measures.count), end = min(start + size, measures.count)
        func link(_ page: Int) -> String { "/actions?" + (filter.isEmpty ? "" : filter + "&") + "page=\(page)" }
        return try page("board", BoardPage(
            frame: frame("Maatregelen", context.session), rows: measures[start..<end].map(MeasureRow.init),
            owner: query.text("owner"), activity: query.text("activity"),
            statuses: statusChoices.map { .init(value: $0.0, label: $0.1, selected: (query["status"] ?? "") == $0.0) },
            activities: [.init(value: "", label: "alle", selected: query.text("activity") == nil)]
                + all.map { .init(value: $0, label: $0, selected: query["activity"] == $0) },
            count: measures.count, overdueCount: measures.count(where: \.isOverdue),
            csvLink: "/actions.csv" + (filter.isEmpty ? "" : "?" + filter), icsLink: "/actions.ics" + (filter.isEmpty ? "" : "?" + filter),
            firstShown: start + 1, lastShown: end, previousLink: number > 1 ? link(number - 1) : nil,
            nextLink: end < measures.count ? link(number + 1) : nil, hasRows: end > start))
    }

    /// The measures the board's filters select (`owner`, `status`, `activity`), by deadline (none last).
    func boardMeasures(_ query: Form) throws -> [TrackedMeasure] {
        var statuses: Set<MeasureStatus>?
        var overdueOnly = false
        switch query.text("status") {
        case nil: statuses = nil
        case "open": statuses = [.planned, .inProgress]
        case "overdue": overdueOnly = true
        case let text?:
            guard let status = MeasureStatus(rawValue: text) else { throw PageError.badRequest("'\(text)' is geen status van een maatregel.") }
            statuses = [status]
        }
        let activity = query.text("activity")
        if let activity, try !register.activityIDs().contains(activity) { throw PageError.notFound("Het register kent deze verwerking niet.") }
        let measures = try register.measures(matching: MeasureQuery(
            activityID: activity, owner: query.text("owner"), statuses: statuses, overdueOnly: overdueOnly,
            today: configuration.today()))
        return measures.sorted { lhs, rhs in
            switch (lhs.measure.due, rhs.measure.due) {
            case let (left?, right?) where left != right: return left < right
            case (nil, _?): return false
            case (_?, nil): return true
            default: return (lhs.activityID, lhs.measure.id) < (rhs.activityID, rhs.measure.id)
            }
        }
    }
}
