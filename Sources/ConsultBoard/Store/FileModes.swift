import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The permissions of what the store creates: the board holds patient data, so it is readable by its owner
/// only (0600 files, 0700 folders), or by owner and group (0660/0770) when the board lives in a folder shared
/// with a group (setgid or group-writable), so that a ward team sharing a Unix group can all write to it.
///
/// Modes are set with `fchmod`/`chmod` after creating, so a permissive umask cannot widen them and a strict one
/// cannot lock the group out.
struct FileModes: Sendable, Equatable {
    var file: mode_t
    var directory: mode_t

    static let ownerOnly = FileModes(file: 0o600, directory: 0o700)
    static let ownerAndGroup = FileModes(file: 0o660, directory: 0o770)

    /// The modes for a new board created inside `parent`.
    static func forNewBoard(inParent parent: String) -> FileModes {
        var info = stat()
        guard stat(parent, &info) == 0 else { return .ownerOnly }
        let shared = info.st_mode & S_ISGID != 0 || info.st_mode & S_IWGRP != 0
        guard shared else { return .ownerOnly }
        // Keep the setgid bit, so files made later inherit the shared group.
        return FileModes(file: 0o660, directory: 0o770 | (info.st_mode & S_ISGID))
    }

    /// The modes for files created later inside an existing board: follow the board folder.
    static func of(board folder: String) -> FileModes {
        var info = stat()
        guard stat(folder, &info) == 0 else { return .ownerOnly }
        return info.st_mode & S_IRWXG != 0
            ? FileModes(file: 0o660, directory: 0o770 | (info.st_mode & S_ISGID)) : .ownerOnly
    }
}
