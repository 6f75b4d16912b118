import Foundation

/// An exclusive advisory lock (`flock`) on the register file while a process opens it, checks it
/// and brings its schema up to date, so that processes opening one register at the same time do it
/// one after the other.
///
/// `flock` locks are separate from the POSIX record locks SQLite takes (on Linux and macOS), so
/// the lock orders only the opening of `dpia` processes and never blocks SQLite itself. When the
/// file cannot be opened for locking (a folder without write access, say) nothing is locked and
/// SQLite's busy timeout remains the only guard.
struct OpeningLock {
    private let descriptor: Int32

    /// Locks the file at `path`, creating it (empty, which SQLite reads as a new database) when
    /// `create` is set and it does not exist; waits while another process holds the lock.
    init?(path: String, create: Bool) {
        var descriptor = open(path, O_RDWR | O_CLOEXEC | (create ? O_CREAT : 0), 0o644)
        if descriptor < 0 { descriptor = open(path, O_RDONLY | O_CLOEXEC) }
        guard descriptor >= 0 else { return nil }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                close(descriptor)
                return nil
            }
        }
        self.descriptor = descriptor
    }

    /// Lets the next process open the register.
    func release() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
