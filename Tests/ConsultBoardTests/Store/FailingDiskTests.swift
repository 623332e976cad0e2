import Foundation
import Testing
@testable import ConsultBoard

/// What the operating system refuses. Tests run as root, where permission bits stop no one, so a read-only
/// board and a full disk are simulated by injecting the `errno` the system would give (`StoreHooks`); the real
/// permission check, as an unprivileged user, is in the CLI tests (StoreCommandsTests).
@Suite struct FailingDiskTests {
    @Test func aReadOnlyBoardSaysSoAndWritesNothing() throws {
        let folder = try StoreFolder()
        var store = try Sample.board(at: folder.board, patients: 1)
        let files = BoardFiles(folder: folder.board)
        let before = try files.snapshot()
        for code in [EACCES, EROFS] {
            store.hooks.faults.openJournal = code
            do {
                try store.apply([Sample.note("SCI-0001")], author: "dr.li")
                Issue.record("a write went through a read-only board")
            } catch {
                #expect(error.description.contains("journal.jsonl"))
                #expect(error.description.contains(code == EACCES ? "permission denied" : "read-only"), "\(error)")
                #expect(error.description.contains("nothing was changed"))
            }
        }
        #expect(try files.snapshot() == before)
        // Reading still works.
        #expect(try store.load().patients.count == 1)
    }

    @Test func aFailedAppendLeavesNoHalfLine() throws {
        let folder = try StoreFolder()
        var store = try Sample.board(at: folder.board, patients: 1)
        let files = BoardFiles(folder: folder.board)
        let journal = try files.bytes(files.journal)
        for afterBytes in [0, 1, 60, 5000] {
            store.hooks.faults.journalWrite = (ENOSPC, afterBytes)
            do {
                try store.apply([Sample.note("SCI-0001"), Sample.lab("SCI-0001")], author: "dr.li")
                Issue.record("the append did not fail")
            } catch {
                #expect(error.description.contains("disk is full"), "\(error)")
            }
            #expect(try files.bytes(files.journal) == journal, "after \(afterBytes) bytes the journal is as it was")
        }
        store.hooks.faults.journalWrite = nil
        #expect(try store.apply([Sample.note("SCI-0001")], author: "dr.li") == ["N-6"])
        #expect(BoardStore.validate(at: folder.board).isIntact)
    }

    @Test func aFailedCheckpointDoesNotUndoTheChange() throws {
        let folder = try StoreFolder()
        var store = try Sample.board(at: folder.board, patients: 2).checkpointingEvery(1)
        let manifest = try BoardFiles(folder: folder.board).bytes(folder.file("checkpoint/manifest.json"))
        store.hooks.faults.checkpointWrite = EIO
        #expect(try store.apply([Sample.note("SCI-0001")], author: "dr.li") == ["N-10"])
        #expect(try BoardFiles(folder: folder.board).bytes(folder.file("checkpoint/manifest.json")) == manifest, "the old checkpoint stays in force")
        #expect(try store.load().patients["SCI-0001"]?.notes.count == 2)
        #expect(BoardStore.validate(at: folder.board).isIntact)
        store.hooks.faults.checkpointWrite = nil
        try store.apply([Sample.note("SCI-0002")], author: "dr.li")
        #expect(try store.checkpoint.manifest()?.revision == 11)
        #expect(try store.load() == (try store.replayedFromJournal()))
    }

    @Test func aFailedCreationLeavesNothingHalfMade() throws {
        let folder = try StoreFolder()
        var hooks = StoreHooks()
        hooks.faults.createFile = ENOSPC
        #expect(throws: StoreError.self) {
            try BoardStore.create(at: folder.board, first: .createBoard(CreateBoard(ward: "W")), sequence: 1, author: "a", at: Sample.start, hooks: hooks)
        }
        #expect(!FileManager.default.fileExists(atPath: folder.file("journal.jsonl")))
        #expect(!FileManager.default.fileExists(atPath: folder.file("board.json")))
        try BoardStore.create(at: folder.board, ward: "W", author: "a")
        #expect(BoardStore.validate(at: folder.board).isIntact)
    }
}
