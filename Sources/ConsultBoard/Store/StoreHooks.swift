import Foundation

/// Test seams of the store: I/O failures to inject and a log of the files it read.
///
/// SQLite's lesson: a promise about failing disks is only as good as the test that makes the disk fail. Tests
/// (which run as root, where permission bits do not stop anyone) use these to make an append fail half way, the
/// journal refuse writing, or to check that a change read only the files it needed. Production stores use none.
struct StoreHooks: Sendable {
    var faults = FaultPlan()
    var reads: ReadLog?
    /// Stops a `DraftKeeper` at this step as a kill would: it throws there, leaving the files as they are.
    var stopAtDraftStep: DraftStep?
    /// Stops creating a board just before its finished folder is renamed into place, as a kill would.
    var stopBeforePlacingNewBoard = false
    /// Runs this program instead of `logger` for a board that logs its hashes (see `SyslogRecord`).
    var syslogProgram: String?
}

/// I/O failures to inject, each as the `errno` the operating system would give.
struct FaultPlan: Sendable {
    /// Opening the journal for appending fails (`EACCES`, `EROFS`...).
    var openJournal: Int32?
    /// Appending to the journal writes `afterBytes` bytes, then fails with `errno` (`ENOSPC`, `EIO`...).
    var journalWrite: (errno: Int32, afterBytes: Int)?
    /// Writing any checkpoint file fails.
    var checkpointWrite: Int32?
    /// Creating the journal or `board.json` of a new board fails.
    var createFile: Int32?
}

/// The files a store read, in order (a test hook: "a note add reads no other patient's file").
typealias ReadLog = LockedList<String>
