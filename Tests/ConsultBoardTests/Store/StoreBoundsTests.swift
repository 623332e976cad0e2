import Foundation
import Testing
@testable import ConsultBoard

/// Numbers read from files are bounded (no arithmetic on them can overflow), and a new board appears whole or
/// not at all.
@Suite struct StoreBoundsTests {
    @Test func anExportWithAnExtremeRevisionIsRefusedCleanly() throws {
        let folder = try StoreFolder()
        let store = try Sample.board(at: folder.board, patients: 1)
        let document = try store.export().encoded()
        for extreme in [Int.max, BoardLimits.maxRevision + 1] {
            var object = try #require(try JSONSerialization.jsonObject(with: document) as? [String: Any])
            object["revision"] = extreme
            let data = try JSONSerialization.data(withJSONObject: object)
            #expect(throws: ImportError.self) { try ExportDocument.decode(data) }
            do {
                _ = try ExportDocument.decode(data)
            } catch {
                #expect(error.path == "$.revision", "\(error)")
            }
        }
    }

    @Test func aJournalEntryNumberedIntMaxIsDamageNotACrash() throws {
        let folder = try StoreFolder()
        let original = try Sample.board(at: folder.board, patients: 1)
        let imported = folder.path("imported")
        let store = try BoardStore.importBoard(original.export(), at: imported, author: "dr.li")
        let files = BoardFiles(folder: imported)
        var lines = try files.journalLines()
        let seq = try #require(String(decoding: lines[0], as: UTF8.self).firstMatch(of: /"seq":(\d+)/)?.1)
        lines[0] = BoardFiles.reseal(BoardFiles.replacing("\"seq\":\(seq)", with: "\"seq\":\(Int.max)", in: lines[0]))
        try files.writeJournal(lines)
        try FileManager.default.removeItem(atPath: imported + "/checkpoint")
        let report = BoardStore.validate(at: imported)
        #expect(!report.isIntact)
        #expect(report.problems.contains { $0.message.contains("out of range") }, "\(report.findings)")
        #expect(throws: StoreError.self) { try store.apply([Sample.note("SCI-0001")], author: "dr.li") }
    }

    @Test func aCreationStoppedBeforeItIsPlacedLeavesNoBoardAndTheNextOneIsWhole() throws {
        let folder = try StoreFolder()
        var hooks = StoreHooks()
        hooks.stopBeforePlacingNewBoard = true
        #expect(throws: StoreError.self) {
            try BoardStore.create(at: folder.board, first: .createBoard(CreateBoard(ward: "W")), sequence: 1, author: "dr.li", at: Sample.start, hooks: hooks)
        }
        #expect(!FileManager.default.fileExists(atPath: folder.board), "no board, not even a folder, where the board would be")
        let parent = (folder.board as NSString).deletingLastPathComponent
        #expect(FileIO.list(parent).contains { $0.contains(".creating-") }, "the half-built board is hidden beside it")
        #expect(throws: StoreError.self) { try BoardStore(path: folder.board) }

        let store = try BoardStore.create(at: folder.board, ward: "W", author: "dr.li", at: Sample.start)
        #expect(try store.load().ward == "W")
        #expect(BoardStore.validate(at: folder.board).isIntact)
        #expect(!FileIO.list(parent).contains { $0.contains(".creating-") }, "the next creation removed what the stopped one left")
        #expect(throws: StoreError.alreadyExists(path: folder.board)) {
            try BoardStore.create(at: folder.board, ward: "W", author: "dr.li", at: Sample.start)
        }
    }
}
