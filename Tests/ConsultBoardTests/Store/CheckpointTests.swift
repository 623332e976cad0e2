import Foundation
import Testing
@testable import ConsultBoard

/// The checkpoint is a cache: opening through it must give exactly the board a full replay of the journal
/// gives, and writing it must touch only what changed.
@Suite struct CheckpointTests {
    @Test func loadingThroughTheCheckpointEqualsAFullReplay() throws {
        let folder = try StoreFolder()
        let store = try Sample.board(at: folder.board, patients: 3).checkpointingEvery(4)
        // Enough changes of every kind for several checkpoints, segment merges and replacement rows.
        for round in 0..<12 {
            let mrn = Sample.mrn(round % 3 + 1)
            try store.apply([Sample.note(mrn, "round \(round) 第\(round)轮"), Sample.lab(mrn, Double(60 + round))], author: "dr.li", at: Sample.at(10 + round))
        }
        try store.apply([.addAddendum(AddAddendum(noteID: "N-3", text: "addendum 补充"))], author: "dr.wu")
        try store.apply([.markNoteInError(MarkNoteInError(noteID: "N-11", reason: "wrong patient"))], author: "dr.wu")
        try store.apply([.setOrderStatus(SetOrderStatus(orderID: "O-5", status: .completed))], author: "dr.wu")
        try store.apply([.updatePatient(UpdatePatient(mrn: "SCI-0002", bed: "3-14", severity: .unstable))], author: "dr.wu")
        try store.apply([Sample.admit("SCI-0004", name: "李雷")], author: "dr.wu")
        let manifest = try #require(try store.checkpoint.manifest())
        #expect(manifest.revision > 20, "several checkpoints were written")
        let loaded = try store.load()
        #expect(loaded == (try store.replayedFromJournal()))
        #expect(loaded.patients["SCI-0001"]?.notes.first?.addenda.first?.text == "addendum 补充")
        #expect(loaded.patients["SCI-0002"]?.patient.bed == "3-14")
        #expect(BoardStore.validate(at: folder.board).isIntact)
    }

    @Test func aCheckpointRewritesOnlyThePatientsThatChanged() throws {
        let folder = try StoreFolder()
        let store = try Sample.board(at: folder.board, patients: 3).checkpointingEvery(2)
        try store.apply([Sample.note("SCI-0001")] + (1...4).map { Sample.lab("SCI-0002", Double(100 + $0)) }, author: "dr.li")
        let before = try #require(try store.checkpoint.manifest())
        try store.apply([Sample.note("SCI-0002"), Sample.lab("SCI-0002")], author: "dr.li")
        let after = try #require(try store.checkpoint.manifest())
        #expect(after.revision == before.revision + 2)
        let untouched = { (m: CheckpointManifest) in m.patients.filter { $0.patient.mrn != "SCI-0002" } }
        #expect(untouched(after) == untouched(before), "patients without changes keep their files")
        let changed = try #require(after.patients.first { $0.patient.mrn == "SCI-0002" })
        let old = try #require(before.patients.first { $0.patient.mrn == "SCI-0002" })
        #expect(changed.record.file != old.record.file)
        #expect(changed.labs.count == 2 && changed.labs.first == old.labs.first, "new labs go in a new segment; the old stays")
        // Files no longer named by the manifest are gone.
        let named = Set(after.patients.flatMap(\.files).map(\.file))
        let present = Set(try FileManager.default.contentsOfDirectory(atPath: folder.file("checkpoint/patients")).map { "patients/" + $0 })
        #expect(present == named)
    }

    @Test func segmentsAreMergedAsTheyPileUp() throws {
        let folder = try StoreFolder()
        let store = try Sample.board(at: folder.board, patients: 1).checkpointingEvery(1)
        for index in 0..<40 { try store.apply([Sample.lab("SCI-0001", Double(50 + index))], author: "lab") }
        let entry = try #require(try store.checkpoint.manifest()?.patients.first)
        #expect(entry.labs.count <= 7, "41 labs in \(entry.labs.count) segments: merged like a binary counter")
        #expect(entry.labs.compactMap(\.rows).reduce(0, +) == 41)
        #expect(try store.load().patients["SCI-0001"]?.labs.map(\.value) == [88] + (0..<40).map { Double(50 + $0) })
    }

    @Test func aBoardWithoutACheckpointOpensByReplayAndGetsOneAtTheNextChange() throws {
        let folder = try StoreFolder()
        let store = try Sample.board(at: folder.board, patients: 2)
        let expected = try store.load()
        try FileManager.default.removeItem(atPath: folder.file("checkpoint"))
        #expect(try store.load() == expected)
        #expect(BoardStore.validate(at: folder.board).findings.contains { $0.severity == .note && $0.message.contains("no checkpoint") })
        try store.apply([Sample.note("SCI-0002")], author: "dr.li")
        #expect(try store.checkpoint.manifest()?.revision == expected.revision + 1)
        #expect(BoardStore.validate(at: folder.board).isIntact)
    }

    @Test func idsOfRecordsBeforeTheCheckpointAreFoundThroughTheIdFiles() throws {
        let folder = try StoreFolder()
        let store = try Sample.board(at: folder.board, patients: 3).checkpointingEvery(1)
        // O-13 belongs to the third patient and is now behind the checkpoint.
        #expect(try store.apply([.setOrderStatus(SetOrderStatus(orderID: "O-13", status: .completed))], author: "dr.li") == ["O-13"])
        let manifest = try #require(try store.checkpoint.manifest())
        #expect(try store.checkpoint.holder(of: "O-13", manifest: manifest) == "SCI-0003")
        #expect(try store.checkpoint.holder(of: "N-3", manifest: manifest) == "SCI-0001")
        #expect(try store.load().patients["SCI-0003"]?.orders.first?.status == .completed)
    }

    /// A writer killed while checkpointing leaves temporary files, or finished files the manifest does not name
    /// yet: the board opens as before, and the next checkpoint clears them away.
    @Test func leftoversOfAnInterruptedCheckpointAreHarmless() throws {
        let folder = try StoreFolder()
        let store = try Sample.board(at: folder.board, patients: 2).checkpointingEvery(3)
        let expected = try store.load()
        let leftovers = [
            "checkpoint/patients/SCI-0001.r99.json", "checkpoint/patients/SCI-0001.r9.json.tmp-1-2",
            "checkpoint/ids/0-4095.r99.json", "checkpoint/manifest.json.tmp-1-2",
        ]
        for name in leftovers { try Data("{half".utf8).write(to: URL(fileURLWithPath: folder.file(name))) }
        #expect(try store.load() == expected)
        #expect(BoardStore.validate(at: folder.board).isIntact)
        try store.apply([Sample.note("SCI-0001"), Sample.note("SCI-0002"), Sample.note("SCI-0001")], author: "dr.li")
        for name in leftovers { #expect(!FileManager.default.fileExists(atPath: folder.file(name)), "\(name)") }
        #expect(try store.load() == (try store.replayedFromJournal()))
    }
}
