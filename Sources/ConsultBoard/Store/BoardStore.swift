import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A board on disk: a folder holding the journal (the source of truth and the audit trail), a checkpoint (a
/// derived cache that makes opening and changing a large board cheap) and a lock file. See docs/storage.md.
///
/// Every write takes the lock, reads the journal's tail since the checkpoint, validates the commands against
/// the current state of just the patients they touch, appends them and `fsync`s before it returns: no write is
/// lost or doubled, a command that returned is on disk, and the cost of a change does not grow with the board.
/// Readers take the lock shared while they read bytes, so they never see a half-written line.
///
/// ```swift
/// let store = try BoardStore.create(at: "/ward/board", ward: "Spine 3", author: "dr.li")
/// let ids = try store.apply([.addNote(AddNote(mrn: "SCI-0001", service: .neurology, type: .consult, text: "Seen."))], author: "dr.li")
/// var open = try store.open()          // the board plus where in the journal it was read up to
/// if open.hasChanges() { try open.refresh() }
/// ```
public struct BoardStore: Sendable {
    /// The schema version of the board's folder layout (`board.json`).
    public static let schemaVersion = 1
    /// The board's folder as a URL, made when asked: Foundation's first `URL(fileURLWithPath:)` costs two scans of
    /// the Swift runtime's conformance records, and most commands never need it (issue 9).
    public var folder: URL { URL(fileURLWithPath: layout.folder) }
    let layout: BoardLayout
    var hooks = StoreHooks()
    var policy = CheckpointPolicy()
    /// Who writes through this store: the OS user the roster checks and whose key signs (this process's).
    public var writer: Writer = .process

    var checkpoint: Checkpoint { Checkpoint(layout: layout, hooks: hooks) }

    /// Opens an existing board, checking that the folder is one and that its schema version is understood.
    public init(path: String) throws(StoreError) {
        layout = BoardLayout(folder: path)
        _ = try BoardMeta.read(layout, hooks: hooks)
        guard FileIO.exists(layout.journal) else { throw FileIO.missing(layout.journal) }
    }

    /// Creates a new board at `path` (refusing if one is there) whose first entry creates the ward.
    @discardableResult
    public static func create(
        at path: String, ward: String, author: String, at: Date = Date(), writer: Writer = .process
    ) throws(StoreError) -> BoardStore {
        try create(at: path, first: .createBoard(CreateBoard(ward: ward)), sequence: 1, author: author, at: at, writer: writer)
    }

    /// Creates a board whose journal begins with `first` at `sequence`: the board's creation, or an import.
    ///
    /// The board is built in a hidden folder beside its place (`.<name>.creating-<uuid>`, locked while it is
    /// built) and renamed into place only when whole, so a kill at any moment leaves no board or a whole one.
    /// What a killed attempt left is removed by the next `init` or `import` in that folder.
    static func create(
        at path: String, first command: BoardCommand, sequence: Int, author: String, at: Date, hooks: StoreHooks = StoreHooks(),
        writer: Writer = .process, copying copied: BoardCopy.Contents? = nil
    ) throws(StoreError) -> BoardStore {
        let layout = BoardLayout(folder: path)
        if FileIO.exists(layout.meta) { throw .alreadyExists(path: path) }
        guard sequence >= 1, sequence <= BoardLimits.maxRevision else {
            throw .rejected(.outOfRange(field: "revision", value: "\(sequence)", expected: .tr("error.board.expected.between", ["low": "1", "high": "\(BoardLimits.maxRevision)"])))
        }
        let parentPath = (layout.folder as NSString).deletingLastPathComponent
        let parent = parentPath.isEmpty ? "." : parentPath
        let modes = FileModes.forNewBoard(inParent: parent)
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw .io(file: parent, operation: "create the folder", reason: "\(error.localizedDescription)")
        }
        if FileIO.exists(layout.folder) {
            // An empty `lock` file is what boards of earlier versions locked; it holds nothing.
            let leftovers = FileIO.list(layout.folder).filter { $0 != "lock" }
            guard leftovers.isEmpty else {
                throw FileIO.exists(layout.journal)
                    ? .damaged(file: layout.meta, line: nil, reason: .metaMissing)
                    : .io(file: layout.folder, operation: "create a board in", reason: .tr("store.reason.folderNotEmpty", ["files": .plain(leftovers.sorted().prefix(3).joined(separator: ", "))]))
            }
        }
        let name = (layout.folder as NSString).lastPathComponent
        removeAbandonedAttempts(at: parent, name: name)
        let building = BoardLayout(folder: parent + "/." + name + ".creating-" + UUID().uuidString)
        try FileIO.makeFolder(building.folder, mode: modes.directory)
        do throws(StoreError) {
            try FileLock.with(.exclusive, folder: building.folder) { () throws(StoreError) in
                var board = Board()
                let line: Data
                let position: JournalPosition
                if let copied {
                    // A copy of another board's journal (`board copy`): the same bytes, checked and replayed, and the
                    // ward's files beside it (each checked against the entry that records it), inside the folder
                    // that is renamed into place: the copy appears whole or not at all.
                    let replayed = try BoardCopy.replayed(copied.lines, file: layout.journal)
                    (line, board, position) = (replayed.data, replayed.board, replayed.end)
                    try writeWardFiles(of: copied, placed: try replayed.placing(copied.settings, from: copied.source), in: building, modes: modes)
                } else {
                    let time = BoardJSON.wholeSeconds(at)
                    let context = ChangeContext(sequence: sequence, author: author, at: time)
                    do throws(BoardError) { try board.apply(command, context: context) } catch { throw .rejected(error) }
                    let entry = JournalEntry(sequence: sequence, at: time, author: author, patient: nil, command: command, previousHash: "")
                    line = try JournalCodec.line(for: entry, file: layout.journal, writer: writer.user, signingKey: writer.signingKey())
                    position = JournalPosition(offset: line.count, lines: 1, revision: sequence, lastHash: Seal.sha256Hex(line.dropLast()))
                }
                try FileIO.writeNew(line, to: building.journal, mode: modes.file, fault: hooks.faults.createFile)
                try Checkpoint(layout: building, hooks: hooks).write(board, changed: nil, previous: nil, position: position, modes: modes)
                try FileIO.writeAtomically(BoardMeta().encoded(), to: building.meta, mode: modes.file, exclusive: true, fault: hooks.faults.createFile)
                try FileIO.syncFolder(building.folder)
                if hooks.stopBeforePlacingNewBoard { throw .io(file: building.folder, operation: "place", reason: "stopped (test hook)") }
                // Into place: over a missing or empty folder only (an earlier version's empty lock file aside).
                unlink(layout.lock)
                guard rename(building.folder, layout.folder) == 0 else {
                    throw errno == EEXIST || errno == ENOTEMPTY ? .alreadyExists(path: path) : FileIO.failure(layout.folder, "create", errno)
                }
                try FileIO.syncFolder(parent)
            }
        } catch {
            if !hooks.stopBeforePlacingNewBoard { removeTree(building.folder) }
            throw error
        }
        var store = try BoardStore(path: path)
        store.hooks = hooks
        store.writer = writer
        return store
    }

    /// Removes the hidden folders of earlier attempts to create a board named `name` in `parent` that were
    /// killed (no process holds their lock).
    private static func removeAbandonedAttempts(at parent: String, name: String) {
        for entry in FileIO.list(parent) where entry.hasPrefix("." + name + ".creating-") {
            let folder = parent + "/" + entry
            let fd = Glibc.open(folder, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard fd >= 0 else { continue }
            defer { close(fd) }
            guard flock(fd, LOCK_EX | LOCK_NB) == 0 else { continue }  // still being built
            removeTree(folder)
        }
    }

    private static func removeTree(_ folder: String) {
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// The modes for files this store creates inside the board.
    var modes: FileModes { FileModes.of(board: layout.folder) }
}
