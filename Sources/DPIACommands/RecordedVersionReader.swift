import DPIAModel
import DPIARegister
import Foundation

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

    /// A version id the register does not hold, or holds more than once as a prefix.
    struct UnknownVersion: Error, CustomStringConvertible {
        var version: String
        var path: String
        /// Recorded version ids of the same activity, or matches of an ambiguous prefix.
        var candidates: [String]
        var ambiguous: Bool

        var description: String {
            if ambiguous {
                return "'\(version)' matches several recorded versions (\(candidates.joined(separator: ", "))); give more of the hash"
            }
            let known = candidates.isEmpty
                ? "the register \(path) holds no version of this activity"
                : "recorded versions of this activity: " + candidates.joined(separator: ", ")
            return "no recorded version '\(version)' (\(known)); `dpia history --db \(path) <activity>` lists them"
        }
    }

    func activity(version: String) throws -> ProcessingActivity {
        // The register offers no lookup by version id yet; its export holds every version (linear in the register).
        let versions = try RegisterDatabase(path: path, create: false).export().versions
        let record = try Self.pick(version, from: versions.map(\.id), path: path)
        guard let found = versions.first(where: { $0.id == record }) else {
            throw UnknownVersion(version: version, path: path, candidates: [], ambiguous: false)
        }
        do {
            return try JSONDecoder().decode(ProcessingActivity.self, from: Data(found.content.utf8))
        } catch {
            throw CommandFailure("\(path): the recorded version \(found.id) cannot be read by this version of dpia "
                                 + "(\(error.localizedDescription)); compare spec files or git revisions instead")
        }
    }

    /// The id of the version `version` names: itself, or the only id it is a prefix of (at least `activity@` and
    /// four hex digits).
    static func pick(_ version: String, from ids: [String], path: String) throws -> String {
        if ids.contains(version) { return version }
        let activity = version.prefix { $0 != "@" }
        let matches = version.count >= activity.count + 5 ? ids.filter { $0.hasPrefix(version) } : []
        if matches.count == 1 { return matches[0] }
        throw UnknownVersion(version: version, path: path,
                             candidates: matches.isEmpty ? ids.filter { $0.hasPrefix(activity + "@") } : matches,
                             ambiguous: matches.count > 1)
    }
}
