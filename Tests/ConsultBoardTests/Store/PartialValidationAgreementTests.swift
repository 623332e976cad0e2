import Foundation
import Testing
@testable import ConsultBoard

/// A change is validated against only the parts of a record it needs (`CommandFootprint`). If that partial board
/// ever accepted a change the whole board refuses, the journal would hold a line its own replay rejects: a board
/// nothing can open. So every kind of change, accepted and refused, must get the same answer both ways, on a
/// folder board and on a board in a database (which reads the same checkpoint files from its tables).
@Suite struct PartialValidationAgreementTests {
    @Test(arguments: BoardKind.available)
    func thePartialBoardAndTheWholeBoardAgreeOnEveryChange(kind: BoardKind) throws {
        let place = try kind.freshLocation()
        // Checkpoints every 2 changes: most records are read from checkpoint files, only partly.
        let store = try Sample.board(in: place.location, patients: 3).checkpointing(every: 2)
        let now = Sample.at(600)
        let t = Sample.at(300)
        let login = Writer.process.user.login
        let consult = try #require(try store.apply(
            [.requestConsult(RequestConsult(mrn: "SCI-0002", service: .neurology, question: "GBS?", urgency: .routine))],
            author: "dr.li", at: Sample.at(500)).first ?? nil)
        let feedValue = AddLab(mrn: "SCI-0001", test: "potassium", value: 4.4, unit: "mmol/L", at: t, source: "hl7:LIS|H|7#1")
        let lineID = try #require(try store.apply([.addDevice(AddDevice(mrn: "SCI-0002", kind: .drain, site: "wound", insertedAt: t))], author: "dr.li", at: now).first ?? nil)
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
            ("a move into another patient's bed", .updatePatient(UpdatePatient(mrn: "SCI-0003", bed: "bed SCI-0001"))),
            ("a confirmed move into a shared bed", .updatePatient(UpdatePatient(mrn: "SCI-0002", bed: "bed SCI-0001", allowSharedBed: true))),
            ("a move into a free bed", .updatePatient(UpdatePatient(mrn: "SCI-0002", bed: "3-40"))),
            ("an injury time", .updatePatient(UpdatePatient(mrn: "SCI-0002", injuredAt: t))),
            ("an injury time ahead", .updatePatient(UpdatePatient(mrn: "SCI-0002", injuredAt: Sample.at(900)))),
            ("an admission dated ahead", .admitPatient(AdmitPatient(patient: Patient(
                mrn: "SCI-0077", name: "未来", age: 40, sex: .male, bed: "3-41", admittedAt: Sample.at(900), diagnosis: "SCI")))),
            ("a note for nobody", Sample.note("SCI-9999")),
            ("a code status", .setCodeStatus(SetCodeStatus(mrn: "SCI-0002", status: .dnr))),
            ("the same code status again", .setCodeStatus(SetCodeStatus(mrn: "SCI-0002", status: .dnr))),
            ("a line", .addDevice(AddDevice(mrn: "SCI-0001", kind: .picc, site: "right arm", insertedAt: t))),
            ("a line removed", .removeDevice(RemoveDevice(deviceID: lineID))),
            ("the line removed again", .removeDevice(RemoveDevice(deviceID: lineID))),
            ("a line nobody put in removed", .removeDevice(RemoveDevice(deviceID: "LN-1"))),
            ("a contact", .addContact(AddContact(mrn: "SCI-0003", role: .family, name: "王丽"))),
            ("a handoff acknowledged", .acknowledgeHandoff(AcknowledgeHandoff(mrn: "SCI-0001", from: "dr.wang"))),
            ("a handoff taken over from oneself", .acknowledgeHandoff(AcknowledgeHandoff(mrn: "SCI-0001", from: "dr.li"))),
            ("a lab in the future", .addLab(AddLab(mrn: "SCI-0001", test: "creatinine", value: 90, unit: "umol/L", at: Sample.at(900)))),
            ("a discharge with an order open", .dischargePatient(DischargePatient(mrn: "SCI-0002", destination: .home))),
            ("a discharge carrying it over", .dischargePatient(DischargePatient(mrn: "SCI-0002", destination: .home, carryOver: true))),
            ("a second discharge", .dischargePatient(DischargePatient(mrn: "SCI-0002", destination: .home, carryOver: true))),
            ("a bed move into a bed taken", .transferBed(TransferBed(mrn: "SCI-0001", bed: "bed SCI-0003"))),
            ("a bed move into the discharged patient's bed", .transferBed(TransferBed(mrn: "SCI-0001", bed: "bed SCI-0002"))),
            ("a readmission into a bed now taken", .readmitPatient(ReadmitPatient(mrn: "SCI-0002"))),
            ("a readmission into a free bed", .readmitPatient(ReadmitPatient(mrn: "SCI-0002", bed: "9"))),
            ("a readmission of a patient on the ward", .readmitPatient(ReadmitPatient(mrn: "SCI-0002"))),
            ("a transfer out on a stale revision", .transferOut(TransferOut(mrn: "SCI-0003", toBoard: "Rehab", carryOver: true, expectedRevision: 1))),
            ("a transfer out", .transferOut(TransferOut(mrn: "SCI-0003", toBoard: "Rehab", carryOver: true))),
            ("a record carried for a patient who did not arrive by transfer", .transferRecord(TransferRecord(mrn: "SCI-0001"))),
            ("a transfer in of a patient already here", .transferIn(TransferIn(patient: Sample.patient("SCI-0003"), fromBoard: "ICU", bed: "20"))),
            ("a transfer in", .transferIn(TransferIn(patient: Sample.patient("ICU-7"), fromBoard: "ICU", bed: "21"))),
            ("a note carried with it", .transferRecord({ var r = TransferRecord(mrn: "ICU-7"); r.note = Note(id: "N-1", service: .ward, type: .progress, author: "dr.icu", at: t, text: "from ICU"); return r }())),
            ("a demographics update", .updateDemographics(UpdateDemographics(mrn: "SCI-0001", name: "改名", source: "hl7:HIS|H|9"))),
            ("the same update again", .updateDemographics(UpdateDemographics(mrn: "SCI-0001", name: "改名", source: "hl7:HIS|H|9"))),
            ("an admission from a feed", .admitPatient(AdmitPatient(patient: Sample.patient("ADT-1", bed: "30"), source: "hl7:HIS|H|10"))),
            ("the same admission resent", .admitPatient(AdmitPatient(patient: Sample.patient("ADT-1", bed: "30"), source: "hl7:HIS|H|10"))),
            ("a bed move from a feed", .transferBed(TransferBed(mrn: "ADT-1", bed: "31", source: "hl7:HIS|H|11"))),
            ("the same bed move resent", .transferBed(TransferBed(mrn: "ADT-1", bed: "32", source: "hl7:HIS|H|11"))),
            ("two records in one", .transferRecord({ var r = TransferRecord(mrn: "ICU-7"); r.lab = LabValue(id: "L-1", test: "potassium", value: 4, unit: "mmol/L", at: t, enteredBy: "x"); r.note = Note(id: "N-1", service: .ward, type: .progress, author: "dr.icu", at: t, text: "x"); return r }())),
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
        #expect(place.location.validate().isIntact)
    }
}
