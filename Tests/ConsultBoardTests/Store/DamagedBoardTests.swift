import Foundation
import Testing
@testable import ConsultBoard

/// A damaged board is never believed, overwritten or repaired silently: every read and write names the file
/// (and line) and leaves the bytes as they were; `validate` finds what a full check can find.
@Suite struct DamagedBoardTests {
    private func board(_ folder: StoreFolder, patients: Int = 2) throws -> (BoardStore, BoardFiles) {
        (try Sample.board(at: folder.board, patients: patients), BoardFiles(folder: folder.board))
    }

    /// Every command refuses with `expected` (or an error mentioning the file and line) and changes nothing.
    private func expectRefusal(_ store: BoardStore, _ files: BoardFiles, naming file: String, line: Int?) throws {
        let before = try files.snapshot()
        for (name, action) in [
            ("load", { _ = try store.load() }),
            ("apply", { _ = try store.apply([Sample.note("SCI-0001")], author: "dr.li") }),
            ("open", { _ = try store.open() }),
        ] as [(String, () throws -> Void)] {
            do {
                try action()
                Issue.record("\(name) accepted a damaged board")
            } catch let error as StoreError {
                #expect(error.description.contains(file), "\(name): \(error)")
                if let line { #expect(error.description.contains("line \(line)"), "\(name): \(error)") }
            }
        }
        #expect(try files.snapshot() == before, "nothing was changed")
        #expect(!BoardStore.validate(at: files.folder).isIntact)
    }

    /// Changes the journal's lines by hand and returns the first problem `validate` reports.
    private func firstProblem(after edit: (inout [Data]) -> Void) throws -> ValidationReport.Finding {
        let folder = try StoreFolder()
        let (_, files) = try board(folder)
        var lines = try files.journalLines()
        edit(&lines)
        try files.writeJournal(lines)
        return try #require(BoardStore.validate(at: folder.board).problems.first)
    }

    /// An incomplete last line is what a writer killed mid-append leaves: a change nobody was told succeeded.
    /// Readers leave it out (the board is every acknowledged change), `validate` warns about it, and the next
    /// writer moves it into a copy before appending; nothing is dropped silently.
    @Test func aTornLastLineIsLeftOutAndSetAsideNotDropped() throws {
        let folder = try StoreFolder()
        let (store, files) = try board(folder)
        let intact = try store.load()
        var bytes = try files.bytes(files.journal)
        let fragment = Data(#"{"at":"2026-11-25T08:30:00Z","author":"dr.li","kind":"note.add","pay"#.utf8)
        bytes.append(fragment)
        try files.write(bytes, to: files.journal)

        #expect(try store.load() == intact)
        #expect(try store.open().board == intact)
        let report = BoardStore.validate(at: folder.board)
        #expect(report.isIntact && report.hasInterruptedWrite && report.needsRepair)
        #expect(report.findings.contains { $0.severity == .warning && $0.line == 10 && $0.message.contains("incomplete") })
        #expect(try files.bytes(files.journal) == bytes, "reading changes nothing")

        let ids = try store.apply([Sample.note("SCI-0001")], author: "dr.li")
        #expect(ids.count == 1)
        let cut = try FileManager.default.contentsOfDirectory(atPath: folder.board).filter { $0.hasPrefix("journal.jsonl.cut-") }
        #expect(cut.count == 1)
        #expect(try files.bytes(folder.board + "/" + cut[0]) == fragment)
        let after = BoardStore.validate(at: folder.board)
        #expect(after.isIntact && !after.hasInterruptedWrite)
        #expect(try store.load().revision == intact.revision + 1)
    }

    @Test func aFlippedByteInTheMiddleIsFoundByLine() throws {
        let folder = try StoreFolder()
        let (store, files) = try board(folder)
        var lines = try files.journalLines()
        // Line 7 is the second patient's note: change one letter of its text.
        lines[6] = BoardFiles.replacing("ward round", with: "ward rounD", in: lines[6])
        try files.writeJournal(lines)
        try expectRefusal(store, files, naming: "journal.jsonl", line: 7)
        let problem = try #require(BoardStore.validate(at: folder.board).problems.first)
        #expect(problem.line == 7 && problem.message.contains("does not match its hash"))
    }

    @Test func anEditedAndResealedLineBreaksTheChain() throws {
        let problem = try firstProblem { lines in
            lines[2] = BoardFiles.reseal(BoardFiles.replacing("ward round", with: "ward visit", in: lines[2]))
        }
        #expect(problem.line == 4 && problem.message.contains("line 3 was changed"), "\(problem)")
    }

    @Test func aRemovedLineIsFound() throws {
        let problem = try firstProblem { lines in lines.remove(at: 4) }
        #expect(problem.line == 5 && problem.message.contains("entry number 6 where 5 was expected"), "\(problem)")
    }

    @Test func reorderedLinesAreFound() throws {
        let problem = try firstProblem { lines in lines.swapAt(3, 4) }
        #expect(problem.line == 4 && problem.message.contains("reordered"), "\(problem)")
    }

    @Test func anEditOfTheLastLineIsFound() throws {
        let folder = try StoreFolder()
        let (store, files) = try board(folder)
        var lines = try files.journalLines()
        let last = lines.count - 1
        lines[last] = BoardFiles.replacing("Enoxaparin", with: "Heparin", in: lines[last])
        try files.writeJournal(lines)
        try expectRefusal(store, files, naming: "journal.jsonl", line: lines.count)
    }

    @Test func aNewerSchemaIsRefusedNamingTheFile() throws {
        let folder = try StoreFolder()
        let (_, files) = try board(folder)
        let meta = try files.bytes(folder.file("board.json"))
        try files.write(BoardFiles.replacing("\"schemaVersion\" : 1", with: "\"schemaVersion\" : 2", in: meta), to: folder.file("board.json"))
        #expect(throws: StoreError.newerSchema(file: folder.file("board.json"), found: 2, supported: 1)) {
            try BoardStore(path: folder.board)
        }
        try files.write(meta, to: folder.file("board.json"))

        // A journal line from a newer consult-board (properly sealed and chained).
        var lines = try files.journalLines()
        lines[lines.count - 1] = BoardFiles.reseal(BoardFiles.replacing("\"v\":1", with: "\"v\":2", in: lines[lines.count - 1]))
        try files.writeJournal(lines)
        let store = try BoardStore(path: folder.board)
        do {
            _ = try store.load()
            Issue.record("a newer line was read")
        } catch {
            #expect(error == .newerSchema(file: "\(files.journal) line \(lines.count)", found: 2, supported: 1))
            #expect(error.description.contains("use a newer consult-board"))
        }
        #expect(BoardStore.validate(at: folder.board).problems.first?.message.contains("newer consult-board") == true)
    }

    @Test func aNewerCheckpointFileIsRefusedNamingIt() throws {
        let folder = try StoreFolder()
        let (store, files) = try board(folder)
        let manifest = try files.bytes(files.manifest)
        let newer = BoardFiles.replacing("\"schemaVersion\":1", with: "\"schemaVersion\":7", in: manifest)
        try files.write(BoardFiles.reseal(newer), to: files.manifest)
        #expect(throws: StoreError.newerSchema(file: files.manifest, found: 7, supported: 1)) { try store.load() }
    }

    @Test func missingFilesAreNamed() throws {
        let folder = try StoreFolder()
        let (store, files) = try board(folder)
        try store.apply([Sample.note("SCI-0001")], author: "dr.li")
        try store.checkpointingEvery(1).apply([Sample.note("SCI-0001")], author: "dr.li")

        let record = try #require(try store.checkpoint.manifest()?.patients.first?.record.file)
        let recordPath = folder.file("checkpoint/" + record)
        let bytes = try files.bytes(recordPath)
        try FileManager.default.removeItem(atPath: recordPath)
        #expect(throws: StoreError.damaged(file: recordPath, line: nil, reason: "the file is missing")) { try store.load() }
        #expect(BoardStore.validate(at: folder.board).problems.contains { $0.file == recordPath })
        try files.write(bytes, to: recordPath)

        try FileManager.default.moveItem(atPath: files.journal, toPath: folder.path("journal.bak"))
        #expect(throws: StoreError.damaged(file: files.journal, line: nil, reason: "the file is missing")) {
            try BoardStore(path: folder.board)
        }
        try FileManager.default.moveItem(atPath: folder.path("journal.bak"), toPath: files.journal)

        try FileManager.default.removeItem(atPath: folder.file("board.json"))
        #expect(throws: StoreError.damaged(file: folder.file("board.json"), line: nil, reason: "the file is missing although the board's journal is there")) {
            try BoardStore(path: folder.board)
        }
    }

    @Test func aCheckpointThatDisagreesWithTheJournalIsReportedAndTheJournalWins() throws {
        let folder = try StoreFolder()
        let (store, files) = try board(folder)
        try store.checkpointingEvery(1).apply([Sample.note("SCI-0002", "真")], author: "dr.li")
        let truth = try store.replayedFromJournal()
        // Forge a checkpoint record file and fix its hash in the manifest: the forgery is self-consistent.
        let manifestData = try files.bytes(files.manifest)
        var manifest = try BoardJSON.decoder().decode(CheckpointManifest.self, from: manifestData)
        let index = try #require(manifest.patients.firstIndex { $0.patient.mrn == "SCI-0002" })
        let path = folder.file("checkpoint/" + manifest.patients[index].record.file)
        var record = try BoardJSON.decoder().decode(CheckpointRecordFile.self, from: files.bytes(path)).record
        record.orders[0].text = "Forged"
        let forged = try BoardJSON.encoder().encode(CheckpointRecordFile(record: record))
        try files.write(forged, to: path)
        manifest.patients[index].record.sha256 = Seal.sha256Hex(forged)
        try files.write(Seal.seal(try BoardJSON.encoder().encode(manifest)), to: files.manifest)

        let report = BoardStore.validate(at: folder.board)
        #expect(!report.isIntact)
        #expect(report.problems.contains { $0.file == path && $0.message.contains("disagrees with the journal about patient SCI-0002") })
        DamageFindingsInChineseTests.expectChineseAndEnglishUnchanged(report)
        let repair = try BoardStore.repair(at: folder.board)
        #expect(repair.actions.contains { $0.contains("rebuilt the checkpoint") })
        DamageFindingsInChineseTests.expectChinese(repair)
        #expect(try store.load() == truth)
        #expect(BoardStore.validate(at: folder.board).isIntact)
    }
}
