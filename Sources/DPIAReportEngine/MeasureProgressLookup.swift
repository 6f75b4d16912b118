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
        let folder = (specFile as NSString).deletingLastPathComponent
        let path = database ?? (folder.isEmpty ? RegisterDatabase.defaultFileName : folder + "/" + RegisterDatabase.defaultFileName)
        if opened[path] == nil {
            opened[path] = FileManager.default.fileExists(atPath: path) ? try RegisterDatabase(path: path, create: false) : .some(nil)
        }
        return try opened[path]??.measureProgress(activityID: activityID) ?? []
    }

    /// The same, keyed by measure id, as the report takes it (`[measureID: MeasureProgress]`).
    public mutating func progressByMeasure(activityID: String, specFile: String) throws -> [String: MeasureProgress] {
        Dictionary(
            try progress(activityID: activityID, specFile: specFile).map { ($0.measureID, $0) },
            uniquingKeysWith: { first, _ in first })
    }
}
