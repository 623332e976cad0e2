import ConsultBoard
import Foundation
import Testing
@testable import ConsultTUI

/// The critical-value (危急值) loop in the TUI, through `update`: from the Overview (`v`), the board (`v`) or the
/// header's marker (a click), one form records each step the CLI records, with the same commands; the header's
/// and the Overview's open count follow and disappear when the loop is closed.
@Suite struct CriticalValueFormTests {
    /// The test ward with a critical potassium (6.9 mmol/L, critical above 6.0 by the shipped ranges) on 陈明.
    private func wardWithCriticalPotassium() throws -> (AppState, RecordID) {
        var state = TestWard.state()
        var board = state.board
        let id = try #require(try board.apply(
            .addLab(AddLab(mrn: "SCI-0001", test: "potassium", value: 6.9, unit: "mmol/L", at: TestWard.date("2026-11-25T08:00:00Z"))),
            context: ChangeContext(sequence: board.revision + 1, author: "lab", at: TestWard.date("2026-11-25T08:05:00Z"))))
        _ = update(&state, .boardChanged(board, []))
        return (state, id)
    }

    private func run(_ keys: [Key], on state: inout AppState) -> [Effect] {
        keys.flatMap { update(&state, .key($0)) }
    }

    private func type(_ text: String, on state: inout AppState) {
        for character in text { _ = update(&state, .key(.char(character))) }
    }

    /// Does what the effect runner does with `.apply`: the board applies the commands (one door), and the result
    /// comes back as `.applied`.
    private func perform(_ effects: [Effect], on state: inout AppState) throws {
        for effect in effects {
            guard case let .apply(commands, summary) = effect else { continue }
            var board = state.board
            var ids: [String?] = []
            for command in commands {
                ids.append(try board.apply(command, context: ChangeContext(sequence: board.revision + 1, author: state.author, at: state.now)))
            }
            _ = update(&state, .applied(board, [], ids: ids, summary: summary))
        }
    }

    private func shownKeys(_ state: AppState) -> [String] {
        guard let form = state.form else { return [] }
        return form.shownIndices.map { form.fields[$0].key }
    }

    @Test func eachStepOfTheLoopIsRecordedFromTheOverviewUntilItCloses() throws {
        var (state, lab) = try wardWithCriticalPotassium()
        #expect(state.criticalCounts.total == 1)
        state.screen = .patient("SCI-0001")
        _ = run([.char("v")], on: &state)
        #expect(shownKeys(state) == ["value", "reportedBy", "readBack", "at"])
        #expect(state.form?.fields.first?.shownChoice.contains("potassium 6.9 mmol/L HH") == true)

        // The read-back is stated explicitly: a letter on the choice changes nothing, and saving without it is refused.
        _ = run([.tab], on: &state)
        type("lab: Li Na", on: &state)
        _ = run([.tab], on: &state)
        _ = run([.char("y")], on: &state)
        #expect(state.form?.values["readBack"] == FormField.unchosen)
        #expect(run([.ctrl("s")], on: &state).isEmpty)
        #expect(state.status?.kind == .error && state.form != nil)
        _ = run([.right], on: &state)
        let receive = run([.ctrl("s")], on: &state)
        #expect(receive == [.apply([.receiveCriticalValue(ReceiveCriticalValue(labID: lab, reportedBy: "lab: Li Na", readBack: true, at: state.now))],
                                   summary: "Critical value \(lab): received and read back")])
        try perform(receive, on: &state)
        #expect(state.form == nil && state.criticalCounts.total == 1)

        // The next step: the doctor told.
        _ = run([.char("v")], on: &state)
        #expect(shownKeys(state) == ["value", "doctor", "at"])
        _ = run([.tab], on: &state)
        type("dr.wang", on: &state)
        let notify = run([.ctrl("s")], on: &state)
        #expect(notify == [.apply([.notifyCriticalValue(NotifyCriticalValue(labID: lab, doctor: "dr.wang", at: state.now))],
                                  summary: "Critical value \(lab): doctor notified")])
        try perform(notify, on: &state)

        // The action closes the loop: the header's and the Overview's count go.
        _ = run([.char("v")], on: &state)
        #expect(shownKeys(state) == ["value", "action", "at"])
        _ = run([.tab], on: &state)
        type("calcium gluconate, insulin-dextrose", on: &state)
        let close = run([.ctrl("s")], on: &state)
        try perform(close, on: &state)
        #expect(state.criticalCounts.total == 0 && state.criticalCounts.headerText == nil)
        let task = try #require(state.board.patients["SCI-0001"]?.criticalTasks.first)
        #expect(task.reportedBy == "lab: Li Na" && task.receivedBy == "dr.li" && task.readBack)
        #expect(task.doctorNotified == "dr.wang" && task.action == "calcium gluconate, insulin-dextrose" && task.isClosed)
        // Nothing left to record.
        _ = run([.char("v")], on: &state)
        #expect(state.form == nil && state.status?.text == "No critical value is open.")
    }

    @Test func aStepTimeInTheFutureOrBeforeTheSampleIsRefusedWithOneLine() throws {
        var (state, _) = try wardWithCriticalPotassium()
        state.screen = .patient("SCI-0001")
        _ = run([.char("v"), .tab], on: &state)
        type("lab: Li", on: &state)
        _ = run([.tab, .right, .tab, .ctrl("u")], on: &state)
        type("2026-11-25 09:30", on: &state)
        #expect(run([.ctrl("s")], on: &state).isEmpty)
        #expect(state.status?.kind == .error && state.status?.text.contains("future") == true && state.form != nil)
        // Before the sample: the form sends it, the board refuses it, saying why.
        _ = run([.ctrl("u")], on: &state)
        type("2026-11-25 07:00", on: &state)
        let effects = run([.ctrl("s")], on: &state)
        guard case let .apply(commands, _)? = effects.first else {
            Issue.record("expected the step to be sent, got \(effects)")
            return
        }
        var board = state.board
        #expect(throws: BoardError.self) {
            try board.apply(commands[0], context: ChangeContext(sequence: board.revision + 1, author: "dr.li", at: state.now))
        }
    }

    @Test func theBoardKeyAndTheHeaderMarkerOpenTheWardsOpenValues() throws {
        var (state, lab) = try wardWithCriticalPotassium()
        _ = run([.char("v")], on: &state)
        let form = try #require(state.form)
        #expect(form.title == "Critical values open on the ward (1)")
        #expect(form.fields[0].shownChoice.hasPrefix("陈明 (SCI-0001) · ‼ potassium") && form.values["value"] == lab)
        _ = run([.escape], on: &state)
        #expect(state.form == nil)

        // The header's marker is a hit region of the frame: clicking it opens the same form.
        var canvas = Canvas(width: state.width, height: state.height)
        ScreenView.draw(state, into: &canvas)
        let marker = try #require(canvas.hitRegions.first { $0.target == .criticalValues })
        #expect(marker.y == 0)
        _ = update(&state, .click(.criticalValues))
        #expect(state.form?.purpose == .criticalValue(nil))
        // On a patient with open values, the click opens that patient's.
        state.form = nil
        state.screen = .patient("SCI-0001")
        _ = update(&state, .click(.criticalValues))
        #expect(state.form?.purpose == .criticalValue("SCI-0001"))
        #expect(KeyHelp.board.contains { $0.keys == "v" } && KeyHelp.patient(.overview).contains { $0.keys == "v" })
    }

    @Test func withoutAnOpenValueTheFormSaysSoAndTheOverviewInWords() throws {
        var state = TestWard.state()
        _ = run([.char("v")], on: &state)
        #expect(state.form == nil && state.status?.kind == .error)
        var (critical, _) = try wardWithCriticalPotassium()
        critical.screen = .patient("SCI-0001")
        let text = OverviewTab.document(try #require(critical.board.patients["SCI-0001"]), state: critical, width: 100).lines.map { $0.spans.map(\.text).joined() }.joined(separator: "\n")
        #expect(text.contains("v records the next step") && text.contains("not yet received"))
    }
}
