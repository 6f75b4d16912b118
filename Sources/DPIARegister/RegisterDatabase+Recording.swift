import DPIAAnalysis
import DPIAModel
import GRDB

extension RegisterDatabase {
    /// Records the analysed versions of activities on `date`, all in one transaction.
    ///
    /// A version whose content equals the activity's latest recorded version adds nothing (`unchanged`).
    /// The spec path recorded with a version is the assessment's `sourceMap.file`.
    public func record(_ assessments: [Assessment], on date: CalendarDate) throws -> [RecordOutcome] {
        let fingerprints = try assessments.map { try ActivityFingerprint($0.activity) }
        return try write { db in
            try zip(assessments, fingerprints).map { assessment, fingerprint in
                try Self.record(assessment, fingerprint: fingerprint, on: date, in: db)
            }
        }
    }

    private static func record(
        _ assessment: Assessment, fingerprint: ActivityFingerprint, on date: CalendarDate,
        in db: Database
    ) throws -> RecordOutcome {
        let activityID = fingerprint.activityID
        let versionID = fingerprint.versionID
        let latest = try RecordingRecord.filter(Column("activity_id") == activityID).order(Column("id").desc).fetchOne(db)
        if let stored = try ActivityVersionRecord.fetchOne(db, key: versionID), stored.contentHash != fingerprint.contentHash {
            throw RegisterError.versionCollision(activityID: activityID, versionID: versionID)
        }
        if latest?.versionID == versionID {
            return RecordOutcome(
                activityID: activityID, versionID: versionID, contentHash: fingerprint.contentHash,
                kind: .unchanged, previousVersionID: nil,
                reassessment: try reassessmentNotice(for: activityID, in: db))
        }
        if try !ActivityRecord.exists(db, key: activityID) {
            try ActivityRecord(id: activityID, firstRecordedOn: date.description).insert(db)
        }
        let kind: RecordOutcome.Kind
        if try ActivityVersionRecord.exists(db, key: versionID) {
            kind = .returned
        } else {
            kind = .new
            try insertVersion(of: assessment, fingerprint: fingerprint, in: db)
        }
        var recording = RecordingRecord(
            activityID: activityID, versionID: versionID, recordedOn: date.description,
            sourcePath: assessment.sourceMap.file.isEmpty ? nil : assessment.sourceMap.file)
        try recording.insert(db)
        return RecordOutcome(
            activityID: activityID, versionID: versionID, contentHash: fingerprint.contentHash, kind: kind,
            previousVersionID: latest?.versionID, reassessment: try reassessmentNotice(for: activityID, in: db))
    }

    private static func insertVersion(of assessment: Assessment, fingerprint: ActivityFingerprint, in db: Database) throws {
        let activity = assessment.activity
        let versionID = fingerprint.versionID
        try ActivityVersionRecord(
            id: versionID, activityID: activity.id, contentHash: fingerprint.contentHash, title: activity.title,
            label: activity.version, status: activity.status, adoptedOn: activity.governance?.adoptedOn?.description,
            content: fingerprint.contentText
        ).insert(db)
        for finding in assessment.findings {
            let origin =
                switch finding.origin {
                case .rule: "rule"
                case .declaredRisk: "declared-risk"
                }
            try FindingRecord(
                versionID: versionID, id: finding.id, ruleID: finding.ruleID, origin: origin,
                elementPath: finding.elementPath, title: finding.title.nl, likelihood: finding.likelihood,
                impact: finding.impact, level: finding.level, residual: finding.residualLevel,
                addressed: finding.isAddressed, decision: finding.treatment?.decision,
                measures: jsonArray(finding.treatment?.measures ?? [])
            ).insert(db)
        }
        for measure in activity.measures ?? [] {
            try MeasureRecord(versionID: versionID, measure: measure).insert(db)
        }
    }

    /// A JSON array of strings, in the given order.
    static func jsonArray(_ strings: [String]) -> String {
        JSONValue.array(strings.map { .string($0) }).canonicalText
    }

    /// Whether the activity was adopted and has changed since, and what changed.
    ///
    /// A recorded version is an adoption when its status is `adopted` and the version recorded before it was
    /// not adopted or gave another `governance.adopted_on`. Editing an adopted spec without adopting it again
    /// (a new status or adoption date) therefore makes it outdated.
    static func reassessmentNotice(for activityID: String, in db: Database) throws -> ReassessmentNotice? {
        let timeline = try Row.fetchAll(
            db,
            sql: """
                SELECT r.version_id, r.recorded_on, v.status, v.adopted_on
                FROM recording r JOIN activity_version v ON v.id = r.version_id
                WHERE r.activity_id = ? ORDER BY r.id
                """, arguments: [activityID])
        var adoption: Row?
        var previous: Row?
        for row in timeline {
            let status: String? = row["status"]
            let adoptedOn: String? = row["adopted_on"]
            if status == ActivityStatus.adopted.rawValue,
                previous?["status"] != ActivityStatus.adopted.rawValue || previous?["adopted_on"] != adoptedOn
            {
                adoption = row
            }
            previous = row
        }
        guard let adoption, let current = timeline.last else { return nil }
        let adoptedID: String = adoption["version_id"], currentID: String = current["version_id"]
        let currentStatus = (current["status"] as String?).flatMap(ActivityStatus.init(rawValue:))
        guard adoptedID != currentID, currentStatus != .retired else { return nil }
        let adopted = try fingerprint(of: adoptedID, in: db), now = try fingerprint(of: currentID, in: db)
        return ReassessmentNotice(
            activityID: activityID, adoptedVersionID: adoptedID,
            adoptedRecordedOn: CalendarDate(iso: adoption["recorded_on"]) ?? CalendarDate(year: 1, month: 1, day: 1),
            currentVersionID: currentID, currentStatus: currentStatus, changedSections: now.changedSections(since: adopted))
    }

    /// The fingerprint of a stored version, rebuilt from its content.
    static func fingerprint(of versionID: String, in db: Database) throws -> ActivityFingerprint {
        let version = try ActivityVersionRecord.find(db, key: versionID)
        return try ActivityFingerprint(activityID: version.activityID, storedContent: version.content)
    }
}

extension MeasureRecord {
    /// The row for a measure of the spec, in one version.
    init(versionID: String, measure: Measure) {
        self.init(
            versionID: versionID, id: measure.id, decision: measure.decision, description: measure.description,
            owner: measure.owner, due: measure.due?.description, status: measure.status,
            residual: measure.residual, type: measure.type, evidence: measure.evidence,
            addresses: RegisterDatabase.jsonArray(measure.addresses))
    }

    /// The measure as the spec wrote it.
    var measure: Measure {
        let addresses =
            (try? JSONValue(canonicalParsing: self.addresses)).map { value -> [String] in
                guard case .array(let items) = value else { return [] }
                return items.compactMap { if case .string(let id) = $0 { id } else { nil } }
            } ?? []
        return Measure(
            id: id, addresses: addresses, decision: decision, description: description, owner: owner,
            due: due.flatMap(CalendarDate.init(iso:)), status: status, residual: residual, type: type,
            evidence: evidence)
    }
}
