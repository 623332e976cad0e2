import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Saves a handoff where only its owner can read it: a handoff is a page of patient data.
public enum HandoffFile {
    /// Writes `text` to `path` with permissions 0600, replacing the file whole (see `PrivateFile`: a temporary
    /// file, flushed, renamed over `path`), or into `path` when it is a pipe, terminal or device.
    public static func write(_ text: String, to path: String) throws(HandoffError) {
        do { try PrivateFile.write(Data(text.utf8), to: path) } catch {
            throw .outputFailed(path: path, reason: error.description)
        }
    }
}
