import DPIAModel
import DPIARegister

/// Reads versions recorded in the register for `dpia diff --db`; a protocol, so that the diff itself never
/// depends on the register's storage.
protocol RecordedVersionReader: Sendable {
    /// The activity as recorded under `version` (`activity-id@hash`, or a unique prefix of one). Throws an
    /// error whose description a privacy officer understands.
    func activity(version: String) throws -> ProcessingActivity
}

/// The register database at a path, as a ``RecordedVersionReader``.
struct RegisterVersionReader: RecordedVersionReader {
    let path: String

    func activity(version: String) throws -> ProcessingActivity {
        try RegisterDatabase(path: path, create: false).activity(version: version)
    }
}
