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
        router.get("/actions") { request, context in try await board(request, context) }
    }

    // MARK: - Register overview

    private func overview(_ request: Request, _ context: ServeContext) async throws -> Response {
        let query = Self.query(request)
        // The versions and the open and overdue measures from the board's cache, which keeps them current.
        let (versions, counts) = try await boardCache.overview(today: configuration.today())
        var rows: [OverviewPage.Row] = []
        for latest in versions {
            if let wanted = query.text("status"), latest.status?.rawValue != wanted { continue }
            let own = counts[latest.activityID] ?? (0, 0)
            rows.append(
                OverviewPage.Row(
                    id: latest.activityID, link: Paths.activity(latest.activityID), title: latest.title,
                    status: words.status(latest.status), verdict: "",
                    openHighRisks: latest.findings.residualHigh, openMeasures: own.open,
                    overdueMeasures: own.overdue, lastVersion: latest.versionID,
                    lastRecordedOn: latest.recordedOn.description))
        }
        switch query["sort"] {
        case "title": rows.sort { ($0.title, $0.id) < ($1.title, $1.id) }
        case "overdue": rows.sort { ($1.overdueMeasures, $0.id) < ($0.overdueMeasures, $1.id) }
        case "risks": rows.sort { ($1.openHighRisks, $0.id) < ($0.openHighRisks, $1.id) }
        default: break
        }
        // One page at a time, as the board: a register of thousands of activities stays a page to read.
        let paging = Paging(
            Paging.Request(query, size: configuration.boardPageSize), total: rows.count, path: "/",
            filter: query.encoded(without: "page"), words: words)
        let count = rows.count
        rows = Array(rows[paging.range])
        // The pre-scan verdict comes from the analysis of each shown latest version (cached per version).
        for index in rows.indices {
            let verdict = try? await assessments.assessment(version: rows[index].lastVersion).preScan.verdict
            rows[index].verdict = verdict.map(words.verdict) ?? "–"
        }
        let statusChoices = [("", words("serve_all"))] + ActivityStatus.allCases.map { ($0.rawValue, words.status($0)) }
        let sortChoices = [
            ("id", "id"), ("title", words("serve_sort_title")), ("overdue", words("serve_sort_overdue")),
            ("risks", words("serve_sort_risks")),
        ]
        return try page(
            "overview",
            OverviewPage(
                frame: frame(words("serve_register"), context.session), rows: rows,
                statuses: .options(statusChoices, selected: query["status"] ?? ""),
                sorts: .options(sortChoices, selected: query["sort"] ?? "id"),
                empty: count == 0, paging: paging))
    }

    // MARK: - Activity

    /// The activity id of the path, known to the register.
    func activityID(_ context: ServeContext) throws -> String {
        guard let id = context.parameters.get("id"), try register.hasActivity(id) else {
            throw PageError.notFound(words("serve_unknown_activity"))
        }
        return id
    }

    private func activity(_ request: Request, _ context: ServeContext) async throws -> Response {
        let id = try activityID(context)
        let history = try register.history(of: id)
        guard let latest = history.versions.last else { throw PageError.notFound(words("serve_no_version")) }
        let assessment = try await assessments.assessment(version: latest.versionID)
        let measures = try register.measures(matching: MeasureQuery(activityID: id, today: configuration.today()))
        let versions = history.versions.reversed().map { version in
            ActivityPage.Version(
                sequence: version.sequence, versionID: version.versionID, recordedOn: version.recordedOn.description,
                label: version.label, status: words.status(version.status), high: version.findings.high,
                residualHigh: version.findings.residualHigh,
                diffLink: version.sequence > 1
                    ? Paths.activity(id) + "/diff?from=" + Paths.encode(history.versions[version.sequence - 2].versionID)
                        + "&to=" + Paths.encode(version.versionID)
                    : nil)
        }
        return try page(
            "activity",
            ActivityPage(
                frame: frame(latest.title, context.session), id: id, title: latest.title,
                verdict: words.verdict(assessment.preScan.verdict), reportLink: Paths.activity(id) + "/report",
                versions: versions, measures: measures.map { MeasureRow($0, words: words) }, hasMeasures: !measures.isEmpty,
                diffAction: Paths.activity(id) + "/diff",
                // Preselected: the version before the latest against the latest, what a reviewer compares most.
                fromChoices: versionChoices(history.versions, selected: history.versions.count - 2),
                toChoices: versionChoices(history.versions, selected: history.versions.count - 1),
                canCompare: history.versions.count > 1))
    }

    /// The recorded versions as choices of the compare form, newest first, the one at `selected` (oldest 0) chosen.
    private func versionChoices(_ versions: [VersionSummary], selected: Int) -> [OverviewPage.Choice] {
        versions.enumerated().reversed().map { offset, version in
            .init(
                value: version.versionID, label: "\(version.sequence). \(version.versionID) (\(version.recordedOn))",
                selected: offset == selected)
        }
    }

    /// The DPIA of a recorded version (the latest, or `?version=`) exactly as `dpia report` renders it,
    /// with the measures' progress from the register.
    private func report(_ request: Request, _ context: ServeContext) async throws -> Response {
        let id = try activityID(context)
        let versions = try register.history(of: id).versions
        let wanted = try versionID(Self.query(request).text("version"), of: id) ?? versions.last?.versionID
        // The report carries the day its version was recorded, not the day someone opens the page.
        guard let version = versions.last(where: { $0.versionID == wanted }) else {
            throw PageError.notFound(words("serve_no_version"))
        }
        let assessment = try await assessments.assessment(version: version.versionID)
        let progress = Dictionary(
            try register.measureProgress(activityID: id).map { ($0.measureID, $0) },
            uniquingKeysWith: { first, _ in first })
        let rendered = try ReportRenderer(templates: templates).render(
            assessment, options: ReportOptions(date: version.recordedOn, progress: progress))
        return try document(
            rendered.html,
            bar: DocumentBar(
                frame: frame(version.title, context.session), activityID: id, activityLink: Paths.activity(id),
                what: words(
                    "serve_dpia_version",
                    ["sequence": "\(version.sequence)", "version": version.versionID, "recorded": version.recordedOn.description])))
    }

    /// A version id given in the address, which must be a recorded version of this activity.
    func versionID(_ text: String?, of activityID: String) throws -> String? {
        guard let text else { return nil }
        guard text.hasPrefix(activityID + "@"),
            let match = try register.history(of: activityID).versions.first(where: { $0.versionID.hasPrefix(text) })
        else {
            throw PageError.notFound(words("serve_not_a_version", ["version": text, "activity": activityID]))
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
            throw PageError.notFound(words("serve_one_version"))
        }
        let from = try versionID(query.text("from"), of: id) ?? versions[versions.count - 2].versionID
        let to = try versionID(query.text("to"), of: id) ?? versions[versions.count - 1].versionID
        let old = try await assessments.assessment(version: from), new = try await assessments.assessment(version: to)
        let diff = ActivityDiffer().diff(old: old, new: new)
        let page = DiffPresenter(language: new.activity.language).render(diff, as: .html)
        return try document(
            page,
            bar: DocumentBar(
                frame: frame(words("serve_what_changed_title"), context.session), activityID: id, activityLink: Paths.activity(id),
                what: words("serve_what_changed_versions", ["from": from, "to": to])))
    }

    /// A document of the command line (report, diff) with the page header and a line saying where it
    /// belongs on top, so that it reads as a page of the server.
    private func document(_ page: String, bar: DocumentBar) throws -> Response {
        let top = try templates.render(document: "serve/bar.html", language: words.language.rawValue, bar)
        guard let body = page.range(of: "<body>") else { return html(top + page) }
        return html(page.replacingCharacters(in: body, with: "<body>\n" + top))
    }

    // MARK: - Actions board

    private func board(_ request: Request, _ context: ServeContext) async throws -> Response {
        let query = Self.query(request)
        let asked = Paging.Request(query, size: configuration.boardPageSize)
        let slice = try await boardSlice(query, offset: asked.offset, limit: asked.size, html: true)
        let statusChoices: [(String, String)] =
            [("", words("serve_all")), ("open", words("serve_open_choice")), ("overdue", words("serve_late"))]
            + MeasureStatus.allCases.map { ($0.rawValue, words.measureStatus($0)) }
        let filter = query.encoded(without: "page")
        // A list of names to choose from while it fits on a screen; for a larger register a field for the id.
        let activities = slice.activities ?? []
        return try page(
            "board",
            BoardPage(
                frame: frame(words("serve_measures"), context.session), rows: slice.html.map(RenderedRow.init),
                owner: query.text("owner"), activity: query.text("activity"), status: query.text("status"),
                statuses: .options(statusChoices, selected: query["status"] ?? ""),
                activities: slice.activities == nil
                    ? []
                    : [.init(value: "", label: words("serve_all"), selected: query.text("activity") == nil)]
                        + activities.map { .init(value: $0.id, label: $0.title, selected: query["activity"] == $0.id) },
                chooseActivity: slice.activities != nil,
                overdueCount: words.number(slice.overdue),
                csvLink: "/actions.csv" + (filter.isEmpty ? "" : "?" + filter),
                icsLink: "/actions.ics" + (filter.isEmpty ? "" : "?" + filter),
                paging: Paging(asked, total: slice.count, path: "/actions", filter: filter, words: words)))
    }

    /// Up to this many activities the board's filter lists them by name.
    static let activityChoiceLimit = 300

    /// The measures the board's filters select (`owner`, `status`, `activity`), by deadline (none last):
    /// `limit` of them from `offset` on, with their counts and (while few) the activities that have measures.
    func boardSlice(_ query: Form, offset: Int = 0, limit: Int = .max, html: Bool = false) async throws -> BoardCache.Slice {
        var filter = MeasureQuery(activityID: query.text("activity"), owner: query.text("owner"), today: configuration.today())
        switch query.text("status") {
        case nil: break
        case "open": filter.statuses = [.planned, .inProgress]
        case "overdue": filter.overdueOnly = true
        case let text?:
            guard let status = MeasureStatus(rawValue: text) else {
                throw PageError.badRequest(words("serve_not_a_measure_status", ["status": text]))
            }
            filter.statuses = [status]
        }
        let slice = try await boardCache.slice(filter, offset: offset, limit: limit, listLimit: Self.activityChoiceLimit, html: html)
        if let activity = filter.activityID, !slice.activityHasMeasures, try !register.hasActivity(activity) {
            throw PageError.notFound(words("serve_unknown_activity"))
        }
        return slice
    }
}
