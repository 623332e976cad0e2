import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The few POSIX file operations the store needs, with its durability rules built in: every file is written to
/// a temporary name, `fsync`ed, renamed into place, and its folder `fsync`ed, so a crash leaves either the old
/// file or the new one, never a mix. Failures become `StoreError`s that name the file.
enum FileIO {
    /// Reads a whole file; `nil` when it does not exist.
    static func readIfPresent(_ path: String, hooks: StoreHooks) throws(StoreError) -> Data? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ENOENT { return nil }
            throw failure(path, "read", errno)
        }
        defer { close(fd) }
        hooks.reads?.append(path)
        return try readToEnd(fd, from: 0, path: path)
    }

    /// Reads a whole file that must exist.
    static func read(_ path: String, hooks: StoreHooks) throws(StoreError) -> Data {
        guard let data = try readIfPresent(path, hooks: hooks) else { throw missing(path) }
        return data
    }

    /// Reads a file from byte `offset` to its end (the journal's tail).
    static func read(_ path: String, from offset: Int, hooks: StoreHooks) throws(StoreError) -> Data {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw errno == ENOENT ? missing(path) : failure(path, "read", errno) }
        defer { close(fd) }
        hooks.reads?.append(path)
        return try readToEnd(fd, from: offset, path: path)
    }

    /// Reads up to `count` bytes at `offset` (fewer when the file ends first).
    private static func readAt(_ fd: Int32, offset: Int, count: Int, path: String) throws(StoreError) -> Data {
        var data = Data(count: count)
        var done = 0
        while done < count {
            let n = data.withUnsafeMutableBytes { buffer in
                pread(fd, buffer.baseAddress.map { $0 + done }, count - done, off_t(offset + done))
            }
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { throw failure(path, "read", errno) }
            if n == 0 { break }  // the file ended (or shrank while we read): what we have is what there is
            done += n
        }
        if done < count { data.removeSubrange(done...) }
        return data
    }

    private static func readToEnd(_ fd: Int32, from offset: Int, path: String) throws(StoreError) -> Data {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw failure(path, "read", errno) }
        let size = Int(info.st_size)
        guard size > offset else {
            if size < offset {
                throw .damaged(file: path, line: nil, reason: StoreReason(.tr("store.reason.shorterThanCheckpoint", ["size": "\(size)", "offset": "\(offset)"])))
            }
            return Data()
        }
        return try readAt(fd, offset: offset, count: size - offset, path: path)
    }

    /// The size of a file in bytes, `nil` when it does not exist.
    static func size(_ path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int(info.st_size)
    }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// Writes `data` to `path` atomically (temporary file, fsync, rename, fsync of the folder).
    /// With `exclusive`, refuses (EEXIST) when `path` already exists.
    /// Pass `syncFolder: false` when writing many files into one folder, then call `syncFolder` once.
    static func writeAtomically(
        _ data: Data, to path: String, mode: mode_t, exclusive: Bool = false, syncFolder: Bool = true,
        fault: Int32? = nil
    ) throws(StoreError) {
        let parent = (path as NSString).deletingLastPathComponent
        let folder = parent.isEmpty ? "." : parent
        let temporary = path + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try writeNew(data, to: temporary, mode: mode, fault: fault)
        let published = exclusive ? link(temporary, path) : rename(temporary, path)
        let publishErrno = errno
        if exclusive { unlink(temporary) }
        guard published == 0 else {
            if !exclusive { unlink(temporary) }
            throw publishErrno == EEXIST
                ? StoreError.alreadyExists(path: path)
                : failure(path, exclusive ? "create" : "replace", publishErrno)
        }
        if syncFolder { try self.syncFolder(folder) }
    }

    /// Creates `path` (which must not exist) holding `data`, fsynced. The caller fsyncs the folder.
    static func writeNew(_ data: Data, to path: String, mode: mode_t, fault: Int32? = nil) throws(StoreError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { throw failure(path, "create", errno) }
        var ok = false
        defer {
            close(fd)
            if !ok { unlink(path) }
        }
        if let fault { throw failure(path, "write", fault) }
        guard fchmod(fd, mode) == 0 else { throw failure(path, "set the permissions of", errno) }
        try writeAll(fd, data, path: path)
        guard fsync(fd) == 0 else { throw failure(path, "fsync", errno) }
        ok = true
    }

    /// Writes all of `data` at the descriptor's position, retrying short writes. An injected `fault` writes
    /// `afterBytes` bytes and then fails, as a full disk would.
    static func writeAll(
        _ fd: Int32, _ data: Data, path: String, fault: (errno: Int32, afterBytes: Int)? = nil
    ) throws(StoreError) {
        let limit = fault.map { min($0.afterBytes, data.count) } ?? data.count
        var done = 0
        while done < limit {
            let n = data.withUnsafeBytes { buffer in write(fd, buffer.baseAddress.map { $0 + done }, limit - done) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw failure(path, "write", n < 0 ? errno : EIO) }
            done += n
        }
        if let fault { throw failure(path, "write", fault.errno) }
    }

    /// Makes a folder's entries (new, renamed or removed files) durable.
    static func syncFolder(_ folder: String) throws(StoreError) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw failure(folder, "open the folder", errno) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw failure(folder, "fsync the folder", errno) }
    }

    /// Creates a folder with `mode` (exactly, whatever the umask) and makes its entry in the parent durable;
    /// succeeds if it already exists.
    static func makeFolder(_ path: String, mode: mode_t) throws(StoreError) {
        if mkdir(path, mode) != 0 {
            guard errno == EEXIST else { throw failure(path, "create the folder", errno) }
            return
        }
        guard chmod(path, mode) == 0 else { throw failure(path, "set the permissions of", errno) }
        let parent = (path as NSString).deletingLastPathComponent
        try syncFolder(parent.isEmpty ? "." : parent)
    }

    /// The names in a folder (empty when it does not exist).
    static func list(_ folder: String) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    }

    /// `open(2)`, for types that have a method of the same name.
    static func openFile(_ path: String, _ flags: Int32, _ mode: mode_t = 0) -> Int32 { open(path, flags, mode) }

    /// `close(2)`, for types that have a method of the same name.
    static func closeFile(_ fd: Int32) { close(fd) }

    // MARK: - Errors

    static func missing(_ path: String) -> StoreError {
        .damaged(file: path, line: nil, reason: .missingFile)
    }

    /// The error for a failed system call, with advice a user can act on for the common causes.
    static func failure(_ path: String, _ operation: String, _ code: Int32) -> StoreError {
        let reason: ShownText
        switch code {
        case EACCES, EPERM:
            reason = operation == "read" ? .tr("store.reason.mayNotRead") : .tr("store.reason.readOnlyForYou")
        case EROFS:
            reason = .tr("store.reason.readOnlyFileSystem")
        case ENOSPC, EDQUOT:
            reason = .tr("store.reason.diskFull", ["detail": SystemErrorWords.reason(code)])
        default:
            reason = SystemErrorWords.reason(code)
        }
        return .io(file: path, operation: operation, reason: .words(reason))
    }
}
