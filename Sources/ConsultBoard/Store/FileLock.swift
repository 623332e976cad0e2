import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An exclusive advisory lock (`flock`) on the board's lock file, held while a writer checks the journal's tail
/// and appends. The kernel drops it if the process dies, so a killed writer never leaves the board locked.
enum FileLock {
    static func withExclusiveLock<T>(path: String, _ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .io(file: path, operation: "open the lock file", reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            throw .io(file: path, operation: "lock", reason: String(cString: strerror(errno)))
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }
}
