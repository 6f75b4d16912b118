import Foundation

/// The size and modification time of a file: how `dpia report` tells that a report it wrote is still
/// the file it wrote, without reading it.
public struct FileStamp: Codable, Sendable, Hashable {
    /// The size in bytes.
    public var size: Int64
    /// The modification time in nanoseconds since 1970.
    public var modified: Int64

    public init(size: Int64, modified: Int64) { self.size = size; self.modified = modified }

    /// No file: matches no file on disk.
    public static let none = FileStamp(size: -1, modified: -1)

    /// The stamp of the file at `path` (following links), or nil when there is no regular file.
    public init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        size = Int64(info.st_size)
        #if canImport(Darwin)
        modified = Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
        #else
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        #endif
    }
}
