import ConsultBoard
import Foundation
import Testing
@testable import ConsultTUI

/// Every form, filled in as a user would, saves as a command the board accepts.
@Suite struct FormTests {
    private let utc = TimeZone(identifier: "UTC") ?? .current

    /// Opens `purpose`, types `fields` (key: text, or key: a choice value), and returns the command.
    private func fill(_ purpose: FormPurpose, _ fields: [String: String], state: AppState = TestWard.state()) throws -> BoardCommand {
        var form = try Forms.make(purpose, state: state).get()
        for (key, value) in fields {
            let index = try #require(form.fields.firstIndex { $0.key == key }, "no field \(key)")
            if case let .choice(options) = form.fields[index].kind {
                form.fields[index].choiceIndex = try #require(options.firstIndex(of: value), "\(value) is not a choice of \(key)")
            } else {
                form.fields[index].input = TextInput(value)
            }
        }
        return try Forms.command(for: form, now: TestWard.now, timeZone: utc)
    }

    /// Applies the command to the test ward: the board must accept it.
    private func accepted(_ command: BoardCommand) throws -> Board {
        var board = TestWard.board()
        try board.apply(command, context: ChangeContext(sequence: board.revision + 1, author: "dr.li", at: TestWard.now))
        return board
    }

    @Test func admitAPatientWithAChineseName() throws {
        let command = try fill(.admitPatient, [
            "mrn": "SCI-0042", "name": "张伟", "age": "58", "sex": "M", "bed": "7", "diagnosis": "C6 AIS B", "weight": "70.5",
            "severity": "watcher",
        ])
        let board = try accepted(command)
        let patient = try #require(board.patients["SCI-0042"]?.patient)
        #expect(patient.name == "张伟" && patient.age == 58 && patient.weightKg == 70.5 && patient.severity == .watcher)
    }

    @Test func medicationAndImagingOrdersCarryTheirStructuredFields() throws {
        let medication = try fill(.addOrder("SCI-0002"), ["kind": "medication", "drug": "Enoxaparin", "dose": "40 mg", "route": "SC", "frequency": "daily"])
        let board = try accepted(medication)
        let order = try #require(board.patients["SCI-0002"]?.orders.last)
        #expect(order.medication == MedicationDetails(drug: "Enoxaparin", dose: "40 mg", route: "SC", frequency: "daily"))
        #expect(order.text == "Enoxaparin 40 mg SC daily")
        let imaging = try fill(.addOrder("SCI-0002"), ["kind": "imaging", "modality": "CT", "region": "thoracic spine", "contrast": "none"])
        #expect(try accepted(imaging).patients["SCI-0002"]?.orders.last?.imaging == ImagingDetails(modality: .ct, region: "thoracic spine", contrast: .none))
        // A medication without its dose is refused by the form, naming the field.
        #expect(throws: FormError("Dose is required")) {
            try fill(.addOrder("SCI-0002"), ["kind": "medication", "drug": "Enoxaparin", "route": "SC", "frequency": "daily"])
        }
        // Fields of other kinds are not required when hidden.
        #expect(throws: Never.self) { try fill(.addOrder("SCI-0002"), ["kind": "nursing", "text": "Turn every 2 hours"]) }
    }

    @Test func labsReadNumbersAndLocalDates() throws {
        let command = try fill(.addLab("SCI-0001"), ["test": "temp", "value": "38.9", "unit": "C", "at": "2026-11-25 07:45"])
        guard case let .addLab(lab) = command else { Issue.record("not a lab: \(command)"); return }
        #expect(lab.at == TestWard.date("2026-11-25T07:45:00Z"))
        #expect(try accepted(command).patients["SCI-0001"]?.labs.last?.test == "temperature")
        #expect(throws: FormError(BoardError.notANumber(field: "Value", value: "high").description)) { try fill(.addLab("SCI-0001"), ["test": "crp", "value": "high", "unit": "mg/L"]) }
        #expect(throws: FormError("Taken at 'yesterday' is not a date; use now, 2026-11-25 08:30, or ISO 8601")) {
            try fill(.addLab("SCI-0001"), ["test": "crp", "value": "3", "unit": "mg/L", "at": "yesterday"])
        }
    }

    @Test func resultsComplicationsActionsAndContingencies() throws {
        let result = try fill(.addResult("SCI-0001"), ["kind": "ct", "summary": "No fracture", "order": "O-22"])
        #expect(try accepted(result).patients["SCI-0001"]?.results.last?.orderID == "O-22")
        let dvt = try fill(.addComplication("SCI-0002"), ["kind": "dvt", "summary": "Left femoral DVT", "site": "left femoral vein", "confirmedBy": "duplex ultrasound", "organism": "ignored when hidden"])
        let complication = try #require(try accepted(dvt).patients["SCI-0002"]?.complications.last)
        #expect(complication.details == ComplicationDetails(site: "left femoral vein", confirmedBy: "duplex ultrasound"))
        let action = try fill(.addAction("SCI-0002"), ["text": "Repeat MRI", "owner": "day team", "due": "2026-11-26 09:00"])
        #expect(try accepted(action).patients["SCI-0002"]?.actions.last?.owner == "day team")
        let contingency = try fill(.addContingency("SCI-0002"), ["condition": "temp > 38.5", "action": "blood cultures"])
        #expect(try accepted(contingency).patients["SCI-0002"]?.contingencies.count == 1)
        let done = try fill(.completeAction("SCI-0001"), [:])
        #expect(done == .completeAction(CompleteAction(actionID: "A-32", expectedRevision: TestWard.board().patients["SCI-0001"]?.revision)))
        #expect(try accepted(done).patients["SCI-0001"]?.actions.first?.done == true)
    }

    @Test func statusFormsOfferOnlyLegalMoves() throws {
        let state = TestWard.state()
        let order = try Forms.make(.orderStatus("O-23"), state: state).get()  // on-hold
        #expect(order.fields[0].kind == .choice(["active", "discontinued", "entered-in-error"]))
        let complication = try Forms.make(.complicationStatus("X-29"), state: state).get()
        #expect(complication.fields[0].kind == .choice(["resolved"]))
        #expect(complication.shownIndices.count == 1)  // resolving needs no reason
        let resolve = try fill(.complicationStatus("X-29"), [:])
        #expect(try accepted(resolve).patients["SCI-0001"]?.complications.last?.status == .resolved)
        let discontinue = try fill(.orderStatus("O-21"), ["status": "discontinued", "reason": "bleeding risk"])
        #expect(try accepted(discontinue).patients["SCI-0001"]?.orders.first?.history.last?.reason == "bleeding risk")
        let inError = try fill(.noteInError("N-31"), ["reason": "wrong patient"])
        #expect(try accepted(inError).patients["SCI-0001"]?.notes.last?.enteredInError?.reason == "wrong patient")
        #expect(throws: FormError("C-19 is cancelled, a final status: it cannot change")) { try Forms.make(.consultStatus("C-19"), state: state).get() }
    }

    @Test func updatingAPatientSendsOnlyWhatChanged() throws {
        let command = try fill(.updatePatient("SCI-0002"), ["severity": "unstable", "problems": "Epidural abscess; Neurogenic bladder"])
        #expect(command == .updatePatient(UpdatePatient(
            mrn: "SCI-0002", severity: .unstable, problems: ["Epidural abscess", "Neurogenic bladder"],
            expectedRevision: TestWard.board().patients["SCI-0002"]?.revision)))
        #expect(try accepted(command).patients["SCI-0002"]?.patient.severity == .unstable)
        #expect(throws: FormError("nothing was changed")) { try fill(.updatePatient("SCI-0002"), [:]) }
    }

    @Test func acknowledgingAnAlertNeedsAReasonAndClosesIt() throws {
        let state = TestWard.state()
        let form = try Forms.make(.acknowledgeAlert("SCI-0001"), state: state).get()
        guard case let .choice(titles) = form.fields[0].kind, let shown = titles.first else {
            Issue.record("no open alerts offered")
            return
        }
        // Offered by title, with the key the board records in brackets.
        let record = try #require(state.board.patients["SCI-0001"])
        let alert = try #require(ClinicalSummary.of(record, now: state.now, timeZone: state.timeZone).openAlerts.first)
        let title = try #require(SafetyRuleSet.current.rules.first { $0.id == alert.ruleID }?.title)
        #expect(shown == "\(title) [\(alert.key)]")
        let key = alert.key
        #expect(throws: FormError("Reason is required")) { try fill(.acknowledgeAlert("SCI-0001"), [:]) }
        let command = try fill(.acknowledgeAlert("SCI-0001"), ["reason": "discussed with nephrology"])
        #expect(command == .acknowledgeAlert(AcknowledgeAlert(mrn: "SCI-0001", alertKey: key, reason: "discussed with nephrology")))
        let board = try accepted(command)
        let after = try #require(board.patients["SCI-0001"])
        let open = ClinicalSummary.of(after, now: TestWard.now, timeZone: utc).openAlerts
        #expect(!open.contains { $0.key == key })
        #expect(throws: FormError("no open safety alerts for this patient")) { try Forms.make(.acknowledgeAlert("SCI-0004"), state: state).get() }
    }
}
