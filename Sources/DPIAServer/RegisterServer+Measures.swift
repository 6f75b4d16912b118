import DPIAModel
import DPIARegister
import DPIARender
import Foundation
import HTTPTypes
import Hummingbird

extension RegisterServer {
    func addMeasureRoutes(to router: RouterGroup<ServeContext>) {
        router.get("/activities/:id/measures/:measure") { request, context in try await measurePage(request, context) }
        router.post("/activities/:id/measures/:measure") { request, context in try await updateMeasure(request, context) }
    }

    /// Whether the signed-in user may update the measures of an activity: privacy officers all, project
    /// leads those of the activities assigned to them, reviewers and viewers none.
    func mayUpdate(activityID: String, session: Session?) throws -> Bool {
        guard let session, let name = session.userName else { return false }
        switch session.role {
        case .privacyOfficer: return true
        case .projectLead: return try register.assignedActivities(of: name).contains(activityID)
        case .reviewer, .viewer, nil: return false
        }
    }

    private func history(_ context: ServeContext) throws -> MeasureHistory {
        let id = try activityID(context)
        guard let measureID = context.parameters.get("measure") else { throw PageError.notFound(words("serve_measure_unknown")) }
        do {
            return try register.history(ofMeasure: measureID, activityID: id, today: configuration.today())
        } catch is RegisterError {
            throw PageError.notFound(words("serve_no_such_measure", ["activity": id, "measure": measureID]))
        }
    }

    private func measurePage(_ request: Request, _ context: ServeContext) async throws -> Response {
        let history = try history(context)
        let current = history.current
        let canUpdate = try mayUpdate(activityID: current.activityID, session: context.session)
        let addresses = try await addressedRisks(current)
        return try page(
            "measure",
            MeasurePage(
                frame: frame(words("serve_measure") + " " + current.measure.id, context.session),
                measure: MeasureRow(current, words: words),
                activityLink: Paths.activity(current.activityID), decision: words.decision(current.measure.decision),
                addresses: addresses, hasAddresses: !addresses.isEmpty,
                definitions: history.definitions.map { definition in
                    let text =
                        definition.measure.map {
                            words(
                                "serve_definition",
                                [
                                    "owner": $0.owner ?? words("serve_none"), "due": $0.due?.description ?? words("serve_none"),
                                    "status": $0.status.map(words.measureStatus) ?? words("serve_none"),
                                ])
                        } ?? words("serve_removed_from_spec")
                    return .init(versionID: definition.versionID, recordedOn: definition.recordedOn.description, text: text)
                },
                events: history.events.reversed().map {
                    .init(
                        on: $0.occurredOn, status: words.measureStatus($0.status), author: $0.author, note: $0.note,
                        evidence: $0.evidence, evidenceIsLink: EvidenceLink.isWebLink($0.evidence))
                },
                hasEvents: !history.events.isEmpty,
                // After "Vastleggen" the form leads here with ?vastgelegd: confirmed when the last update is this user's.
                saved: Self.query(request)["vastgelegd"] != nil
                    && history.events.last.map { $0.author == context.session?.userName } == true,
                canUpdate: canUpdate,
                action: Paths.measure(activityID: current.activityID, measureID: current.measure.id),
                statuses: MeasureStatus.allCases.map {
                    .init(value: $0.rawValue, label: words.measureStatus($0), selected: $0 == current.progress.status)
                }))
    }

    /// The risks the measure addresses, in the report's words ("R2 Title (Hoog)"), from the version that
    /// defines it; addresses that match no risk are shown as written in the spec.
    private func addressedRisks(_ tracked: TrackedMeasure) async throws -> [String] {
        let assessment = try await assessments.assessment(version: tracked.versionID)
        guard let row = ReportViewModel(assessment: assessment).measures.rows.first(where: { $0.id == tracked.measure.id }) else {
            return tracked.measure.addresses
        }
        let unmatched = row.unmatched.isEmpty ? [] : row.unmatched.components(separatedBy: ", ")
        return row.risks.map { "\($0.number) \($0.title) (\($0.level))" } + unmatched
    }

    /// Records the update as `dpia actions update` does, with the signed-in user as author and today as day.
    private func updateMeasure(_ request: Request, _ context: ServeContext) async throws -> Response {
        let form = try await form(of: request, context: context)
        try requireToken(form, session: context.session)
        // The update itself finds the measure (one write); nothing is read before it but the activity.
        let activityID = try activityID(context)
        guard let measureID = context.parameters.get("measure") else { throw PageError.notFound(words("serve_measure_unknown")) }
        guard try mayUpdate(activityID: activityID, session: context.session) else {
            throw PageError.forbidden(words("serve_update_refused", ["activity": activityID]))
        }
        guard let statusText = form.text("status"), let status = MeasureStatus(rawValue: statusText) else {
            throw PageError.badRequest(words("serve_status_needed"))
        }
        let note = form.text("note"), evidence = form.text("evidence")
        if (note?.count ?? 0) > 2_000 { throw PageError.badRequest(words("serve_note_too_long")) }
        if (evidence?.count ?? 0) > 500 {
            throw PageError.badRequest(words("serve_evidence_too_long"))
        }
        let update = MeasureUpdate(
            measureID: measureID, activityID: activityID, status: status, on: configuration.today(),
            note: note, evidence: evidence, author: context.session?.userName)
        do {
            _ = try await offload { [register] in try register.update(update) }
        } catch RegisterError.unknownMeasure {
            throw PageError.notFound(words("serve_no_such_measure", ["activity": activityID, "measure": measureID]))
        } catch let error as RegisterError {
            // A text the register refuses (a control character in the note): said, nothing recorded.
            if case .invalidUpdateText = error { throw PageError.badRequest(error.message[words.language]) }
            throw error
        }
        return redirect(Paths.measure(activityID: activityID, measureID: measureID) + "?vastgelegd")
    }
}
