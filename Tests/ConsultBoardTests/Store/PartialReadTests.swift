import Foundation
import Testing
@testable import ConsultBoard

/// `wardList()` reads only the manifest and the journal's tail, and must say exactly what a full load says.
@Suite struct WardListTests {
    private func expectSameAsLoad(_ store: BoardStore, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let board = try store.load()
        let list = try store.wardList()
        #expect(list.ward == board.ward, sourceLocation: sourceLocation)
        #expect(list.revision == board.revision, sourceLocation: sourceLocation)
        #expect(list.patients == board.patientsByBed.map(\.patient), sourceLocation: sourceLocation)
    }

    @Test func headersFromTheCheckpointAndTheTailAgreeWithAFullLoad() throws {
        let folder = try StoreFolder()
        let store = try Sample.board(at: folder.board, patients: 3).checkpointingEvery(1_000)
        try expectSameAsLoad(store)
        // After the checkpoint: a new admission, a header change, and changes that do not touch headers.
        try store.apply([Sample.admit("SCI-0010", name: "李雷")], author: "dr.wu")
        try store.apply([.updatePatient(UpdatePatient(mrn: "SCI-0002", bed: "3-01", severity: .unstable))], author: "dr.wu")
        try store.apply([Sample.note("SCI-0010"), Sample.lab("SCI-0001", 140)], author: "dr.wu")
        let list = try store.wardList()
        #expect(list.patients.count == 4)
        #expect(list.patients.first { $0.mrn == "SCI-0002" }?.severity == .unstable)
        try expectSameAsLoad(store)
    }

    @Test func aBoardWithNoPatientsListsNone() throws {
        let folder = try StoreFolder()
        let store = try BoardStore.create(at: folder.board, ward: "Spine 3", author: "dr.li", at: Sample.start)
        #expect(try store.wardList() == WardList(ward: "Spine 3", revision: 1, patients: []))
    }
}

/// `record(_:)` reads one patient's files and the tail, and must give exactly the record a full load gives.
@Suite struct OnePatientReadTests {
    /// Three patients, with changes before and after the latest checkpoint to every part of their records (an
    /// addendum, an order's status), and a patient admitted after it with a note.
    static func boardWithChangesAroundItsCheckpoint(_ folder: StoreFolder) throws -> BoardStore {
        let store = try Sample.board(at: folder.board, patients: 3).checkpointingEvery(5)
        for round in 0..<7 {
            let mrn = Sample.mrn(round % 3 + 1)
            try store.apply([Sample.note(mrn, "round \(round)"), Sample.lab(mrn, Double(70 + round))], author: "dr.li")
        }
        try store.apply([.addAddendum(AddAddendum(noteID: "N-3", text: "补充"))], author: "dr.wu")
        try store.apply([.setOrderStatus(SetOrderStatus(orderID: "O-5", status: .completed))], author: "dr.wu")
        try store.apply([Sample.admit("SCI-0009", name: "李雷"), Sample.note("SCI-0009")], author: "dr.wu")
        return store
    }

    @Test func eachRecordEqualsTheOneAFullLoadGives() throws {
        let folder = try StoreFolder()
        let store = try Self.boardWithChangesAroundItsCheckpoint(folder)
        let board = try store.load()
        for (mrn, record) in board.patients {
            #expect(try store.record(mrn) == record, "\(mrn)")
        }
        #expect(try store.record("SCI-0404") == nil)
        // Several at once: one consistent board of just those, at the board's revision.
        let some = try store.load(patients: ["SCI-0009", "SCI-0002", "SCI-0404"])
        #expect(Array(some.patients.keys).sorted() == ["SCI-0002", "SCI-0009"])
        #expect(some.revision == board.revision && some.ward == board.ward)
        #expect(some.patients["SCI-0002"] == board.patients["SCI-0002"])
    }
}

/// `loadBoardList(wholeRecordOf:)`: the terminal UI's first screen reads every patient without notes and the
/// selected one whole. Each record must be exactly the full load's (the notes aside), whatever the tail holds.
@Suite struct BoardListReadTests {
    @Test(arguments: BoardKind.available)
    func everyRecordIsTheFullLoadsWithoutNotesAndThePickedOneIsWhole(kind: BoardKind) throws {
        let place = try kind.freshLocation()
        let made = try Sample.board(in: place.location, patients: 3).checkpointing(every: 5)
        // Changes before and after the latest checkpoint to every part of the records, and an admission.
        for round in 0..<7 {
            let mrn = Sample.mrn(round % 3 + 1)
            try made.apply([Sample.note(mrn, "round \(round)"), Sample.lab(mrn, Double(70 + round))], author: "dr.li")
        }
        try made.apply([.setOrderStatus(SetOrderStatus(orderID: "O-5", status: .completed))], author: "dr.wu")
        try made.apply([Sample.admit("SCI-0009", name: "李雷"), Sample.note("SCI-0009")], author: "dr.wu")
        // More in the tail (no checkpoint is due for these): changes to notes the notes-less read never decodes,
        // a lab, a header change.
        let store = made.checkpointing(every: 1_000)
        let erred = try #require(try store.record("SCI-0002")?.notes.first?.id)
        let amended = try #require(try store.record("SCI-0001")?.notes.first?.id)
        try store.apply([.markNoteInError(MarkNoteInError(noteID: erred, reason: "wrong patient"))], author: "dr.wu")
        try store.apply([.addAddendum(AddAddendum(noteID: amended, text: "补记"))], author: "dr.wu")
        try store.apply([Sample.lab("SCI-0002", 140), Sample.note("SCI-0003", "夜班记录")], author: "dr.wu")
        try store.apply([.updatePatient(UpdatePatient(mrn: "SCI-0003", severity: .unstable))], author: "dr.wu")
        let board = try store.load()
        for picked in [MRN?.none, "SCI-0001", "SCI-0002", "SCI-0009"] {
            var offered: Board?
            let list = try store.loadBoardList { board in
                offered = board
                return picked
            }
            #expect(list.revision == board.revision && list.ward == board.ward && list.roster == board.roster)
            #expect(Set(list.patients.keys) == Set(board.patients.keys))
            #expect(offered?.revision == board.revision)
            #expect(offered?.patients.mapValues(\.patient) == board.patients.mapValues(\.patient), "the pick is made from every header")
            #expect(offered?.patients.values.allSatisfy { $0.notes.isEmpty && $0.labs.isEmpty } == true, "and before any record is read")
            for (mrn, whole) in board.patients {
                var expected = whole
                if mrn != picked { expected.notes = [] }
                #expect(list.patients[mrn] == expected, "\(mrn), picked \(picked ?? "none")")
            }
        }
    }

    @Test func depthsJoinToTheShallowestThatReadsBoth() {
        #expect(RecordDepth.withNotes.joined(.withLabs) == .whole)
        #expect(RecordDepth.withLabs.joined(.withNotes) == .whole)
        #expect(RecordDepth.header.joined(.head) == .head)
        #expect(RecordDepth.withLabs.joined(.head) == .withLabs)
        #expect(RecordDepth.withLabs.covers(.head) && !RecordDepth.withLabs.covers(.withNotes))
        #expect(RecordDepth.whole.covers(.withLabs) && RecordDepth.whole.covers(.withNotes))
    }
}
