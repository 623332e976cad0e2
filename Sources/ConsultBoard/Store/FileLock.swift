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
        var fd: Int32
        if mode == .shared {
            // Readers never create the lock file (so `validate` of a stray folder leaves nothing behind), and a
            // read-only descriptor is enough to flock.
            fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { return try body() }
        } else {
            fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
            if fd < 0 && (errno == EACCES || errno == EROFS || errno == EPERM) {
                // A board this user may only read: take the lock anyway; the write itself will be refused.
                fd = open(path, O_RDONLY | O_CLOEXEC)
            }
            guard fd >= 0 else { throw FileIO.failure(path, "open the lock file", errno) }
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
