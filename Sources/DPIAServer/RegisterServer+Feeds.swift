import DPIAAnalysis
import DPIAModel
import DPIARegister
import DPIARender
import HTTPTypes
import Hummingbird

extension RegisterServer {
    func addFeedRoutes(to router: RouterGroup<ServeContext>) {
        router.get("/actions.csv") { request, _ in
            let measures = try boardMeasures(Self.query(request))
            return file(Self.csv(measures), type: "text/csv; charset=utf-8", name: "maatregelen.csv")
        }
        router.get("/actions.ics") { request, _ in
            let measures = try boardMeasures(Self.query(request))
            return file(CalendarFeed.render(measures, today: configuration.today()), type: "text/calendar; charset=utf-8",
                        name: "maatregelen.ics")
        }
        router.get("/register.json") { _, _ in
            var assessments: [DPIAAnalysis.Assessment] = []
            for latest in try register.latestVersions() {
                assessments.append(try await self.assessments.assessment(version: latest.versionID))
            }
            let rendered = try ReportRenderer(templates: templates).renderRegister(
                assessments, options: ProcessingRegisterOptions(language: .nl, date: configuration.today()))
            return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(string: rendered.json)))
        }
    }

    /// The board as CSV, with the register CSV's quoting and formula guard (`;`, BOM, CRLF, as Excel in Dutch reads it).
    static func csv(_ measures: [TrackedMeasure]) -> String {
        let header = ["activiteit", "maatregel", "status", "te laat", "deadline", "eigenaar", "bijgewerkt", "bewijs"]
        let rows = [header] + measures.map {
            [$0.activityID, $0.measure.id, $0.progress.status.rawValue, $0.isOverdue ? "ja" : "nee",
             $0.measure.due?.description ?? "", $0.measure.owner ?? "", $0.progress.updatedOn?.description ?? "",
             $0.progress.evidence ?? ""]
        }
        return RegisterCSV.writer.document(rows)
    }
}
