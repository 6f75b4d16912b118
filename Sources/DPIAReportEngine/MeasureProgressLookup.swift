import DPIAModel
import DPIARegister
import Foundation

/// Finds the progress of an activity's measures for `dpia report`: in the register given with `--db`, else in
/// `register.sqlite` next to the activity's spec. No register there means no progress yet (an empty list).
///
/// Usage in a command: `@OptionGroup var register: RegisterOptions`, then
/// `var lookup = MeasureProgressLookup(database: register.database)` and
/// `try lookup.progressByMeasure(activityID: id, specFile: path)`.
public struct MeasureProgressLookup {
    private let database: String?
    private var opened: [String: RegisterDatabase?] = [:]

    public init(database: String?) { self.database = database }

    /// The progress of every measure of activity `activityID`, whose spec is the file `specFile`,
    /// removed measures included; empty without a register.
    public mutating func progress(activityID: String, specFile: String) throws -> [MeasureProgress] {
        try register(for: specFile)?.measureProgress(activityID: activityID) ?? []
    }

    /// The versions of activity `activityID` recorded in the register (`dpia record`), oldest first, as
    /// lines of the report's version table; empty without a register or when the activity was never recorded.
    public mutating func recordedVersions(activityID: String, specFile: String) throws -> [DocumentVersion] {
        guard let register = try register(for: specFile), try register.hasActivity(activityID) else { return [] }
        return try register.history(of: activityID).versions.map { version in
            DocumentVersion(
                version: version.label ?? "#\(version.sequence)", date: version.recordedOn,
                changes: version.versionID)
        }
    }

    /// The register of a spec: `--db`, else `register.sqlite` next to it; nil when there is none.
    private mutating func register(for specFile: String) throws -> RegisterDatabase? {
        let folder = (specFile as NSString).deletingLastPathComponent
        let path = database ?? (folder.isEmpty ? RegisterDatabase.defaultFileName : folder + "/" + RegisterDatabase.defaultFileName)
        if opened[path] == nil {
            opened[path] = FileManager.default.fileExists(atPath: path) ? try RegisterDatabase(path: path, create: false) : .some(nil)
        }
        return opened[path] ?? nil
    }

    /// The same, keyed by measure id, as the report takes it (`[measureID: MeasureProgress]`).
    public mutating func progressByMeasure(activityID: String, specFile: String) throws -> [String: MeasureProgress] {
        Dictionary(
            try progress(activityID: activityID, specFile: specFile).map { ($0.measureID, $0) },
            uniquingKeysWith: { first, _ in first })
    }
}
