import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Appends lines to the journal under the writer's lock, all or nothing.
///
/// The bytes go out in as few `write`s as the kernel allows and are `fsync`ed before `append` returns. If a
/// write or the `fsync` fails (a full disk, an I/O error), the journal is cut back to its length before the
/// append, so no half line is left for the next reader to trip over, and the error says nothing was changed.
struct JournalAppender {
    private let fd: Int32
    let path: String

    /// Opens the journal for appending; fails at once (before any work) on a board the user may only read.
    init(path: String, fault: Int32? = nil) throws(StoreError) {
        self.path = path
        if let fault { throw FileIO.failure(path, "append to", fault) }
        fd = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
        guard fd >= 0 else { throw errno == ENOENT ? FileIO.missing(path) : FileIO.failure(path, "append to", errno) }
    }

    func close() { FileIO.closeFile(fd) }

    /// Appends `data` where the journal is expected to end (`expectedEnd`, the end of the tail this writer read
    /// and checked). A journal that has grown past it was written by something without the lock: refused.
    func append(_ data: Data, at expectedEnd: Int, fault: (errno: Int32, afterBytes: Int)? = nil) throws(StoreError) {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw FileIO.failure(path, "append to", errno) }
        let before = info.st_size
        guard before == expectedEnd else {
            throw .secondWriter(file: path, reason: .tr("store.reason.journalGrew", ["size": "\(before)", "end": "\(expectedEnd)"]))
        }
        do throws(StoreError) {
            try FileIO.writeAll(fd, data, path: path, fault: fault)
            guard fsync(fd) == 0 else { throw FileIO.failure(path, "fsync", errno) }
        } catch {
            // Take the partial line back; we hold the lock, so nobody else appended meanwhile.
            guard ftruncate(fd, before) == 0, fsync(fd) == 0 else {
                throw .io(
                    file: path, operation: "append to",
                    reason: .tr("store.reason.partialLineLeft", ["error": error.text, "detail": SystemErrorWords.reason(errno)]))
            }
            throw error
        }
    }
}
