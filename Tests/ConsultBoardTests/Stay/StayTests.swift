import Foundation
import Testing
@testable import ConsultBoard

/// Discharge, bed transfer, readmission and transfer to another board, through the store as the CLI uses it.
@Suite struct StayTests {
    /// A board of 3 patients (each with a note, a lab and an active enoxaparin order: O-n).
    private func ward(_ folder: StoreFolder) throws -> BoardStore { try Sample.board(at: folder.board, patients: 3) }

    private func refusal(_ store: BoardStore, _ command: BoardCommand) -> String? {
        do {
            try store.apply([command], author: "dr.li", at: Sample.at(500))
            return nil
        } catch { return "\(error)" }
    }

    @Test func dischargeIsRefusedWhileSomethingIsOpenAndListsIt() throws {
        let folder = try StoreFolder()
        let store = try ward(folder)
        try store.apply([.requestConsult(RequestConsult(mrn: "SCI-0001", service: .neurology, question: "new weakness?")),
                         .addAction(AddAction(mrn: "SCI-0001", text: "book urodynamics"))], author: "dr.li", at: Sample.at(100))
        let before = try store.load()
        let order = try #require(before.patients["SCI-0001"]?.orders.first)
        let message = try #require(refusal(store, .dischargePatient(DischargePatient(mrn: "SCI-0001", destination: .rehab))))
        #expect(message.contains("3 open items"))
        #expect(message.contains(order.id) && message.contains("neurology consult (requested): new weakness?"))
        #expect(message.contains("book urodynamics") && message.contains("--carry-over"))
        #expect(try store.load() == before, "a refused discharge changes nothing")
    }

    @Test func aDischargedPatientLeavesTheWardListTheHandoffTheAlertsAndTheBed() throws {
        let folder = try StoreFolder()
        let store = try ward(folder)
        // Something that alerts: a creatinine that gives an eGFR under 30 on enoxaparin.
        try store.apply([.addLab(AddLab(mrn: "SCI-0002", test: "creatinine", value: 400, unit: "umol/L", at: Sample.at(50)))], author: "dr.li", at: Sample.at(60))
        let alertsBefore = SafetyRuleSet.current.evaluate(try #require(try store.load().patients["SCI-0002"]), now: Sample.at(500))
        #expect(!alertsBefore.isEmpty)
        try store.apply([.dischargePatient(DischargePatient(mrn: "SCI-0002", destination: .home, summary: "Home with carers.", carryOver: true))], author: "dr.li", at: Sample.at(500))
        let board = try store.load()
        let record = try #require(board.patients["SCI-0002"])
        #expect(!record.patient.isOnWard)
        #expect(record.patient.departure?.destination == .home)
        #expect(record.patient.departure?.carriedOver?.map(\.kind) == ["order"])
        #expect(!board.patientsByBed.contains { $0.mrn == "SCI-0002" })
        #expect(board.departedPatients.map(\.mrn) == ["SCI-0002"])
        #expect(try store.wardList().patients.map(\.mrn) == ["SCI-0001", "SCI-0003"])
        #expect(try store.wardList().departed.map(\.mrn) == ["SCI-0002"])
        #expect(SafetyRuleSet.current.evaluate(record, now: Sample.at(500)).isEmpty, "every rule stops at discharge")
        let handoff = try Handoff.document(board: board, mrns: [], format: .text, generatedBy: "dr.li", now: Sample.at(600))
        #expect(handoff.patients.map(\.mrn) == ["SCI-0001", "SCI-0003"])
        #expect(throws: HandoffError.departedPatients(["SCI-0002"])) {
            try Handoff.document(board: board, mrns: ["SCI-0002"], format: .text, generatedBy: "dr.li", now: Sample.at(600))
        }
        // Its bed is free again; discharging twice is refused.
        try store.apply([.admitPatient(AdmitPatient(patient: Sample.patient("SCI-0009", bed: "bed SCI-0002")))], author: "dr.li", at: Sample.at(510))
        let twice = try #require(refusal(store, .dischargePatient(DischargePatient(mrn: "SCI-0002", destination: .home))))
        #expect(twice.contains("left the ward"))
        // The time the patient left as a person reads it, in this machine's zone, not as the journal stores it.
        #expect(twice.contains("discharged \(ClinicalClock.machineText(Sample.at(500))))") && !twice.contains(BoardDate.format(Sample.at(500))), "\(twice)")
        // Readmitting into the bed now taken is refused; into another bed it is on the ward again, alerts back.
        #expect(refusal(store, .readmitPatient(ReadmitPatient(mrn: "SCI-0002")))?.contains("SCI-0009") == true)
        try store.apply([.readmitPatient(ReadmitPatient(mrn: "SCI-0002", bed: "7"))], author: "dr.li", at: Sample.at(520))
        let back = try #require(try store.load().patients["SCI-0002"])
        #expect(back.patient.isOnWard && back.patient.bed == "7")
        #expect(back.patient.movements?.map(\.kind) == [.discharged, .readmitted])
        #expect(!SafetyRuleSet.current.evaluate(back, now: Sample.at(520)).isEmpty)
        #expect(try store.replayedFromJournal() == store.load(), "the journal replays to the same board")
    }

    @Test func aBedTransferChecksTheBedAndTheRevision() throws {
        let folder = try StoreFolder()
        let store = try ward(folder)
        #expect(refusal(store, .transferBed(TransferBed(mrn: "SCI-0001", bed: "bed SCI-0003")))?.contains("taken by SCI-0003") == true)
        let revision = try #require(try store.load().patients["SCI-0001"]?.revision)
        try store.apply([.addNote(AddNote(mrn: "SCI-0001", service: .ward, type: .progress, text: "moved?"))], author: "dr.wang", at: Sample.at(400))
        let stale = refusal(store, .transferBed(TransferBed(mrn: "SCI-0001", bed: "12", expectedRevision: revision)))
        #expect(stale?.contains("dr.wang") == true, "a move on an old view is refused, naming who changed the record")
        try store.apply([.transferBed(TransferBed(mrn: "SCI-0001", bed: "12"))], author: "dr.li", at: Sample.at(500))
        let moved = try #require(try store.load().patients["SCI-0001"]?.patient)
        #expect(moved.bed == "12" && moved.isOnWard)
        #expect(moved.movements?.last == PatientMovement(kind: .bedTransfer, by: "dr.li", at: Sample.at(500), fromBed: "bed SCI-0001", toBed: "12"))
    }

    @Test func aTransferToAnotherBoardKeepsTheHistoryHereAndCarriesTheRecordThere() throws {
        let folder = try StoreFolder()
        let source = try ward(folder)
        try source.apply([.addResult(AddResult(mrn: "SCI-0001", kind: .mri, summary: "no cord compression", orderID: "O-5")),
                          .addAddendum(AddAddendum(noteID: "N-3", text: "EMG booked"))], author: "dr.zhao", at: Sample.at(100))
        let target = try BoardStore.create(at: folder.path("rehab"), ward: "Rehab 2", author: "dr.sun", at: Sample.start)
        try target.apply([Sample.admit("R-1"), Sample.note("R-1"), Sample.note("R-1")], author: "dr.sun", at: Sample.at(10))
        try source.apply([.transferOut(TransferOut(mrn: "SCI-0001", toBoard: "Rehab 2", carryOver: true))], author: "dr.li", at: Sample.at(200))
        let moved = try #require(try source.record("SCI-0001"))
        #expect(moved.patient.departure?.kind == .transferredOut && moved.patient.departure?.otherBoard == "Rehab 2")
        let carried = try target.transferIn(TransferPlan(record: moved, fromBoard: "Spine 3", bed: "R-7"), author: "dr.li", at: Sample.at(210))
        let arrived = try #require(try target.load().patients["SCI-0001"])
        #expect(carried == 5, "the order, lab, note, its addendum and the result: \(carried)")
        #expect(arrived.patient.isOnWard && arrived.patient.bed == "R-7")
        #expect(arrived.patient.movements?.last?.kind == .transferredIn && arrived.patient.movements?.last?.otherBoard == "Spine 3")
        // The same records, with this board's ids, each with its author and time; links follow the new ids.
        #expect(arrived.notes.map(\.text) == moved.notes.map(\.text))
        #expect(arrived.notes.map(\.author) == moved.notes.map(\.author))
        #expect(arrived.notes.first?.addenda.map(\.text) == ["EMG booked"])
        #expect(arrived.labs.map(\.value) == moved.labs.map(\.value) && arrived.labs.map(\.at) == moved.labs.map(\.at))
        #expect(Set(arrived.notes.map(\.id)).isDisjoint(with: ["N-2", "N-3"]), "the target's own N-2 and N-3 keep their ids")
        #expect(arrived.results.first?.orderID == arrived.orders.first?.id)
        // The source keeps its history; the target replays to the same board.
        #expect(try source.load().patients["SCI-0001"]?.notes == moved.notes)
        #expect(try target.replayedFromJournal() == target.load())
        #expect(BoardStore.validate(at: folder.path("rehab")).isIntact)
    }

    @Test func theDischargeSummaryPrintsWhatWasCarriedOverInEachFormat() throws {
        let folder = try StoreFolder()
        let store = try ward(folder)
        try store.apply([.dischargePatient(DischargePatient(
            mrn: "SCI-0003", destination: .rehab, summary: "To rehab.\nReview <bladder> plan.", carryOver: true))], author: "dr.li", at: Sample.at(500))
        let board = try store.load()
        let record = try #require(board.patients["SCI-0003"])
        #expect(DischargeSummary.document(try #require(board.patients["SCI-0001"]), board: board, format: .text, generatedBy: "x") == nil)
        for format in HandoffFormat.allCases {
            let document = try #require(DischargeSummary.document(record, board: board, format: format, generatedBy: "dr.li", now: Sample.at(600), timeZone: TimeZone(identifier: "UTC") ?? .current))
            let text = try DischargeSummary.render(document, format: format)
            #expect(text.contains("discharged") && text.contains("rehab"), "\(format)")
            #expect(text.contains("Enoxaparin"), "the carried-over order is listed (\(format))")
            #expect(text.contains(format == .html ? "Review &lt;bladder&gt; plan." : "Review <bladder> plan.") || format == .markdown, "\(format)")
        }
    }
}
