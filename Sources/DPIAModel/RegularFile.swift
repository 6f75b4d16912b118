import Foundation

/// Reads an ordinary file without ever waiting on something that is not one.
///
/// The file is opened with `O_NONBLOCK` (a named pipe or `/dev/stdin` would otherwise wait for a
/// writer forever) and, unless a link may be followed, `O_NOFOLLOW`; the open file is then checked
/// with `fstat`, so that what is read is the regular file that was checked, and at most `limit + 1`
/// bytes are read. Specs, templates and the report state are read this way.
public enum RegularFile {
    /// Why a file was not read.
    public enum Refusal: Error, Sendable, Hashable {
        /// Nothing exists at the path.
        case missing
        /// The path names a folder.
        case folder
        /// The path names something that is not an ordinary file: `kind` says what, in words.
        case notRegular(kind: String)
        /// The path is a symbolic link, and links are not followed here.
        case link
        /// The file has more than `limit` bytes; `size` is its size.
        case tooLarge(size: Int)
        /// The file could not be opened or read; `reason` says why (``FileFailure``).
        case unreadable(reason: LocalizedText)
    }

    /// The bytes of the ordinary file at `path`: at most `limit + 1` of them, so that a caller can tell
    /// a file that grew past the limit while it was read.
    /// - Parameter followLink: whether `path` itself may be a symbolic link (to an ordinary file).
    public static func read(_ path: String, limit: Int, followLink: Bool = true) -> Result<Data, Refusal> {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | (followLink ? 0 : O_NOFOLLOW))
        guard descriptor >= 0 else {
            let code = errno
            switch code {
            case ENOENT: return .failure(.missing)
            case ELOOP where !followLink: return .failure(.link)
            default: return .failure(.unreadable(reason: FileFailure.reason(errno: code)))
            }
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(.unreadable(reason: FileFailure.reason(errno: errno))) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .failure(.folder)
        default: return .failure(.notRegular(kind: kind(of: info.st_mode)))
        }
        if Int(info.st_size) > limit { return .failure(.tooLarge(size: Int(info.st_size))) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while data.count <= limit {
            let count = buffer.withUnsafeMutableBytes { readBytes(descriptor, $0.baseAddress, min($0.count, limit + 1 - data.count)) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(reason: FileFailure.reason(errno: errno)))
            }
            data.append(buffer, count: count)
        }
        return .success(data)
    }

    /// What a file of mode `mode` is, in words.
    static func kind(of mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFIFO: "a named pipe (FIFO)"
        case S_IFCHR: "a device"
        case S_IFBLK: "a disk device"
        case S_IFSOCK: "a socket"
        case S_IFLNK: "a symbolic link"
        default: "not an ordinary file"
        }
    }
}

/// `read(2)`; a free function, because inside ``RegularFile`` the name `read` is its own.
private func readBytes(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
