import ConsultBoard
import Foundation
import Testing
@testable import ConsultTUI

/// The TUI's discharge form lists what is open and refuses to discharge until each is closed or carried over; the
/// board's `D` shows the patients who left.
@Suite struct DischargeFormTests {
    private func run(_ keys: [Key], on start: AppState) -> (AppState, [Effect]) {
        var state = start
        var effects: [Effect] = []
        for key in keys { effects += update(&state, .key(key)) }
        return (state, effects)
    }

    @Test func theFormListsTheOpenItemsAndSavesOnlyAnExplicitCarryOver() throws {
        var start = TestWard.state()
        start.screen = .patient("SCI-0001")
        let record = try #require(start.board.patients["SCI-0001"])
        let open = OpenItems.of(record)
        #expect(!open.isEmpty)
        let (opened, _) = run([.char("x")], on: start)
        let form = try #require(opened.form)
        #expect(form.title.contains("\(open.count) open"))
        let listed = form.fields.filter { $0.key.hasPrefix("open-") }.map(\.value)
        #expect(listed.map { String($0.prefix(while: { $0 != " " })) } == open.map(\.id), "every open item is shown")
        // Saved as it stands ("close them first"): refused, nothing applied, the form stays.
        let (refused, none) = run([.ctrl("s")], on: opened)
        #expect(none.isEmpty && refused.form != nil)
        #expect(refused.status?.text.contains(open[0].id) == true)
        // Carry them over: the discharge goes through the one door with carryOver.
        let last = form.fields.count - 1
        var state = opened
        state.form?.focus = last
        let (_, effects) = run([.right, .ctrl("s")], on: state)
        guard case let .apply(commands, _)? = effects.first, case let .dischargePatient(c)? = commands.first else {
            Issue.record("expected a discharge, got \(effects)")
            return
        }
        #expect(c.mrn == "SCI-0001" && c.carryOver == true && c.expectedRevision == record.revision)
    }

    @Test func theBoardKeyDShowsThePatientsWhoLeft() throws {
        var state = TestWard.state()
        var board = state.board
        try board.apply(.dischargePatient(DischargePatient(mrn: "SCI-0002", destination: .rehab, carryOver: true)),
                        context: ChangeContext(sequence: board.revision + 1, author: "dr.li", at: state.now))
        _ = update(&state, .boardChanged(board, []))
        #expect(!state.visiblePatients.contains { $0.mrn == "SCI-0002" })
        let (shown, _) = run([.char("D")], on: state)
        let preview = try #require(shown.preview)
        #expect(preview.text.contains("SCI-0002") && preview.text.contains("rehab"))
        #expect(KeyHelp.board.contains { $0.keys == "D" })
    }
}
