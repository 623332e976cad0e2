import Foundation
import Testing
@testable import ConsultBoard

/// A change reads only what it needs: the cost of one change must not grow with the board.
@Suite struct PartialApplyTests {
    /// Four patients, all in the checkpoint (empty tail), and a store that logs what it reads.
    private func store(at folder: StoreFolder) throws -> BoardStore {
        let setup = try BoardStore.create(at: folder.board, ward: "Spine 3", author: "dr.li", at: Sample.start).checkpointingEvery(1)
        for index in 1...4 {
            let mrn = Sample.mrn(index)
            try setup.apply([Sample.admit(mrn, name: "患者\(index)"), Sample.note(mrn), Sample.lab(mrn), Sample.order(mrn)], author: "dr.li")
        }
        var store = try BoardStore(path: folder.board)
        store.hooks.reads = ReadLog()
        return store
    }

    private func patientFilesRead(_ store: BoardStore) -> [String] {
        (store.hooks.reads?.all ?? []).filter { $0.contains("/checkpoint/patients/") }
    }

    @Test func aNoteAddReadsNoPatientFile() throws {
        let folder = try StoreFolder()
        let store = try store(at: folder)
        #expect(try store.apply([Sample.note("SCI-0003")], author: "dr.li") == ["N-18"])
        #expect(patientFilesRead(store).isEmpty, "read \(patientFilesRead(store))")
        #expect(store.hooks.reads?.all.contains { $0.contains("/checkpoint/ids/") } == false)
    }

    @Test func anOrderStatusReadsOnlyThatPatientsSmallRecordFile() throws {
        let folder = try StoreFolder()
        let store = try store(at: folder)
        try store.apply([.setOrderStatus(SetOrderStatus(orderID: "O-9", status: .completed))], author: "dr.li")
        let read = patientFilesRead(store)
        #expect(read.count == 1)
        #expect(read.allSatisfy { $0.hasSuffix(".json") && $0.contains("/SCI-0002.r") }, "read \(read)")
    }

    /// A feed's value is checked against the labs already recorded (in the checkpoint, not only the tail): the
    /// same message is refused, never written to the journal to fail its replay later.
    @Test func aRepeatedFeedValueIsRefusedAgainstTheCheckpointedLabs() throws {
        let folder = try StoreFolder()
        let store = try store(at: folder)
        let value = AddLab(mrn: "SCI-0002", test: "potassium", value: 5.4, unit: "mmol/L", at: Sample.start, source: "hl7:LIS|H|42#1")
        try store.apply([.addLab(value)], author: "lab-feed")
        try store.apply([Sample.note("SCI-0002"), Sample.note("SCI-0001")], author: "dr.li")  // a checkpoint follows
        #expect(throws: StoreError.rejected(.alreadyRecorded(record: "hl7:LIS|H|42#1", what: .tr("error.board.already.fromFeedMessage")))) {
            try store.apply([.addLab(value)], author: "lab-feed")
        }
        // The journal replays whole, and holds the value once.
        let replayed = try store.replayedFromJournal()
        #expect(replayed.patients["SCI-0002"]?.labs.filter { $0.source == "hl7:LIS|H|42#1" }.count == 1)
        #expect(try BoardStore(path: folder.board).load().patients["SCI-0002"]?.labs.last?.source == "hl7:LIS|H|42#1")
    }

    @Test func anAddendumReadsThatPatientsNotesButNotLabs() throws {
        let folder = try StoreFolder()
        let store = try store(at: folder)
        try store.apply([.addAddendum(AddAddendum(noteID: "N-11", text: "later"))], author: "dr.li")
        let read = patientFilesRead(store)
        #expect(read.contains { $0.contains("/SCI-0003.notes.") })
        #expect(!read.contains { $0.contains(".labs.") || !$0.contains("/SCI-0003.") }, "read \(read)")
    }

    @Test func changesInTheTailAreSeenByTheNextChange() throws {
        let folder = try StoreFolder()
        let store = try store(at: folder)
        // Not yet in a checkpoint: an addendum, then a status change, then an order set on a new order.
        try store.apply([.addAddendum(AddAddendum(noteID: "N-3", text: "one"))], author: "a")
        #expect(throws: StoreError.rejected(.alreadyRecorded(record: "N-3", what: .tr("error.board.already.enteredInError")))) {
            try store.apply([.markNoteInError(MarkNoteInError(noteID: "N-3", reason: "x")), .markNoteInError(MarkNoteInError(noteID: "N-3", reason: "y"))], author: "a")
        }
        let ids = try store.apply([Sample.order("SCI-0004"), .setOrderStatus(SetOrderStatus(orderID: "O-19", status: .onHold, reason: "wait"))], author: "a")
        #expect(ids == ["O-19", "O-19"])
        #expect(throws: StoreError.rejected(.duplicatePatient("SCI-0004", name: "患者4"))) {
            try store.apply([Sample.admit("SCI-0004")], author: "a")
        }
        #expect(try store.load() == (try store.replayedFromJournal()))
    }

    @Test func aRefusalNamesWhatTheWholeBoardWouldName() throws {
        let folder = try StoreFolder()
        let store = try store(at: folder)
        // The order belongs to another patient: the message must say so, as on the whole board.
        let result = BoardCommand.addResult(AddResult(mrn: "SCI-0001", kind: .mri, summary: "normal", orderID: "O-9"))
        #expect { try store.apply([result], author: "dr.li") } throws: {
            ($0 as? StoreError)?.description == StoreError.rejected(.inconsistent("order O-9 belongs to another patient, not SCI-0001")).description
        }
    }
}
