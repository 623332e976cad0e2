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
    public var author: String
    public var mrn: MRN
    /// For an addendum: the note it adds to.
    public var noteID: RecordID?
    public var service: Service
    public var type: NoteType
    public var text: String
    /// When the draft was last written.
    public var savedAt: Date

    public init(author: String, mrn: MRN, noteID: RecordID? = nil, service: Service, type: NoteType, text: String, savedAt: Date) {
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

/// Keeps one editor's draft on disk: writes it as it changes, removes it once the note is signed or discarded.
///
/// The draft's file stays locked (`flock`) for as long as its keeper lives, so another TUI of the same author
/// never takes over a draft that is still being written; the lock goes with the process, so a draft whose TUI
/// died can be adopted by the next one (`adoptableDrafts`).
public final class DraftKeeper: @unchecked Sendable {
    /// Where drafts are kept.
    public let folder: String
    private let modes: FileModes
    /// The draft file this keeper owns (locked), once it has written or adopted one.
    public private(set) var path: String?
    private var fd: Int32 = -1
    /// What the file holds now.
    public private(set) var kept: NoteDraft?

    public init(store: BoardStore) {
        folder = store.layout.drafts
        modes = store.modes
    }

    deinit { if fd >= 0 { close(fd) } }

    /// Makes the file hold `draft`: writes it when it differs from what is kept, removes the file when `draft`
    /// is nil (the note was signed or discarded).
    public func keep(_ draft: NoteDraft?) throws(StoreError) {
        guard let draft else {
            remove()
            return
        }
        if let kept, kept.hasSameText(as: draft) { return }
        let data: Data
        do { data = try BoardJSON.encoder(pretty: true).encode(draft) } catch {
            throw .io(file: folder, operation: "encode a note draft", reason: "\(error)")
        }
        if fd < 0 { try create() }
        guard let path else { return }
        // Rewritten in place, so the lock (held on this open file) stays; a crash mid-write leaves a file that
        // `adoptableDrafts` reports instead of believing.
        let written = data.withUnsafeBytes { bytes in ftruncate(fd, 0) == 0 ? pwrite(fd, bytes.baseAddress, bytes.count, 0) : -1 }
        guard written == data.count, fsync(fd) == 0 else { throw FileIO.failure(path, "write the note draft", errno) }
        kept = draft
    }

    /// Removes the draft file, if this keeper has one.
    public func remove() {
        if let path { unlink(path) }
        if fd >= 0 { close(fd) }
        fd = -1
        path = nil
        kept = nil
    }

    /// Takes over a draft whose TUI has gone (see `adoptableDrafts`); `false` when another process holds it.
    public func adopt(_ found: FoundDraft) -> Bool {
        let descriptor = open(found.path, O_RDWR | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            return false
        }
        remove()
        fd = descriptor
        path = found.path
        kept = found.draft
        return true
    }

    private func create() throws(StoreError) {
        try FileIO.makeFolder(folder, mode: modes.directory)
        let file = folder + "/\(UUID().uuidString).json"
        let descriptor = open(file, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw FileIO.failure(file, "create the note draft", errno) }
        fchmod(descriptor, 0o600)
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw FileIO.failure(file, "lock the note draft", errno)
        }
        fd = descriptor
        path = file
    }

    /// A draft file found in the board's drafts folder.
    public struct FoundDraft: Sendable, Equatable {
        public var path: String
        public var draft: NoteDraft
    }

    /// The drafts of `author` that no running TUI holds, newest first; and the draft files that cannot be read
    /// (damaged, or written by someone this user may not read), so they can be reported, never silently dropped.
    public func adoptableDrafts(of author: String) -> (drafts: [FoundDraft], unreadable: [String]) {
        var drafts: [FoundDraft] = []
        var unreadable: [String] = []
        for name in FileIO.list(folder).sorted() where name.hasSuffix(".json") {
            let file = folder + "/" + name
            guard file != path else { continue }
            let descriptor = open(file, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { continue }  // another user's draft: not ours to read
            defer { close(descriptor) }
            guard flock(descriptor, LOCK_SH | LOCK_NB) == 0 else { continue }  // its TUI is still running
            guard let data = try? Data(contentsOf: URL(fileURLWithPath: file)),
                let draft = try? BoardJSON.decoder().decode(NoteDraft.self, from: data)
            else {
                unreadable.append(file)
                continue
            }
            if draft.author == author { drafts.append(FoundDraft(path: file, draft: draft)) }
        }
        return (drafts.sorted { $0.draft.savedAt > $1.draft.savedAt }, unreadable)
    }
}
