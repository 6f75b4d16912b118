/// The whole register as one JSON document, table by table, so that a register is never locked inside
/// one file format (`dpia export`, `dpia restore`).
///
/// Rows keep their column names and their ids, so that an export restored into a new register exports
/// to the same document again.
public struct RegisterExport: Codable, Sendable, Hashable {
    /// The name of this document format.
    public static let formatName = "dpia-register-export/v1"

    public var format: String
    /// The schema migrations of the register that was exported.
    public var migrations: [String]
    public var activities: [ActivityRecord]
    public var versions: [ActivityVersionRecord]
    public var recordings: [RecordingRecord]
    public var findings: [FindingRecord]
    public var measures: [MeasureRecord]
    public var measureEvents: [MeasureEventRecord]

    public init(
        format: String = RegisterExport.formatName, migrations: [String], activities: [ActivityRecord],
        versions: [ActivityVersionRecord], recordings: [RecordingRecord], findings: [FindingRecord],
        measures: [MeasureRecord], measureEvents: [MeasureEventRecord]
    ) {
        self.format = format; self.migrations = migrations; self.activities = activities; self.versions = versions
        self.recordings = recordings; self.findings = findings; self.measures = measures
        self.measureEvents = measureEvents
    }

    enum CodingKeys: String, CodingKey {
        case format, migrations, activities, versions, recordings, findings, measures
        case measureEvents = "measure_events"
    }
}
