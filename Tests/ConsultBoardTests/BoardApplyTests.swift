import Foundation
import Testing
@testable import ConsultBoard

@Suite struct BoardApplyTests {
    @Test func admitThenNote() throws {
        var board = Board()
        let ctx = { (n: Int) in ChangeContext(sequence: n, author: "dr.li", at: Date(timeIntervalSince1970: 1_000_000)) }
        try board.apply(.createBoard(CreateBoard(ward: "Spine 3")), context: ctx(1))
        let p = Patient(mrn: "SCI-0001", name: "王秀英", age: 62, sex: .female, bed: "3-12", admittedAt: Date(timeIntervalSince1970: 0), diagnosis: "Cervical cord injury")
        #expect(try board.apply(.admitPatient(AdmitPatient(patient: p)), context: ctx(2)) == "SCI-0001")
        let id = try board.apply(.addNote(AddNote(mrn: "SCI-0001", service: .neurology, type: .consult, text: "见患者")), context: ctx(3))
        #expect(id == "N-3")
        #expect(board.patient(holding: "N-3") == "SCI-0001")
        #expect(throws: BoardError.unknownPatient("X")) {
            try board.apply(.addNote(AddNote(mrn: "X", service: .neurology, type: .consult, text: "a")), context: ctx(4))
        }
    }
}
