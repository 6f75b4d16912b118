import DPIAModel
import Foundation
import Testing

/// ``FileLock``: a second holder waits until the first releases (flock locks belong to the open
/// file, so two opens in one process contend as two processes would).
@Suite struct FileLockTests {
    @Test func aSecondHolderWaitsUntilTheFirstReleases() throws {
        let path = NSTemporaryDirectory() + "dpia-filelock-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let first = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        let second = open(path, O_RDWR | O_CLOEXEC)
        #expect(first >= 0 && second >= 0)
        #expect(FileLock.exclusive(first) == .locked)
        // Held: the second cannot take it without waiting.
        #expect(flock(second, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK)
        var waited = false
        let released = Thread { FileLock.release(first) }
        // The second says once that it waits, then gets the lock when the first lets go.
        let outcome = FileLock.exclusive(second) {
            waited = true; released.start()
        }
        #expect(outcome == .locked)
        #expect(waited)
        FileLock.release(second)
    }
}
