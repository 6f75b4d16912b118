import DPIAModel
import Foundation

/// An exclusive advisory lock (`flock`) on an output folder for one `dpia report` or `dpia register`
/// run, so that two runs writing into one folder take turns instead of removing each other's
/// staging folder or mixing their files. The lock is held on the folder itself: no lock file is
/// left behind, and a killed run's lock goes with its process. On a file system that has no locks
/// (some network shares) the run goes on without one.
public final class OutputLock {
    private var descriptor: Int32

    /// Locks `folder` (which exists), waiting while another run holds it; `waiting` is called once
    /// before waiting, to say why nothing happens.
    public init(folder: URL, waiting: () -> Void = {}) throws {
        descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw OutputError.writeFailed(path: folder.path, reason: FileFailure.reason(errno: errno))
        }
        switch FileLock.exclusive(descriptor, waiting: waiting) {
        case .locked, .unsupported:
            // Without locks on this file system the run goes on unlocked, as before there was a lock.
            return
        case .failed(let code):
            close(descriptor)
            throw OutputError.writeFailed(path: folder.path, reason: FileFailure.reason(errno: code))
        }
    }

    /// Lets the next run write into the folder.
    public func release() {
        guard descriptor >= 0 else { return }
        FileLock.release(descriptor)
        descriptor = -1
    }

    deinit { release() }
}

extension OutputFolder {
    /// Makes the root when missing and locks it for this run (``OutputLock``).
    public func lock(waiting: () -> Void = {}) throws -> OutputLock {
        try makeRoot()
        return try OutputLock(folder: root, waiting: waiting)
    }
}
