import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An advisory lock (`flock`) on the board's folder itself.
///
/// Writers hold it exclusively while they read the journal's tail, append and (now and then) write a
/// checkpoint; readers hold it shared while they read bytes, so they never see a half-written line or a
/// checkpoint file being replaced. `flock` locks belong to an open file description, so separate `BoardStore`
/// values in one process exclude each other just as separate processes do, and the kernel drops the lock when a
/// process dies, so a killed writer never leaves the board locked.
///
/// Why the folder and not a `lock` file inside it: a lock file can be deleted (a tidy-up script, someone
/// clearing a "stale lock"), and the next writer then creates and locks a new file while the last one still
/// holds the old: two writers at once. The folder exists exactly as long as the board does. After locking, the
/// descriptor is checked to still be the folder at `path` (same device and inode), so even a board folder
/// renamed away and replaced while we waited is not written through a lock nobody else can see.
enum FileLock {
    enum Mode {
        case shared, exclusive
    }

    static func with<T>(
        _ mode: Mode, folder path: String, _ body: () throws(StoreError) -> T
    ) throws(StoreError) -> T {
        while true {
            let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard fd >= 0 else {
                // Readers of a folder that is not there (validate of a stray path) find out what is missing
                // themselves; a writer cannot go on.
                if mode == .shared { return try body() }
                throw FileIO.failure(path, "lock the board folder", errno)
            }
            defer { close(fd) }
            while flock(fd, mode == .shared ? LOCK_SH : LOCK_EX) != 0 {
                if errno == EINTR { continue }
                throw FileIO.failure(path, "lock", errno)
            }
            defer { flock(fd, LOCK_UN) }
            guard isStill(fd, at: path) else { continue }
            return try body()
        }
    }

    /// Whether the locked descriptor is still the file at `path` (it was not renamed away or replaced while we
    /// waited for the lock).
    private static func isStill(_ fd: Int32, at path: String) -> Bool {
        var held = stat()
        var named = stat()
        guard fstat(fd, &held) == 0, stat(path, &named) == 0 else { return false }
        return held.st_dev == named.st_dev && held.st_ino == named.st_ino
    }
}
