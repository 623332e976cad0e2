import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An advisory lock (`flock`) on the board's lock file.
///
/// Writers hold it exclusively while they read the journal's tail, append and (now and then) write a
/// checkpoint; readers hold it shared while they read bytes, so they never see a half-written line or a
/// checkpoint file being replaced. `flock` locks belong to an open file description, so separate `BoardStore`
/// values in one process exclude each other just as separate processes do, and the kernel drops the lock when a
/// process dies, so a killed writer never leaves the board locked.
enum FileLock {
    enum Mode {
        case shared, exclusive
    }

    static func with<T>(
        _ mode: Mode, path: String, _ body: () throws(StoreError) -> T
    ) throws(StoreError) -> T {
        var fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        if fd < 0 && (errno == EACCES || errno == EROFS || errno == EPERM) {
            // A board this user may only read: flock works on a read-only descriptor too.
            fd = open(path, O_RDONLY | O_CLOEXEC)
        }
        guard fd >= 0 else {
            // A reader of a read-only board whose lock file is gone cannot create it; read unlocked.
            if mode == .shared { return try body() }
            throw FileIO.failure(path, "open the lock file", errno)
        }
        defer { close(fd) }
        while flock(fd, mode == .shared ? LOCK_SH : LOCK_EX) != 0 {
            if errno == EINTR { continue }
            throw FileIO.failure(path, "lock", errno)
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }
}
