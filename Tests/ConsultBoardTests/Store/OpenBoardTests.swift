import Foundation
import Testing
@testable import ConsultBoard

/// The live view of an open board (the TUI): others' changes are noticed with a `stat` and brought in by
/// reading only what was appended.
@Suite struct OpenBoardTests {
    @Test func othersChangesAreNoticedAndAppliedIncrementally() throws {
        let folder = try StoreFolder()
        let reader = try Sample.board(at: folder.board, patients: 2)
        var open = try reader.open()
        #expect(!open.hasChanges())
        #expect(try open.refresh().isEmpty)

        let writer = try BoardStore(path: folder.board)
        try writer.apply([Sample.note("SCI-0002", "from another terminal 另一个终端")], author: "dr.wu")
        try writer.apply([.updatePatient(UpdatePatient(mrn: "SCI-0001", severity: .unstable))], author: "dr.wu")
        #expect(open.hasChanges())
        #expect(try open.refresh().map(\.sequence) == [10, 11])
        #expect(open.board.patients["SCI-0001"]?.patient.severity == .unstable)
        try writer.apply([Sample.lab("SCI-0001", 140)], author: "lab")
        let offset = open.journalOffset
        let new = try open.refresh()
        #expect(new.map(\.sequence) == [12])
        #expect(open.board == (try writer.load()))
        #expect(open.journalOffset > offset)
        #expect(!open.hasChanges())
    }

    @Test func refreshReadsOnlyTheJournal() throws {
        let folder = try StoreFolder()
        var store = try Sample.board(at: folder.board, patients: 2)
        store.hooks.reads = ReadLog()
        var open = try store.open()
        let readsAtOpen = store.hooks.reads?.all.count ?? 0
        try BoardStore(path: folder.board).checkpointingEvery(1).apply([Sample.note("SCI-0001")], author: "dr.wu")
        try open.refresh()
        let refreshReads = Array((store.hooks.reads?.all ?? []).dropFirst(readsAtOpen))
        #expect(refreshReads.allSatisfy { $0.hasSuffix("/journal.jsonl") }, "\(refreshReads)")
        #expect(open.board.patients["SCI-0001"]?.notes.count == 2)
    }

    @Test func aJournalCutByARepairIsReadAfresh() throws {
        let folder = try StoreFolder()
        let store = try Sample.board(at: folder.board, patients: 2)
        var open = try store.open()
        let files = BoardFiles(folder: folder.board)
        var lines = try files.journalLines()
        lines[7] = BoardFiles.replacing("umol/L", with: "mg/dL", in: lines[7])
        try files.writeJournal(lines)
        _ = try BoardStore.repair(at: folder.board, force: true)
        #expect(open.hasChanges())
        #expect(try open.refresh().isEmpty)
        #expect(open.board == (try store.load()))
        #expect(open.board.revision == 7)
    }

    @Test func theBoardValueRefreshStillWorks() throws {
        let folder = try StoreFolder()
        let store = try Sample.board(at: folder.board, patients: 1).checkpointingEvery(2)
        var board = try store.load()
        try store.apply([Sample.note("SCI-0001"), Sample.note("SCI-0001"), Sample.note("SCI-0001")], author: "dr.li")
        let new = try store.refresh(&board)
        #expect(new.map(\.sequence) == [6, 7, 8])
        #expect(board == (try store.load()))
    }
}
