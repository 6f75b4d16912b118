import DPIAModel

/// Reads versions recorded in the register for `dpia diff --db`, so that the diff does not depend on
/// the register's storage.
protocol RecordedVersionReader: Sendable {
    /// The activity as recorded under `version` (`activity-id@hash`). Throws an error whose description
    /// a privacy officer understands (unknown version, with suggestions).
    func activity(version: String) throws -> ProcessingActivity
}

/// The register at a path, as a ``RecordedVersionReader``.
struct RegisterVersionReader: RecordedVersionReader {
    let path: String

    /// Problems reading recorded versions.
    struct Unavailable: Error, CustomStringConvertible {
        var path: String
        var description: String {
            "\(path): this build of dpia cannot read recorded versions from the register yet; "
                + "compare spec files or git revisions (REV:path) instead"
        }
    }

    func activity(version: String) throws -> ProcessingActivity {
        // TODO: read `activity_version.content` (the activity's canonical JSON) through DPIARegister once it
        // offers a lookup by version id, and decode it with JSONDecoder into ProcessingActivity.
        throw Unavailable(path: path)
    }
}
