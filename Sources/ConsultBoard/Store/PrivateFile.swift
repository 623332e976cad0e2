import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a file of patient data for the user alone: mode 0600, whole or not at all (a temporary file beside it,
/// flushed, renamed over the target, the folder flushed), so a reader never sees half a file and a failure leaves
/// any earlier file as it was.
///
/// A target that exists and is not a regular file (`/dev/stdout`, a pipe, a terminal, a device) is written into,
/// never renamed over: renaming would quietly replace the device or pipe with a plain file (as root even
/// `/dev/full`), and the output would never reach the reader waiting on it.
public enum PrivateFile {
    public static func write(_ data: Data, to path: String) throws(StoreError) {
        if isSpecial(path) {
            try writeInto(data, path: path)
        } else {
            try FileIO.writeAtomically(data, to: path, mode: 0o600)
        }
    }

    /// Whether `path` names something other than a regular file (following symbolic links).
    static func isSpecial(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        return (info.st_mode & S_IFMT) != S_IFREG
    }

    /// Writes into an existing pipe, terminal or device as it is.
    private static func writeInto(_ data: Data, path: String) throws(StoreError) {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileIO.failure(path, "open", errno) }
        defer { close(fd) }
        try FileIO.writeAll(fd, data, path: path)
        // A pipe or terminal cannot be flushed to a disk (EINVAL, EROFS): that is no failure; anything else is.
        if fsync(fd) != 0, errno != EINVAL, errno != EROFS { throw FileIO.failure(path, "fsync", errno) }
    }
}
