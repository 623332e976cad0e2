import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Saves a handoff where only its owner can read it: a handoff is a page of patient data.
public enum HandoffFile {
    /// Writes `text` to `path` with permissions 0600, replacing the file whole: the text goes to a private
    /// temporary file beside it, is flushed to disk, and is renamed over `path`, so a reader never sees half a
    /// handoff and a failure leaves any earlier file as it was.
    public static func write(_ text: String, to path: String) throws(HandoffError) {
        let target = URL(fileURLWithPath: path)
        let temporary = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp").path
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .outputFailed(path: path, reason: String(cString: strerror(errno))) }
        var failure: String?
        do {
            try FileHandle(fileDescriptor: fd, closeOnDealloc: false).write(contentsOf: Data(text.utf8))
        } catch {
            failure = (error as NSError).localizedDescription
        }
        if failure == nil, fchmod(fd, 0o600) != 0 || fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
        close(fd)
        if failure == nil, rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw .outputFailed(path: path, reason: failure)
        }
    }
}
