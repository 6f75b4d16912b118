import DPIAAnalysis
import DPIAModel
import DPIARegister
import DPIARender
import Foundation
import HTTPTypes
import Hummingbird

extension RegisterServer {
    /// The calendar feed, outside the sign-in: a calendar app cannot sign in, so it may show the
    /// user's feed token (`?token=`, made with ``addFeedTokenRoute(to:)``) instead of a session.
    func addCalendarRoute(to router: Router<ServeContext>) {
        router.get("/actions.ics") { request, context in
            let query = Self.query(request)
            if context.session?.isSignedIn != true {
                guard let token = query.text("token") else { return redirect("/login") }
                guard try register.user(withFeedTokenHash: SHA256.hexDigest(of: token)) != nil else {
                    throw PageError.forbidden(words("serve_calendar_link_invalid"))
                }
            }
            let measures = try await boardSlice(query).rows
            return file(
                CalendarFeed.render(measures, today: configuration.today(), words: words), type: "text/calendar; charset=utf-8",
                name: words("serve_measures_file") + ".ics")
        }
    }

    /// A new calendar link for the signed-in user, with the board's filters; it replaces the previous one,
    /// and is shown once (the register keeps only its SHA-256).
    func addFeedTokenRoute(to router: RouterGroup<ServeContext>) {
        router.post("/feed-token") { request, context in
            let form = try await form(of: request, context: context)
            try requireToken(form, session: context.session)
            guard let name = context.session?.userName else { return redirect("/login") }
            let token = RandomToken.make()
            try register.setFeedTokenHash(SHA256.hexDigest(of: token), ofUser: name, on: configuration.today())
            var fields = ["owner", "status", "activity"].compactMap { key in
                form.text(key).map { Paths.encode(key) + "=" + Paths.encode($0) }
            }
            fields.append("token=" + token)
            let host = request.head.authority ?? "\(configuration.host):\(configuration.port)"
            let scheme = configuration.secureCookies ? "https" : "http"
            return try page(
                "feed",
                FeedPage(
                    frame: frame(words("serve_calendar_link"), context.session),
                    link: "\(scheme)://\(host)/actions.ics?" + fields.joined(separator: "&")))
        }
    }

    func addFeedRoutes(to router: RouterGroup<ServeContext>) {
        router.get("/actions.csv") { request, _ in
            let measures = try await boardSlice(Self.query(request)).rows
            return file(Self.csv(measures, words: words), type: "text/csv; charset=utf-8", name: words("serve_measures_file") + ".csv")
        }
        router.get("/register.json") { _, _ in
            var assessments: [DPIAAnalysis.Assessment] = []
            for latest in try register.latestVersions() {
                assessments.append(try await self.assessments.assessment(version: latest.versionID))
            }
            let rendered = try ReportRenderer(templates: templates).renderRegister(
                assessments, options: ProcessingRegisterOptions(language: words.language, date: configuration.today()))
            return Response(
                status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: rendered.json)))
        }
    }

    /// The board as CSV, with the register CSV's quoting and formula guard (`;`, BOM, CRLF, as Excel in Dutch reads it).
    static func csv(_ measures: [TrackedMeasure], words: Words) -> String {
        let header = [
            "serve_csv_activity", "serve_measure_lower", "serve_csv_status", "serve_late", "serve_csv_deadline", "serve_csv_owner",
            "serve_csv_updated", "serve_csv_evidence",
        ].map { words($0) }
        let rows =
            [header]
            + measures.map {
                [
                    $0.activityID, $0.measure.id, words.measureStatus($0.progress.status), words($0.isOverdue ? "serve_yes" : "serve_no"),
                    $0.measure.due?.description ?? "", $0.measure.owner ?? "", $0.progress.updatedOn?.description ?? "",
                    $0.progress.evidence ?? "",
                ]
            }
        return RegisterCSV.writer.document(rows)
    }
}
