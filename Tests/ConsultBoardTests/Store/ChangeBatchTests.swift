import Foundation
import Testing
@testable import ConsultBoard

/// `BoardStore.batch`: many changes, each with its own author and time, written as one append, all or none.
@Suite struct ChangeBatchTests {
    @Test func everyChangeKeepsItsAuthorTimeAndIdsAndTheBoardValidates() throws {
        let folder = try StoreFolder()
        let store = try Sample.board(at: folder.board, patients: 2)
        let before = try store.load().revision
        let ids = try store.batch { (batch) throws(BoardError) -> [[String?]] in
            let admitted = try batch.apply([Sample.admit("SCI-0003", name: "李雷")], author: "dr.wu", at: Sample.at(100))
            let noted = try batch.apply([Sample.note("SCI-0003", "第一天"), Sample.lab("SCI-0001", 140)], author: "dr.chen", at: Sample.at(200))
            // A later change in the batch refers to a record an earlier one created.
            let noteID = noted.first.flatMap { $0 } ?? "no note id"  // a missing id fails the addendum below
            let addendum = try batch.apply([.addAddendum(AddAddendum(noteID: noteID, text: "补充"))], author: "dr.li", at: Sample.at(300))
            return [admitted, noted, addendum]
        }
        #expect(ids.map(\.count) == [1, 2, 1])

        let entries = try store.entries(since: before)
        #expect(entries.map(\.sequence) == Array((before + 1)...(before + 4)))
        #expect(entries.map(\.author) == ["dr.wu", "dr.chen", "dr.chen", "dr.li"])
        #expect(entries.map(\.at) == [Sample.at(100), Sample.at(200), Sample.at(200), Sample.at(300)])
        let board = try store.load()
        #expect(board == (try store.replayedFromJournal()))
        #expect(board.patients["SCI-0003"]?.notes.first?.addenda.first?.text == "补充")
        #expect(BoardStore.validate(at: folder.board).isIntact)
        // The store goes on as usual after a batch.
        try store.apply([Sample.note("SCI-0003", "next day")], author: "dr.wu")
        #expect(try store.load().patients["SCI-0003"]?.notes.count == 2)
    }

    @Test func aRefusedChangeLeavesTheJournalAsItWas() throws {
        let folder = try StoreFolder()
        let store = try Sample.board(at: folder.board, patients: 1)
        let journal = try Data(contentsOf: URL(fileURLWithPath: folder.file("journal.jsonl")))
        #expect(throws: StoreError.rejected(.unknownPatient("SCI-0404"))) {
            try store.batch { (batch) throws(BoardError) in
                try batch.apply([Sample.note("SCI-0001", "fine")], author: "dr.wu", at: Sample.at(100))
                try batch.apply([Sample.note("SCI-0404", "no such patient")], author: "dr.wu", at: Sample.at(101))
            }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.file("journal.jsonl"))) == journal)
        #expect(try store.load().patients["SCI-0001"]?.notes.count == 1)
    }

    @Test func aBatchThatIsDueWritesACheckpointOfTheWholeBoard() throws {
        let folder = try StoreFolder()
        let store = try Sample.board(at: folder.board, patients: 2).checkpointingEvery(3)
        try store.batch { (batch) throws(BoardError) in
            for minute in 0..<5 { try batch.apply([Sample.lab("SCI-0002", Double(90 + minute))], author: "dr.wu", at: Sample.at(minute)) }
        }
        let manifest = try #require(try store.checkpoint.manifest())
        #expect(manifest.revision == (try store.load().revision))
        #expect(BoardStore.validate(at: folder.board).isIntact)
    }

    @Test func theGeneratorIsDeterministicAndItsBoardValidates() throws {
        let folder = try StoreFolder()
        let generator = BoardGenerator(patients: 3, notes: 40, labs: 90, seed: 11, now: Date(timeIntervalSince1970: 1_795_000_000))
        try generator.generate(at: folder.path("a"))
        try generator.generate(at: folder.path("b"))
        let journal = { (name: String) in try Data(contentsOf: URL(fileURLWithPath: folder.path(name) + "/journal.jsonl")) }
        #expect(try journal("a") == journal("b"))
        let board = try BoardStore(path: folder.path("a")).load()
        #expect(board.patients.count == 3)
        #expect(board.patients.values.allSatisfy { $0.notes.count == 40 && $0.labs.count == 90 })
        #expect(BoardStore.validate(at: folder.path("a")).isIntact)
    }
}
