import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A note (or addendum) being written and not yet signed: what the TUI keeps on disk while its editor is open,
/// so that a dropped ssh connection, a closed window or a killed process never loses a clinician's text.
///
/// A draft is not part of the board: it is not in the journal, nobody else sees it, and it becomes a note only
/// when its author signs it (Ctrl-S). Drafts live in `<board>/drafts/`, one file per open editor, readable by
/// their owner only (they hold patient data, and they are a person's unfinished words).
public struct NoteDraft: Codable, Sendable, Equatable {
    /// The draft's id (its file's name): the signed note records it (`AddNote.draftID`), so a draft whose note is
    /// in the journal is known to be signed. `nil` in drafts of earlier versions.
    public var id: String?
    public var author: String
    public var mrn: MRN
    /// For an addendum: the note it adds to.
    public var noteID: RecordID?
    public var service: Service
    public var type: NoteType
    public var text: String
    /// When the draft was last written.
    public var savedAt: Date

    public init(
        id: String? = nil, author: String, mrn: MRN, noteID: RecordID? = nil, service: Service, type: NoteType, text: String,
        savedAt: Date
    ) {
        self.id = id
        self.author = author
        self.mrn = mrn
        self.noteID = noteID
        self.service = service
        self.type = type
        self.text = text
        self.savedAt = savedAt
    }

    /// Whether both say the same thing about the same patient (when they were saved aside).
    func hasSameText(as other: NoteDraft) -> Bool {
        author == other.author && mrn == other.mrn && noteID == other.noteID && service == other.service
            && type == other.type && text == other.text
    }
}

/// The steps of keeping and removing a draft, where a test stops the keeper as a kill would (`StoreHooks`).
enum DraftStep: Sendable, Equatable {
    /// The new text is in the temporary file, not yet fsynced.
    case temporaryWritten
    /// The temporary file is fsynced, not yet renamed over the draft.
    case temporarySynced
    /// Renamed over the draft, the folder not yet fsynced.
    case renamed
    /// The draft file is removed, its lock file not yet.
    case draftRemoved
}

/// Keeps one editor's draft on disk: writes it as it changes, removes it once the note is signed or discarded.
///
/// Each draft is two files: `<id>.json`, replaced whole on every write (written to a temporary file, fsynced,
/// renamed over it, the folder fsynced, so a kill at any instant leaves the old or the new draft whole), and
/// `<id>.lock`, locked (`flock`) for as long as its keeper lives, so another TUI of the same author never takes
/// over a draft that is still being written. The lock goes with the process, so a draft whose TUI died can be
/// adopted by the next one (`adoptableDrafts`), but only by its owner (the file's uid), and never once its id
/// is in the journal (it was signed; the draft is removed instead). The folder has the sticky bit, so members
/// of a group-shared board cannot remove or replace each other's drafts.
public final class DraftKeeper: @unchecked Sendable {
    /// Where drafts are kept.
    public let folder: String
    private let store: BoardStore
    private let modes: FileModes
    /// The draft file this keeper owns, once it has written or adopted one.
    public private(set) var path: String?
    /// The lock file held while this keeper owns the draft.
    private var lockFD: Int32 = -1
    /// What the file holds now.
    public private(set) var kept: NoteDraft?
    /// A test seam: stop at this step as a kill would (from `StoreHooks.stopAtDraftStep`, or set later).
    var stopAt: DraftStep?

    public init(store: BoardStore) {
        self.store = store
        folder = store.layout.drafts
        modes = store.modes
        stopAt = store.hooks.stopAtDraftStep
    }

    deinit { if lockFD >= 0 { close(lockFD) } }

    /// The id of the draft this keeper holds on disk: what the note signed from it must record.
    public var draftID: String? { path.map(Self.id(ofFile:)) }

    /// Makes the file hold `draft`: writes it when it differs from what is kept, removes the file when `draft`
    /// is nil (the note was signed or discarded).
    public func keep(_ draft: NoteDraft?) throws(StoreError) {
        guard var draft else {
            try remove()
            return
        }
        if let kept, kept.hasSameText(as: draft) { return }
        if lockFD < 0 { try create() }
        guard let path else { return }
        draft.id = Self.id(ofFile: path)
        let data: Data
        do { data = try BoardJSON.encoder(pretty: true).encode(draft) } catch {
            throw .io(file: folder, operation: "encode a note draft", reason: "\(error)")
        }
        let temporary = folder + "/." + (path as NSString).lastPathComponent + ".tmp"
        unlink(temporary)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw FileIO.failure(temporary, "write the note draft", errno) }
        fchmod(fd, 0o600)
        let written = data.withUnsafeBytes { bytes in write(fd, bytes.baseAddress, bytes.count) }
        try stop(at: .temporaryWritten)
        guard written == data.count, fsync(fd) == 0 else {
            let failure = FileIO.failure(path, "write the note draft", errno)
            close(fd)
            unlink(temporary)
            throw failure
        }
        close(fd)
        try stop(at: .temporarySynced)
        guard rename(temporary, path) == 0 else {
            let failure = FileIO.failure(path, "replace the note draft", errno)
            unlink(temporary)
            throw failure
        }
        try stop(at: .renamed)
        try FileIO.syncFolder(folder)
        kept = draft
    }

    /// Removes the draft (and its lock file), if this keeper has one.
    public func remove() throws(StoreError) {
        if let path {
            unlink(path)
            try stop(at: .draftRemoved)
            unlink(Self.lockFile(of: path))
        }
        if lockFD >= 0 { close(lockFD) }
        lockFD = -1
        path = nil
        kept = nil
    }

    /// Takes over a draft whose TUI has gone (see `adoptableDrafts`); `false` when another process holds it.
    public func adopt(_ found: FoundDraft) -> Bool {
        guard let descriptor = Self.lock(Self.lockFile(of: found.path), create: true) else { return false }
        guard Self.isOwnRegularFile(found.path) else {
            close(descriptor)
            return false
        }
        try? remove()
        lockFD = descriptor
        path = found.path
        kept = found.draft
        return true
    }

    private func create() throws(StoreError) {
        try FileIO.makeFolder(folder, mode: modes.directory | S_ISVTX)
        let file = folder + "/\(UUID().uuidString).json"
        guard let descriptor = Self.lock(Self.lockFile(of: file), create: true, exclusive: true) else {
            throw FileIO.failure(file, "lock the note draft", errno)
        }
        lockFD = descriptor
        path = file
    }

    private func stop(at step: DraftStep) throws(StoreError) {
        if stopAt == step { throw .io(file: folder, operation: "go on with the note draft", reason: "stopped at \(step) (test hook)") }
    }

    /// A draft file found in the board's drafts folder.
    public struct FoundDraft: Sendable, Equatable {
        public var path: String
        public var draft: NoteDraft
    }

    /// The drafts of `author` that no running TUI holds, newest first; and the draft files that cannot be read
    /// (damaged), so they can be reported, never silently dropped.
    ///
    /// Only files this user owns are considered (another member of a group-shared board could otherwise plant
    /// a draft that opens as "your unsigned note"). A draft whose id is already in the journal was signed by a
    /// session killed before it could remove the draft: it is removed now, never offered again.
    public func adoptableDrafts(of author: String) -> (drafts: [FoundDraft], unreadable: [String]) {
        var drafts: [FoundDraft] = []
        var unreadable: [String] = []
        for name in FileIO.list(folder).sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
            let file = folder + "/" + name
            guard file != path, Self.isOwnRegularFile(file) else { continue }
            // Its TUI is still running (the lock file, or for drafts of earlier versions the draft itself).
            let lockFile = Self.lockFile(of: file)
            guard let probe = Self.lock(FileIO.exists(lockFile) ? lockFile : file, create: false, shared: true) else { continue }
            close(probe)
            guard let data = try? Data(contentsOf: URL(fileURLWithPath: file)),
                let draft = try? BoardJSON.decoder().decode(NoteDraft.self, from: data)
            else {
                unreadable.append(file)
                continue
            }
            guard draft.author == author else { continue }
            if isSigned(Self.id(ofFile: file)) {
                unlink(file)
                unlink(Self.lockFile(of: file))
                continue
            }
            drafts.append(FoundDraft(path: file, draft: draft))
        }
        removeLeftovers()
        return (drafts.sorted { $0.draft.savedAt > $1.draft.savedAt }, unreadable)
    }

    /// Removes what killed sessions of this user left beside no draft: lock files whose draft is gone (a kill
    /// while removing it) and temporary files (a kill while rewriting it; the draft itself is whole).
    private func removeLeftovers() {
        for name in FileIO.list(folder) {
            let file = folder + "/" + name
            let draft: String
            if name.hasSuffix(".lock") {
                draft = (file as NSString).deletingPathExtension + ".json"
                guard !FileIO.exists(draft) else { continue }
            } else if name.hasPrefix("."), name.hasSuffix(".json.tmp") {
                draft = folder + "/" + String(name.dropFirst().dropLast(4))
            } else {
                continue
            }
            guard file != path, draft != path, Self.isOwnRegularFile(file) else { continue }
            guard let probe = Self.lock(Self.lockFile(of: draft), create: false) else {
                if !FileIO.exists(Self.lockFile(of: draft)) { unlink(file) }
                continue
            }
            unlink(file)
            close(probe)
        }
    }

    /// Whether a note signed from draft `id` is in the journal.
    private func isSigned(_ id: String) -> Bool {
        (try? store.journalRecords(draftID: id)) ?? false
    }

    static func id(ofFile path: String) -> String {
        ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }

    private static func lockFile(of path: String) -> String {
        (path as NSString).deletingPathExtension + ".lock"
    }

    /// Opens and locks `path` without waiting; `nil` when it is missing (and not to be created) or held.
    private static func lock(_ path: String, create: Bool, exclusive: Bool = false, shared: Bool = false) -> Int32? {
        var flags = (shared ? O_RDONLY : O_RDWR) | O_NOFOLLOW | O_CLOEXEC
        if create { flags |= O_CREAT }
        if exclusive { flags |= O_EXCL }
        let fd = open(path, flags, 0o600)
        guard fd >= 0 else { return nil }
        if create { fchmod(fd, 0o600) }
        guard flock(fd, (shared ? LOCK_SH : LOCK_EX) | LOCK_NB) == 0 else {
            close(fd)
            return nil
        }
        return fd
    }

    /// Whether `path` is a regular file (not a link) owned by this process's user.
    private static func isOwnRegularFile(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG && info.st_uid == getuid()
    }
}
