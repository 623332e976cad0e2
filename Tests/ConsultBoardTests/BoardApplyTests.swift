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

/// `Board.apply` validates every command against the board as it is, and changes nothing when it refuses.
@Suite struct BoardApplyValidationTests {
    private static let t0 = Date(timeIntervalSince1970: 1_000_000)

    private func context(_ sequence: Int, author: String = "dr.li") -> ChangeContext {
        ChangeContext(sequence: sequence, author: author, at: Self.t0.addingTimeInterval(Double(sequence)))
    }

    private func patient(_ mrn: String = "SCI-0001", name: String = "王秀英", age: Int = 62, weight: Double? = 58) -> Patient {
        Patient(mrn: mrn, name: name, age: age, sex: .female, bed: mrn == "SCI-0001" ? "3-12" : "bed \(mrn)", weightKg: weight, admittedAt: Self.t0, diagnosis: "Cervical cord injury")
    }

    /// A board with one patient (sequence 2), a note N-3, a consult C-4, an order O-5, an action A-6.
    private func board() throws -> Board {
        var board = Board()
        try board.apply(.createBoard(CreateBoard(ward: "Spine 3")), context: context(1))
        try board.apply(.admitPatient(AdmitPatient(patient: patient())), context: context(2))
        try board.apply(.addNote(AddNote(mrn: "SCI-0001", service: .ward, type: .progress, text: "Admitted")), context: context(3))
        try board.apply(.requestConsult(RequestConsult(mrn: "SCI-0001", service: .neurology, question: "GBS?")), context: context(4))
        try board.apply(.addOrder(AddOrder(mrn: "SCI-0001", service: .ward, kind: .lab, text: "CK")), context: context(5))
        try board.apply(.addAction(AddAction(mrn: "SCI-0001", text: "Chase CK")), context: context(6))
        return board
    }

    /// Applies `command` expecting `error`, and checks the board did not change.
    private func refuse(_ command: BoardCommand, _ error: BoardError, author: String = "dr.li", sourceLocation: SourceLocation = #_sourceLocation) throws {
        var board = try board()
        let before = board
        // The same refusal says the same: compared by its words, as a refusal built from the catalogue's words is.
        #expect(sourceLocation: sourceLocation) { try board.apply(command, context: context(7, author: author)) } throws: {
            isRefusal($0, saying: error.description)
        }
        #expect(board == before, "a refused command changed the board", sourceLocation: sourceLocation)
    }

    @Test func creatingTheBoard() throws {
        var board = try board()
        #expect(throws: BoardError.boardAlreadyCreated) { try board.apply(.createBoard(CreateBoard(ward: "Again")), context: context(7)) }
        var empty = Board()
        #expect(throws: BoardError.empty(field: "ward name")) { try empty.apply(.createBoard(CreateBoard(ward: " ")), context: context(1)) }
        try refuse(.addNote(AddNote(mrn: "SCI-0001", service: .ward, type: .progress, text: "x")), .empty(field: "author name"), author: " ")
    }

    @Test func admitting() throws {
        try refuse(.admitPatient(AdmitPatient(patient: patient())), .duplicatePatient("SCI-0001", name: "王秀英"))
        try refuse(.admitPatient(AdmitPatient(patient: patient("bad mrn"))), .invalidMRN("bad mrn"))
        try refuse(.admitPatient(AdmitPatient(patient: patient(String(repeating: "A", count: 33)))), .invalidMRN(String(repeating: "A", count: 33)))
        try refuse(.admitPatient(AdmitPatient(patient: patient("P2", name: "  "))), .empty(field: "patient name"))
        try refuse(.admitPatient(AdmitPatient(patient: patient("P2", age: 131))), .outOfRange(field: "age", value: "131", expected: "0 to 130 years"))
        try refuse(.admitPatient(AdmitPatient(patient: patient("P2", weight: .nan))), .notANumber(field: "weight", value: "nan"))
        var board = try board()
        #expect(try board.apply(.admitPatient(AdmitPatient(patient: patient("P2", age: 0, weight: nil))), context: context(7)) == "P2")
        #expect(board.patients.keys.elementsEqual(["SCI-0001", "P2"]))
    }

    @Test func updatingThePatient() throws {
        try refuse(.updatePatient(UpdatePatient(mrn: "NOPE", bed: "1")), .unknownPatient("NOPE"))
        try refuse(.updatePatient(UpdatePatient(mrn: "SCI-0001", bed: " ")), .empty(field: "bed"))
        try refuse(.updatePatient(UpdatePatient(mrn: "SCI-0001", weightKg: 0.1)), .outOfRange(field: "weight", value: "0.1", expected: "0.3 to 400 kg"))
        var board = try board()
        try board.apply(.updatePatient(UpdatePatient(mrn: "SCI-0001", severity: .unstable, problems: ["AKI"])), context: context(7))
        #expect(board.patients["SCI-0001"]?.patient.severity == .unstable)
        #expect(board.patients["SCI-0001"]?.patient.problems == ["AKI"])
        #expect(board.patients["SCI-0001"]?.patient.bed == "3-12")
        #expect(board.patients["SCI-0001"]?.revision == 7)
    }

    @Test func notes() throws {
        try refuse(.addNote(AddNote(mrn: "SCI-0001", service: .ward, type: .progress, text: "\n \n")), .empty(field: "note text"))
        try refuse(.addAddendum(AddAddendum(noteID: "N-99", text: "x")), .unknownRecord("N-99", expected: .note))
        try refuse(.addAddendum(AddAddendum(noteID: "C-4", text: "x")), .unknownRecord("C-4", expected: .note))
        try refuse(.addAddendum(AddAddendum(noteID: "N-3", text: "")), .empty(field: "addendum text"))
        try refuse(.markNoteInError(MarkNoteInError(noteID: "N-3", reason: "")), .empty(field: "reason"))
        var board = try board()
        #expect(try board.apply(.addAddendum(AddAddendum(noteID: "N-3", text: "Later")), context: context(7)) == "D-7")
        #expect(board.patient(holding: "D-7") == "SCI-0001")
        try board.apply(.markNoteInError(MarkNoteInError(noteID: "N-3", reason: "wrong chart")), context: context(8))
        #expect(throws: BoardError.alreadyRecorded(record: "N-3", what: .tr("error.board.already.enteredInError"))) {
            try board.apply(.markNoteInError(MarkNoteInError(noteID: "N-3", reason: "again")), context: context(9))
        }
        #expect(board.patients["SCI-0001"]?.notes.first?.text == "Admitted", "a note is never edited")
    }

    @Test func consultsAndRecommendations() throws {
        try refuse(.requestConsult(RequestConsult(mrn: "SCI-0001", service: .vascular, question: " ")), .empty(field: "consult question"))
        try refuse(.addRecommendation(AddRecommendation(consultID: "C-4", text: "")), .empty(field: "recommendation"))
        try refuse(.addRecommendation(AddRecommendation(consultID: "O-5", text: "x")), .unknownRecord("O-5", expected: .consult))
        try refuse(.setConsultStatus(SetConsultStatus(consultID: "N-3", status: .accepted)), .unknownRecord("N-3", expected: .consult))
    }

    @Test func orders() throws {
        let med = MedicationDetails(drug: "Enoxaparin", dose: "60 mg", route: "SC", frequency: "q12h")
        let mri = ImagingDetails(modality: .mri, region: "cervical spine", contrast: .gadolinium)
        func order(_ kind: OrderKind, medication: MedicationDetails? = nil, imaging: ImagingDetails? = nil, status: OrderStatus = .active, text: String = "x") -> BoardCommand {
            .addOrder(AddOrder(mrn: "SCI-0001", service: .ward, kind: kind, text: text, medication: medication, imaging: imaging, status: status))
        }
        try refuse(order(.lab, text: " "), .empty(field: "order text"))
        try refuse(order(.medication), .inconsistent("a medication order needs --drug, --dose, --route and --frequency"))
        try refuse(order(.medication, medication: MedicationDetails(drug: "E", dose: "", route: "SC", frequency: "daily")), .empty(field: "dose"))
        try refuse(order(.nursing, medication: med), .inconsistent("--drug/--dose/--route/--frequency belong to medication orders, not nursing"))
        try refuse(order(.imaging), .inconsistent("an imaging order needs --modality and --region"))
        try refuse(order(.imaging, imaging: ImagingDetails(modality: .ct, region: " ", contrast: .none)), .empty(field: "imaging region"))
        try refuse(order(.lab, imaging: mri), .inconsistent("--modality/--region/--contrast belong to imaging orders, not lab"))
        try refuse(order(.lab, status: .completed), .invalidValue(field: "initial order status", value: "completed", valid: "draft, active"))
        try refuse(.setOrderStatus(SetOrderStatus(orderID: "O-999", status: .completed)), .unknownRecord("O-999", expected: .order))
        var board = try board()
        #expect(try board.apply(order(.medication, medication: med), context: context(7)) == "O-7")
        #expect(try board.apply(order(.imaging, imaging: mri, status: .draft), context: context(8)) == "O-8")
        #expect(board.patients["SCI-0001"]?.orders.last?.status == .draft)
    }

    @Test func labs() throws {
        func lab(_ test: String, _ value: Double, _ unit: String) -> BoardCommand {
            .addLab(AddLab(mrn: "SCI-0001", test: test, value: value, unit: unit, at: Self.t0))
        }
        try refuse(lab("creatinine", 2, "mmol/L"), .unitMismatch(test: "creatinine", unit: "mmol/L", valid: ["umol/L", "mg/dL"]))
        try refuse(lab("temperature", 80, "C"), .outOfRange(field: "temperature", value: "80", expected: "25 to 45 C"))
        try refuse(lab("creatinine", 250, "mg/dL"), .outOfRange(field: "creatinine", value: "250", expected: "0.05 to 35 mg/dL"))
        try refuse(lab("crp", .infinity, "mg/L"), .notANumber(field: "value", value: "inf"))
        try refuse(lab(" ", 1, "x"), .empty(field: "test name"))
        try refuse(lab("ferritin", 1, " "), .empty(field: "unit"))
        try refuse(.addLab(AddLab(mrn: "NOPE", test: "crp", value: 1, unit: "mg/L", at: Self.t0)), .unknownPatient("NOPE"))
        var board = try board()
        try board.apply(lab("Cr", 250, "µmol/L"), context: context(7))
        try board.apply(lab("temp", 38.4, "°C"), context: context(8))
        try board.apply(lab("ferritin", 840, "ug/L"), context: context(9))
        let labs = try #require(board.patients["SCI-0001"]?.labs)
        #expect(labs.map(\.test) == ["creatinine", "temperature", "ferritin"])
        #expect(labs.map(\.unit) == ["umol/L", "C", "ug/L"])
    }

    @Test func resultsAndTheirOrders() throws {
        var board = try board()
        try board.apply(.admitPatient(AdmitPatient(patient: patient("P2"))), context: context(7))
        try board.apply(.addOrder(AddOrder(mrn: "P2", service: .ward, kind: .lab, text: "CK")), context: context(8))
        func result(_ order: String?, summary: String = "s") -> BoardCommand {
            .addResult(AddResult(mrn: "SCI-0001", kind: .csf, summary: summary, orderID: order))
        }
        let before = board
        #expect { try board.apply(result("O-8"), context: context(9)) } throws: {
            isRefusal($0, saying: "order O-8 belongs to another patient, not SCI-0001")
        }
        #expect(throws: BoardError.unknownRecord("O-99", expected: .order)) { try board.apply(result("O-99"), context: context(9)) }
        #expect(throws: BoardError.unknownRecord("N-3", expected: .order)) { try board.apply(result("N-3"), context: context(9)) }
        #expect(throws: BoardError.empty(field: "result summary")) { try board.apply(result(nil, summary: ""), context: context(9)) }
        #expect(board == before)
        #expect(try board.apply(result("O-5"), context: context(9)) == "R-9")
    }

    @Test func complicationsActionsContingenciesExamsAcknowledgements() throws {
        try refuse(.addComplication(AddComplication(mrn: "SCI-0001", kind: .dvt, summary: "", onset: Self.t0)), .empty(field: "complication summary"))
        try refuse(.addAction(AddAction(mrn: "SCI-0001", text: " ")), .empty(field: "action text"))
        try refuse(.completeAction(CompleteAction(actionID: "A-99")), .unknownRecord("A-99", expected: .action))
        try refuse(.addContingency(AddContingency(mrn: "SCI-0001", condition: "", action: "x")), .empty(field: "contingency condition (if)"))
        try refuse(.addContingency(AddContingency(mrn: "SCI-0001", condition: "x", action: "")), .empty(field: "contingency action (then)"))
        try refuse(.addExam(AddExam(mrn: "SCI-0001", values: [:])), .empty(field: "ISNCSCI exam"))
        try refuse(.acknowledgeAlert(AcknowledgeAlert(mrn: "SCI-0001", alertKey: "k", reason: " ")), .empty(field: "reason for acknowledging the alert"))
        var board = try board()
        try board.apply(.completeAction(CompleteAction(actionID: "A-6")), context: context(7, author: "dr.ma"))
        let action = try #require(board.patients["SCI-0001"]?.actions.first)
        #expect(action.done && action.doneBy == "dr.ma")
        #expect(throws: BoardError.alreadyRecorded(record: "A-6", what: .tr("error.board.already.done"))) {
            try board.apply(.completeAction(CompleteAction(actionID: "A-6")), context: context(8))
        }
        try board.apply(.addAction(AddAction(mrn: "SCI-0001", text: "x", owner: "  ")), context: context(8))
        #expect(board.patients["SCI-0001"]?.actions.last?.owner == nil, "a blank owner is no owner")
        let examined = Self.t0.addingTimeInterval(-3600)
        try refuse(.addExam(AddExam(mrn: "SCI-0001", values: ["c5RightMotor": "4"])), ISNCSCIError.missingValues(Array(ISNCSCIExam.requiredKeys.dropFirst())).boardError)
        let exam = ISNCSCITestExam().motor(["c5"], "4", side: "Right").values
        try board.apply(.addExam(AddExam(mrn: "SCI-0001", values: exam, examinedAt: examined)), context: context(9))
        #expect(board.patients["SCI-0001"]?.exams.first?.at == examined)
    }
}

/// A change accepted once must always replay, even if today's clinical checks would refuse it.
@Suite struct ReplayTrustTests {
    @Test func replayedAcknowledgementOfAnAlertNoLongerCurrentStillApplies() throws {
        var board = Board()
        let at = Date(timeIntervalSince1970: 1_764_000_000)
        try board.apply(.createBoard(CreateBoard(ward: "Spine 3")), context: ChangeContext(sequence: 1, author: "dr.li", at: at))
        let patient = Patient(mrn: "SCI-0001", name: "王秀英", age: 62, sex: .female, bed: "3-01", admittedAt: at, diagnosis: "C4-5 cord injury")
        try board.apply(.admitPatient(AdmitPatient(patient: patient)), context: ChangeContext(sequence: 2, author: "dr.li", at: at))
        let ack = BoardCommand.acknowledgeAlert(AcknowledgeAlert(mrn: "SCI-0001", alertKey: "retired-rule:O-9", reason: "dose agreed"))

        // Made now, it is refused: no such alert is current.
        var fresh = board
        #expect(throws: BoardError.self) {
            try fresh.apply(ack, context: ChangeContext(sequence: 3, author: "dr.li", at: at))
        }
        // Replayed from the journal, it is trusted and kept.
        try board.apply(ack, context: ChangeContext(sequence: 3, author: "dr.li", at: at, isReplay: true))
        #expect(board.patients["SCI-0001"]?.acknowledgements.map(\.alertKey) == ["retired-rule:O-9"])
    }

    @Test func replayedExamIsTrustedButANewInvalidExamIsRefused() throws {
        var board = Board()
        let at = Date(timeIntervalSince1970: 1_764_000_000)
        try board.apply(.createBoard(CreateBoard(ward: "Spine 3")), context: ChangeContext(sequence: 1, author: "dr.li", at: at))
        let patient = Patient(mrn: "SCI-0001", name: "Lin", age: 62, sex: .female, bed: "3-01", admittedAt: at, diagnosis: "C4-5 cord injury")
        try board.apply(.admitPatient(AdmitPatient(patient: patient)), context: ChangeContext(sequence: 2, author: "dr.li", at: at))
        let exam = BoardCommand.addExam(AddExam(mrn: "SCI-0001", values: ["c5RightMotor": "4"]))
        var fresh = board
        #expect(throws: BoardError.self) {
            try fresh.apply(exam, context: ChangeContext(sequence: 3, author: "dr.li", at: at))
        }
        try board.apply(exam, context: ChangeContext(sequence: 3, author: "dr.li", at: at, isReplay: true))
        #expect(board.patients["SCI-0001"]?.exams.count == 1)
    }
}
