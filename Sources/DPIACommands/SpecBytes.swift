import DPIASpec
import Foundation

/// Reads a spec file's bytes once, so that `dpia report` can hash exactly what it loads.
///
/// Only plain files within the loader's size limit are read here; anything else (a missing file, a
/// folder, a file over the limit, a file that cannot be opened) is handed to
/// ``SpecLoader/load(file:)``, so that its message is the one every other command prints.
enum SpecBytes {
    /// The bytes of the spec at `path`, or nil when the loader should explain why it cannot be read.
    static func read(_ path: String, limits: SpecLimits) -> Data? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) <= limits.maxFileBytes,
              let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: limits.maxFileBytes + 1) ?? Data(),
              data.count <= limits.maxFileBytes else { return nil }
        return data
    }
}
