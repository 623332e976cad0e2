import Foundation
import Testing
@testable import ConsultBoard

/// `validate --repair`: the documented way back from damage. It cuts the damaged end off the journal, keeps a
/// copy of every byte it cuts, rebuilds the checkpoint, and says what it did.
@Suite struct RepairTests {
    @Test func aTornTailIsCutIntoACopyAndTheBoardOpensAgain() throws {
        let folder = try StoreFolder()
        let store = try Sample.board(at: folder.board, patients: 2)
        let files = BoardFiles(folder: folder.board)
        let good = try files.bytes(files.journal)
        let torn = Data(#"{"at":"2026-11-25T08:30:00Z","author":"dr.li","kind":"note.ad"#.utf8)
        try files.write(good + torn, to: files.journal)

        let report = try BoardStore.repair(at: folder.board, now: Sample.start)
        let cutFile = try #require(report.cutFile)
        #expect(cutFile.hasSuffix("journal.jsonl.cut-20260921T141320Z"))
        #expect(try files.bytes(cutFile) == torn, "the copy holds exactly what was cut")
        #expect(try files.bytes(files.journal) == good)
        #expect(report.cutEntries == 0)
        #expect(report.actions.first?.contains("line 10") == true, "\(report.actions)")
        #expect(BoardStore.validate(at: folder.board).isIntact)
        #expect(try store.apply([Sample.note("SCI-0001")], author: "dr.li") == ["N-10"])
        // The copy is reported by validate, and a second repair finds nothing to do.
        #expect(BoardStore.validate(at: folder.board).findings.contains { $0.file == cutFile && $0.severity == .note })
        #expect(try BoardStore.repair(at: folder.board).actions == ["nothing to repair: the board is intact"])
    }

    @Test func damageACheckpointCoversIsSetAsideAndEveryLaterLineKept() throws {
        let folder = try StoreFolder()
        let store = try Sample.board(at: folder.board, patients: 3).checkpointingEvery(3)
        try store.apply([Sample.note("SCI-0001")], author: "dr.li")
        let sound = try store.load()
        let files = BoardFiles(folder: folder.board)
        var lines = try files.journalLines()
        lines[5] = BoardFiles.replacing("患者2", with: "患者9", in: lines[5])  // line 6: the second admission
        try files.writeJournal(lines)
        let damaged = try files.bytes(files.journal)
        #expect(!BoardStore.validate(at: folder.board).isIntact)

        let report = try BoardStore.repair(at: folder.board, now: Sample.start)
        #expect(report.cutFile == nil && report.cutEntries == 0, "\(report.actions)")
        #expect(report.actions.first?.contains("set aside damaged journal.jsonl line 6 (entry 6") == true, "\(report.actions)")
        let quarantine = folder.file("journal.jsonl.quarantine-20260921T141320Z")
        #expect(try files.bytes(quarantine) == lines[5] + Data([0x0A]), "the damaged line's bytes are kept")
        let now = try files.bytes(files.journal)
        #expect(now.starts(with: damaged), "nothing cut: the repair's record follows the damaged journal")
        let validation = BoardStore.validate(at: folder.board)
        #expect(validation.isIntact, "\(validation.findings)")
        #expect(validation.findings.contains { $0.line == 6 && $0.message.contains("set aside by a repair") })
        #expect(try store.load().patients == sound.patients, "every acknowledged change is still on the board")
        var stale = Board()  // a reader from before the damaged line: the gap sends it to the checkpoint
        _ = try store.refresh(&stale)
        #expect(stale.patients == sound.patients)
        // The history steps over the damaged line; writing and repairing again work.
        let history = try store.entries().map(\.sequence)
        #expect(!history.contains(6) && history.contains(5) && history.contains(7) && history.last == sound.revision + 1)
        #expect(try store.apply([Sample.note("SCI-0002")], author: "dr.li").count == 1)
        #expect(try BoardStore.repair(at: folder.board).actions == ["nothing to repair: the board is intact"])
    }

    @Test func aDamagedLineNoCheckpointCoversIsCutOnlyWithForce() throws {
        let folder = try StoreFolder()
        let store = try Sample.board(at: folder.board, patients: 3).checkpointingEvery(3)
        try store.apply([Sample.note("SCI-0001")], author: "dr.li")
        try FileManager.default.removeItem(atPath: folder.file("checkpoint"))
        let files = BoardFiles(folder: folder.board)
        var lines = try files.journalLines()
        lines[5] = BoardFiles.replacing("bed SCI-", with: "bad SCI-", in: lines[5])  // line 6: the second admission
        try files.writeJournal(lines)
        let expectedCut = lines[5...].reduce(into: Data()) { $0.append($1); $0.append(0x0A) }
        let before = try files.snapshot()
        #expect(throws: StoreError.self) { try BoardStore.repair(at: folder.board, now: Sample.start) }
        do {
            _ = try BoardStore.repair(at: folder.board, now: Sample.start)
        } catch {
            #expect(error.description.contains("\(lines.count - 5) acknowledged changes (patients: SCI-0001, SCI-0002"), "\(error)")
        }
        #expect(try files.snapshot() == before, "nothing changed without force")

        let report = try BoardStore.repair(at: folder.board, force: true, now: Sample.start)
        #expect(try files.bytes(try #require(report.cutFile)) == expectedCut)
        #expect(report.cutEntries == lines.count - 5)
        #expect(report.actions.contains { $0.contains("complete entries") })
        #expect(report.actions.contains { $0.contains("rebuilt the checkpoint") })
        let board = try store.load()
        #expect(board.revision == 5 && Array(board.patients.keys) == ["SCI-0001"])
        #expect(BoardStore.validate(at: folder.board).isIntact)
    }

    @Test func repairNeverCutsTheFirstLineOrANewerLine() throws {
        let folder = try StoreFolder()
        try Sample.board(at: folder.board, patients: 1)
        let files = BoardFiles(folder: folder.board)
        let original = try files.journalLines()

        var lines = original
        lines[0] = BoardFiles.replacing("Spine", with: "Spina", in: lines[0])
        try files.writeJournal(lines)
        let before = try files.snapshot()
        #expect(throws: StoreError.self) { try BoardStore.repair(at: folder.board) }
        #expect(try files.snapshot() == before)

        lines = original
        lines[3] = BoardFiles.reseal(BoardFiles.replacing("\"v\":1", with: "\"v\":9", in: lines[3]))
        try files.writeJournal(lines)
        let newer = try files.snapshot()
        #expect(throws: StoreError.newerSchema(file: "\(files.journal) line 4", found: 9, supported: 1)) {
            try BoardStore.repair(at: folder.board)
        }
        #expect(try files.snapshot() == newer)
    }

    @Test func aMissingBoardDescriptionIsWrittenAgain() throws {
        let folder = try StoreFolder()
        let store = try Sample.board(at: folder.board, patients: 1)
        try FileManager.default.removeItem(atPath: folder.file("board.json"))
        let report = try BoardStore.repair(at: folder.board)
        #expect(report.actions.contains { $0.contains("board.json") })
        #expect(try store.load().patients.count == 1)
        #expect(BoardStore.validate(at: folder.board).isIntact)
    }
}
