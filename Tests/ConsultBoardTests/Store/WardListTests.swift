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
