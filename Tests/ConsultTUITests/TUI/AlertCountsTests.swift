import ConsultBoard
import Foundation
import Testing
@testable import ConsultTUI

/// The board list's ⚠ counts are kept by `update`, and follow every change and tick.
@Suite struct AlertCountsTests {
    private let utc = TimeZone(identifier: "UTC") ?? .current

    /// A patient of the test ward with an open alert, and that alert.
    private func patientWithAnAlert(_ state: AppState) throws -> (PatientRecord, Alert) {
        let found = state.board.patients.values.sorted { $0.mrn < $1.mrn }.lazy.compactMap { record in
            ClinicalSummary.of(record, now: state.now, timeZone: self.utc).openAlerts.first.map { (record, $0) }
        }.first
        return try #require(found, "the test ward has a patient with an open alert")
    }

    @Test func anAcknowledgementFromElsewhereLowersTheCount() throws {
        var state = TestWard.state()
        let (record, alert) = try patientWithAnAlert(state)
        let before = state.alertCounts.open(record, now: state.now, timeZone: utc)
        #expect(before == ClinicalPanel.openAlertCount(record, now: state.now, timeZone: utc))
        #expect(before >= 1)

        var board = state.board
        let context = ChangeContext(sequence: board.revision + 1, author: "dr.wang", at: TestWard.now)
        let command = BoardCommand.acknowledgeAlert(AcknowledgeAlert(mrn: record.mrn, alertKey: alert.key, reason: "reviewed with nephrology"))
        try board.apply(command, context: context)
        let entry = JournalEntry(sequence: context.sequence, at: context.at, author: "dr.wang", patient: record.mrn, command: command, previousHash: "")
        _ = update(&state, .boardChanged(board, [entry]))

        let changed = try #require(state.board.patients[record.mrn])
        #expect(state.alertCounts.open(changed, now: state.now, timeZone: utc) == before - 1)
        // And the board list shows it: the row of that patient has the new count (or none).
        var canvas = Canvas(width: state.width, height: state.height)
        ScreenView.draw(state, into: &canvas)
        let row = try #require(canvas.text.split(separator: "\n").first { $0.contains(Sanitizer.line(record.patient.name)) && $0.contains("│") })
        #expect(row.contains(before == 1 ? "" : "⚠\(before - 1)") && !row.contains("⚠\(before) "))
    }

    @Test func everyPatientsCountMatchesTheRulesAfterATick() throws {
        var state = TestWard.state()
        _ = update(&state, .tick(TestWard.now.addingTimeInterval(9 * 24 * 3600)))
        for record in state.board.patients.values {
            #expect(state.alertCounts.open(record, now: state.now, timeZone: utc)
                == ClinicalPanel.openAlertCount(record, now: state.now, timeZone: utc), "\(record.mrn)")
        }
    }
}
