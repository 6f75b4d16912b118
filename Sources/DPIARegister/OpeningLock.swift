import DPIAModel
import Foundation

/// An exclusive advisory lock (`flock`) on `<register>.lock`, a small file next to the register,
/// while a process opens the register, checks it and brings its schema up to date, so that processes
/// opening one register at the same time do it one after the other.
///
/// The lock is taken on a separate file and never on the register itself: POSIX record locks, which
/// SQLite uses to guard its transactions and checkpoints, belong to the process and are all dropped
/// when the process closes ANY descriptor of the locked file. A program that opened and closed
/// `register.sqlite` itself would silently unlock SQLite's own locks, and the next write and checkpoint
/// would run unguarded (lost updates and a damaged file, seen before this lock moved; docs/register.md).
/// So the register file is opened only by SQLite.
///
/// The lock file stays after use (removing it while another process waits for it would let two
/// processes in at once); it is empty, and removing it when no `dpia` runs is harmless. When it cannot
/// be created (a folder without write access, say) nothing is locked and SQLite's busy timeout remains
/// the only guard, which is enough for readers.
struct OpeningLock {
    private let descriptor: Int32

    /// The lock file of the register at `path`.
    static func lockPath(forRegister path: String) -> String { path + ".lock" }

    /// Locks the lock file of the register at `path`, waiting while another process holds it.
    /// Nil when the lock file cannot be created or opened.
    init?(registerPath path: String) {
        let descriptor = open(Self.lockPath(forRegister: path), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else { return nil }
        guard FileLock.exclusive(descriptor) == .locked else {
            close(descriptor)
            return nil
        }
        self.descriptor = descriptor
    }

    /// Lets the next process open the register.
    func release() {
        FileLock.release(descriptor)
    }
}
