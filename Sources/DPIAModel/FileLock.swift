#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// An exclusive advisory lock (`flock`) through an open descriptor: the one way `dpia` makes
/// processes take turns (a register being opened, an output folder being written).
public enum FileLock {
    /// How taking the lock ended.
    public enum Outcome: Equatable, Sendable {
        /// The lock is held until the descriptor is released or closed.
        case locked
        /// The file system has no locks (some network shares): `errno` of the first try.
        case unsupported(Int32)
        /// Waiting for the lock failed: its `errno`.
        case failed(Int32)
    }

    /// Takes an exclusive lock on `descriptor`, waiting while another process holds it; `waiting` is
    /// called once before waiting, to say why nothing happens.
    public static func exclusive(_ descriptor: Int32, waiting: () -> Void = {}) -> Outcome {
        if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return .locked }
        guard errno == EWOULDBLOCK || errno == EINTR else { return .unsupported(errno) }
        waiting()
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { return .failed(errno) }
        }
        return .locked
    }

    /// Releases the lock and closes the descriptor.
    public static func release(_ descriptor: Int32) {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
