import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where one person keeps what they have read of one board, and the reading and writing of that file.
///
/// The file is the person's own: under their state folder (`$XDG_STATE_HOME/consult-board/read-marks/`, else
/// `~/.local/state/consult-board/read-marks/`), folders 0700, the file 0600 whatever the umask, written whole
/// (temporary file, fsync, rename, folder fsync). One file per board and signing name: its name is a hash of
/// the board's identity and the name, so it says nothing of either to someone listing the folder.
///
/// A file that is not a regular file, belongs to another user, can be read or written by others, cannot be
/// decoded, or was made for another board or name is refused (`ReadMarksError.refused`) and never trusted.
public struct ReadMarksFile: Sendable, Equatable {
    public let path: String
    /// The board's identity (`boardKey`), which the marks must name.
    public let board: String
    public let reader: String

    public init(path: String, board: String, reader: String) {
        self.path = path
        self.board = board
        self.reader = reader
    }

    /// The file for `reader` on the board at `location`, created at `createdAt`, under this user's state folder.
    public init(location: BoardLocation, createdAt: Date, reader: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        let board = Self.boardKey(location, createdAt: createdAt)
        let digest = SHA256.hash(data: Data((board + "\n" + reader).utf8)).map { String(format: "%02x", $0) }.joined()
        let folder = Self.stateFolder(environment) + "/read-marks"
        self.init(path: folder + "/" + digest.prefix(32) + ".json", board: board, reader: reader)
    }

    /// A board's identity for read marks: where it lives (a folder's real path; a database's host, database and
    /// board name, without the user or password) and when it was created, so that a board created afresh in
    /// the same place, whose sequence numbers start again, is another board.
    public static func boardKey(_ location: BoardLocation, createdAt: Date) -> String {
        let place: String
        switch location {
        case let .folder(path):
            place = "folder:" + URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        case let .postgres(address):
            var uri = address.connectionURI
            if let scheme = uri.range(of: "://"), let at = uri[scheme.upperBound...].firstIndex(of: "@"),
                !uri[scheme.upperBound..<at].contains("/")
            {
                uri.removeSubrange(scheme.upperBound...at)
            }
            place = "postgresql:" + uri + "#" + address.board
        }
        return place + "@" + String(format: "%.3f", createdAt.timeIntervalSince1970)
    }

    /// `$XDG_STATE_HOME/consult-board` when it is an absolute path (the XDG rule), else `~/.local/state/consult-board`.
    public static func stateFolder(_ environment: [String: String]) -> String {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/consult-board" }
        let home = environment["HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? OSUser.home(of: getuid()) ?? "/tmp"
        return home + "/.local/state/consult-board"
    }

    /// The marks kept, or `nil` when there is no file yet (the first time this person opens this board).
    public func load() throws(ReadMarksError) -> ReadMarks? {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT { return nil }
            throw .refused(file: path, reason: code == ELOOP ? .tr("readMarks.reason.symlink") : SystemErrorWords.reason(code))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .refused(file: path, reason: SystemErrorWords.reason(errno)) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw .refused(file: path, reason: .tr("readMarks.reason.notRegular")) }
        guard info.st_uid == getuid() else { throw .refused(file: path, reason: .tr("readMarks.reason.notYours", ["owner": "\(info.st_uid)"])) }
        guard info.st_mode & 0o077 == 0 else {
            throw .refused(file: path, reason: .tr("readMarks.reason.mode", ["mode": .plain(String(info.st_mode & 0o777, radix: 8))]))
        }
        guard info.st_size <= 16 << 20 else { throw .refused(file: path, reason: .tr("readMarks.reason.tooLarge")) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = read(fd, &buffer, buffer.count)
            if n < 0, errno == EINTR { continue }
            guard n >= 0 else { throw .refused(file: path, reason: SystemErrorWords.reason(errno)) }
            if n == 0 { break }
            data.append(contentsOf: buffer[0..<n])
        }
        let marks: ReadMarks
        do {
            marks = try JSONDecoder().decode(ReadMarks.self, from: data)
        } catch {
            throw .refused(file: path, reason: .tr("readMarks.reason.damaged", ["detail": DecodingProblem(error).words]))
        }
        guard marks.version <= ReadMarks.currentVersion else {
            throw .refused(file: path, reason: .tr("readMarks.reason.newer", ["version": "\(marks.version)"]))
        }
        guard marks.belongs(toBoard: board, reader: reader) else {
            throw .refused(file: path, reason: .tr("readMarks.reason.otherBoard"))
        }
        return marks
    }

    /// Keeps `marks`: the folders made 0700 where missing, the file replaced whole with mode 0600. A file
    /// refused by `load` is replaced (renaming over it never writes into it).
    public func save(_ marks: ReadMarks) throws(ReadMarksError) {
        let folder = (path as NSString).deletingLastPathComponent
        do throws(StoreError) {
            try Self.makeFolders(folder)
        } catch {
            throw .notKept(file: path, reason: error.text)
        }
        var info = stat()
        guard lstat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR, info.st_uid == getuid() else {
            throw .notKept(file: path, reason: .tr("readMarks.reason.folderNotYours", ["folder": .plain(folder)]))
        }
        guard info.st_mode & 0o022 == 0 else {
            throw .notKept(file: path, reason: .tr("readMarks.reason.folderOpen", ["folder": .plain(folder)]))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data: Data
        do { data = try encoder.encode(marks) } catch { throw .notKept(file: path, reason: "\(error)") }
        do throws(StoreError) {
            try FileIO.writeAtomically(data + Data("\n".utf8), to: path, mode: 0o600)
        } catch {
            throw .notKept(file: path, reason: error.text)
        }
    }

    /// Creates `folder` and any missing parent, each 0700.
    private static func makeFolders(_ folder: String) throws(StoreError) {
        var missing: [String] = []
        var current = folder
        while !current.isEmpty, current != "/", !FileIO.exists(current) {
            missing.append(current)
            current = (current as NSString).deletingLastPathComponent
        }
        for path in missing.reversed() { try FileIO.makeFolder(path, mode: 0o700) }
    }
}
