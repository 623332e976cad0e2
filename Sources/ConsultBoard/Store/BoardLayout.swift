import Foundation

/// Where each file of a board lives (see docs/storage.md).
///
/// ```
/// <board>/board.json                      what the folder is, and its schema version
/// <board>/journal.jsonl                   the source of truth and audit trail (append only)
/// <board>/                                the folder itself is flock'd by writers (exclusive) and readers (shared)
/// <board>/checkpoint/manifest.json        the derived cache: revision, journal position, patients
/// <board>/checkpoint/patients/*.json      one file per patient: the whole record at a revision
/// <board>/checkpoint/ids/*.json           which patient holds each record id, by ranges of id numbers
/// <board>/drafts/*.json                    notes being written in a TUI, not yet signed (`DraftKeeper`)
/// ```
struct BoardLayout: Sendable, Equatable {
    let folder: String

    init(folder: String) {
        var path = folder
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        self.folder = path
    }

    var meta: String { folder + "/board.json" }
    var journal: String { folder + "/journal.jsonl" }
    /// The empty file earlier versions locked (the folder is locked now: see `FileLock`); only looked at.
    var lock: String { folder + "/lock" }
    var checkpoint: String { folder + "/checkpoint" }
    var manifest: String { checkpoint + "/manifest.json" }
    var patients: String { checkpoint + "/patients" }
    var ids: String { checkpoint + "/ids" }
    var drafts: String { folder + "/drafts" }

    /// The absolute path of a file the manifest names relative to `checkpoint/`.
    func checkpointFile(_ relative: String) -> String { checkpoint + "/" + relative }
}
