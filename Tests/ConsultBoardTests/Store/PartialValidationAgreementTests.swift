import Foundation
import Testing
@testable import ConsultBoard

/// A change is validated against only the parts of a record it needs (`CommandFootprint`). If that partial board
/// ever accepted a change the whole board refuses, the journal would hold a line its own replay rejects: a board
/// nothing can open. So every kind of change, accepted and refused, must get the same answer both ways.
@Suite struct PartialValidationAgreementTests {
    @Test func thePartialBoardAndTheWholeBoardAgreeOnEveryChange() throws {
        let folder = try StoreFolder()
        // Checkpoints every 2 changes: most records are read from checkpoint files, only partly.
        let store = try Sample.board(at: folder.board, patients: 3).checkpointingEvery(2)
        let now = Sample.at(600)
        let t = Sample.at(300)
        let login = Writer.process.user.login
        let consult = try #require(try store.apply(
            [.requestConsult(RequestConsult(mrn: "SCI-0002", service: .neurology, question: "GBS?", urgency: .routine))],
            author: "dr.li", at: Sample.at(500)).first ?? nil)
        let feedValue = AddLab(mrn: "SCI-0001", test: "potassium", value: 4.4, unit: "mmol/L", at: t, source: "hl7:LIS|H|7#1")
        let changes: [(String, BoardCommand)] = [
            ("a feed value", .addLab(feedValue)),
            ("the same feed value again", .addLab(feedValue)),
            ("an addendum to an old note", .addAddendum(AddAddendum(noteID: "N-3", text: "EMG booked"))),
            ("an old note marked in error", .markNoteInError(MarkNoteInError(noteID: "N-7", reason: "wrong patient"))),
            ("the same note marked again", .markNoteInError(MarkNoteInError(noteID: "N-7", reason: "again"))),
            ("an order completed", .setOrderStatus(SetOrderStatus(orderID: "O-5", status: .completed))),
            ("the completed order made active", .setOrderStatus(SetOrderStatus(orderID: "O-5", status: .active))),
            ("a dose given", .recordDose(RecordDose(orderID: "O-9", outcome: .given, at: t))),
            ("a dose of a completed order", .recordDose(RecordDose(orderID: "O-5", outcome: .given, at: t))),
            ("a normal value received as critical", .receiveCriticalValue(ReceiveCriticalValue(labID: "L-4", reportedBy: "lab", readBack: true, at: t))),
            ("an allergy", .addAllergy(AddAllergy(mrn: "SCI-0002", substance: "penicillin", reaction: "rash", severity: .moderate))),
            ("no known allergies despite one", .recordNoKnownAllergies(RecordNoKnownAllergies(mrn: "SCI-0002"))),
            ("a header change on a stale revision", .updatePatient(UpdatePatient(mrn: "SCI-0003", summary: "better", expectedRevision: 1))),
            ("a second patient with an MRN in other letters", Sample.admit("sci-0001", name: "重复")),
            ("a note for nobody", Sample.note("SCI-9999")),
            ("a lab in the future", .addLab(AddLab(mrn: "SCI-0001", test: "creatinine", value: 90, unit: "umol/L", at: Sample.at(900)))),
            ("a cosignature of a note that needs none", .cosignNote(CosignNote(noteID: "N-3"))),
            ("a roster entry for another login first", .addStaff(AddStaff(member: StaffMember(name: "王医生", login: "wang-\(login)", role: .resident)))),
            ("a roster entry for this login", .addStaff(AddStaff(member: StaffMember(name: "dr.li", login: login, role: .attending)))),
            ("the same name again", .addStaff(AddStaff(member: StaffMember(name: "dr.li", login: login, role: .nurse)))),
            ("a resident", .addStaff(AddStaff(member: StaffMember(name: "王医生", login: "wang-\(login)", role: .resident)))),
            ("a roster change", .setStaff(SetStaff(name: "王医生", role: .consultant, service: .neurology))),
            ("the roster's settings", .setRosterPolicy(SetRosterPolicy(requireSignatures: false))),
            ("a consult moved by an attending", .setConsultStatus(SetConsultStatus(consultID: consult, status: .accepted))),
            ("a note marked in error by an attending", .markNoteInError(MarkNoteInError(noteID: "N-11", reason: "wrong patient"))),
            ("a cosignature of a note that needs none, under the roster", .cosignNote(CosignNote(noteID: "N-11"))),
        ]
        for (what, command) in changes {
            var whole = try store.replayedFromJournal()
            let wholeAccepts: Bool
            do {
                try whole.apply(command, context: ChangeContext(sequence: whole.revision + 1, author: "dr.li", at: now, writer: login))
                wholeAccepts = true
            } catch { wholeAccepts = false }
            let storeAccepts = (try? store.apply([command], author: "dr.li", at: now)) != nil
            #expect(storeAccepts == wholeAccepts, "\(what): the store \(storeAccepts ? "accepted" : "refused") it, the whole board \(wholeAccepts ? "accepts" : "refuses") it")
        }
        // Whatever was written replays, and the board is intact.
        _ = try store.replayedFromJournal()
        #expect(BoardStore.validate(at: folder.board).isIntact)
    }
}
