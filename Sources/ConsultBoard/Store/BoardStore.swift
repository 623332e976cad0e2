import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A board on disk: a folder holding the journal (the source of truth and the audit trail) and a lock file.
///
/// Layout (schema version 1):
/// - `board.json`: what this folder is (`{"format":"consult-board","schemaVersion":1}`).
/// - `journal.jsonl`: one `JournalEntry` a line, append only, each line carrying the hash of the one before.
/// - `lock`: the file writers `flock` while they append.
///
/// Every write takes the lock, reads what others appended since, validates the commands against that current
/// state, appends them and `fsync`s before it returns: no write is lost or doubled, and a command that returned
/// is on disk.
public struct BoardStore: Sendable {
    public static let schemaVersion = 1
    public let folder: URL

    var journalPath: String { folder.appendingPathComponent("journal.jsonl").path }
    var metaPath: String { folder.appendingPathComponent("board.json").path }
    var lockPath: String { folder.appendingPathComponent("lock").path }

    /// Opens an existing board, checking that the folder is one and that its schema version is understood.
    public init(path: String) throws(StoreError) {
        folder = URL(fileURLWithPath: path)
        guard FileManager.default.fileExists(atPath: metaPath) else { throw .noBoard(path: path) }
        let meta: BoardMeta
        do {
            meta = try BoardJSON.decoder().decode(BoardMeta.self, from: Data(contentsOf: URL(fileURLWithPath: metaPath)))
        } catch {
            throw .damaged(file: metaPath, line: nil, reason: "not a consult-board description (\(error))")
        }
        guard meta.format == BoardMeta.formatName else {
            throw .damaged(file: metaPath, line: nil, reason: "format is '\(meta.format)', not '\(BoardMeta.formatName)'")
        }
        guard meta.schemaVersion <= Self.schemaVersion else {
            throw .newerSchema(file: metaPath, found: meta.schemaVersion, supported: Self.schemaVersion)
        }
    }

    /// Creates a new board at `path` (refusing if one is there) whose first entry creates the ward.
    @discardableResult
    public static func create(at path: String, ward: String, author: String, at: Date = Date()) throws(StoreError) -> BoardStore {
        let folder = URL(fileURLWithPath: path)
        let fm = FileManager.default
        if fm.fileExists(atPath: folder.appendingPathComponent("board.json").path) { throw .alreadyExists(path: path) }
        do {
            try fm.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            let meta = try BoardJSON.encoder(pretty: true).encode(BoardMeta())
            try meta.write(to: folder.appendingPathComponent("board.json"), options: .withoutOverwriting)
        } catch {
            throw .io(file: path, operation: "create the board", reason: "\(error.localizedDescription)")
        }
        let store = try BoardStore(path: path)
        try store.apply([.createBoard(CreateBoard(ward: ward))], author: author, at: at)
        return store
    }

    /// Reads the whole board.
    public func load() throws(StoreError) -> Board {
        var board = Board()
        for entry in try entries() {
            do throws(BoardError) {
                try board.apply(entry.command, context: entry.context)
            } catch {
                throw .damaged(file: journalPath, line: entry.sequence, reason: "entry \(entry.sequence) cannot be replayed: \(error)")
            }
        }
        return board
    }

    /// Brings `board` up to date with the journal; returns the entries that were new.
    public func refresh(_ board: inout Board) throws(StoreError) -> [JournalEntry] {
        let new = try entries(since: board.revision)
        for entry in new {
            do throws(BoardError) {
                try board.apply(entry.command, context: entry.context)
            } catch {
                throw .damaged(file: journalPath, line: entry.sequence, reason: "entry \(entry.sequence) cannot be replayed: \(error)")
            }
        }
        return new
    }

    /// The journal's entries after `revision`, optionally only those of one patient.
    public func entries(since revision: Int = 0, patient: MRN? = nil) throws(StoreError) -> [JournalEntry] {
        try readJournal().entries.filter { $0.sequence > revision && (patient == nil || $0.patient == patient) }
    }

    /// Validates and appends `commands` as one change by `author` (all or none), returning for each the id it
    /// created or changed.
    @discardableResult
    public func apply(_ commands: [BoardCommand], author: String, at: Date? = nil) throws(StoreError) -> [String?] {
        try FileLock.withExclusiveLock(path: lockPath) { () throws(StoreError) -> [String?] in
            try appendLocked(commands, author: author, at: at)
        }
    }

    private func appendLocked(_ commands: [BoardCommand], author: String, at: Date?) throws(StoreError) -> [String?] {
        let journal = try readJournal()
        var board = Board()
        for entry in journal.entries {
            do throws(BoardError) { try board.apply(entry.command, context: entry.context) } catch {
                throw .damaged(file: journalPath, line: entry.sequence, reason: "\(error)")
            }
        }
        let time = BoardJSON.wholeSeconds(at ?? Date())
        var previous = journal.lastHash
        var lines = Data()
        var ids: [String?] = []
        let encoder = BoardJSON.encoder()
        for command in commands {
            let sequence = board.revision + 1
            let context = ChangeContext(sequence: sequence, author: author, at: time)
            let patient = command.namedPatient ?? command.targetRecord.flatMap { board.patient(holding: $0) }
            do throws(BoardError) { ids.append(try board.apply(command, context: context)) } catch {
                throw .rejected(error)
            }
            let entry = JournalEntry(sequence: sequence, at: time, author: author, patient: patient, command: command, previousHash: previous)
            let line: Data
            do { line = try encoder.encode(entry) } catch {
                throw .io(file: journalPath, operation: "encode entry \(sequence) for", reason: "\(error)")
            }
            previous = Self.hash(line)
            lines.append(line)
            lines.append(0x0A)
        }
        try append(lines)
        return ids
    }

    static func hash(_ line: Data) -> String {
        SHA256.hash(data: line).map { String(format: "%02x", $0) }.joined()
    }

    private func append(_ data: Data) throws(StoreError) {
        let fd = open(journalPath, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .io(file: journalPath, operation: "open for writing", reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        let written = data.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        guard written == data.count else {
            throw .io(file: journalPath, operation: "append to", reason: written < 0 ? String(cString: strerror(errno)) : "short write")
        }
        guard fsync(fd) == 0 else { throw .io(file: journalPath, operation: "fsync", reason: String(cString: strerror(errno))) }
    }

    private func readJournal() throws(StoreError) -> (entries: [JournalEntry], lastHash: String) {
        guard let data = FileManager.default.contents(atPath: journalPath) else { return ([], "") }
        let decoder = BoardJSON.decoder()
        var entries: [JournalEntry] = []
        var lastHash = ""
        var lineNumber = 0
        var start = data.startIndex
        while start < data.endIndex {
            lineNumber += 1
            guard let end = data[start...].firstIndex(of: 0x0A) else {
                throw .damaged(file: journalPath, line: lineNumber, reason: "the last line is incomplete (a write was interrupted)")
            }
            let line = data[start..<end]
            do { entries.append(try decoder.decode(JournalEntry.self, from: line)) } catch {
                throw .damaged(file: journalPath, line: lineNumber, reason: "not a valid journal entry")
            }
            lastHash = Self.hash(line)
            start = data.index(after: end)
        }
        return (entries, lastHash)
    }
}

/// `board.json`: marks a folder as a board and names its schema version.
struct BoardMeta: Codable {
    static let formatName = "consult-board"
    var format = BoardMeta.formatName
    var schemaVersion = BoardStore.schemaVersion
}
