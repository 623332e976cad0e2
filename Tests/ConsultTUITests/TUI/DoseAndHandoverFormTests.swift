import ConsultBoard
import Foundation
import Testing
@testable import ConsultTUI

/// The medication record (`d` on the Orders tab) and the handover forms of the Overview (`C` code status, `L`
/// lines and drains, `P` contacts): each sends the command the CLI sends (`dose`, `code set`, `line add|remove`,
/// `contact add`), and the rules read what they record.
@Suite struct DoseAndHandoverFormTests {
    private func run(_ keys: [Key], on state: inout AppState) -> [Effect] {
        keys.flatMap { update(&state, .key($0)) }
    }

    private func type(_ text: String, on state: inout AppState) {
        for character in text { _ = update(&state, .key(.char(character))) }
    }

    /// The commands of the one `.apply` effect, applied to the state's board as the effect runner would.
    @discardableResult
    private func perform(_ effects: [Effect], on state: inout AppState) throws -> [BoardCommand] {
        guard case let .apply(commands, summary)? = effects.first, effects.count == 1 else {
            Issue.record("expected one save, got \(effects)")
            return []
        }
        var board = state.board
        var ids: [String?] = []
        for command in commands {
            ids.append(try board.apply(command, context: ChangeContext(sequence: board.revision + 1, author: state.author, at: state.now)))
        }
        _ = update(&state, .applied(board, [], ids: ids, summary: summary))
        return commands
    }

    /// 陈明's Orders tab with the enoxaparin order selected.
    private func ordersTab() throws -> (AppState, RecordID) {
        var state = TestWard.state()
        state.screen = .patient("SCI-0001")
        state.tab = .orders
        let order = try #require(state.board.patients["SCI-0001"]?.orders.first { $0.kind == .medication })
        state.tabCursors[.orders] = ListCursor(selectedID: order.id)
        return (state, order.id)
    }

    @Test func aDoseGivenDrivesTheAnticoagulantTimingBeforeALumbarPuncture() throws {
        var (state, order) = try ordersTab()
        var board = state.board
        _ = try board.apply(.addOrder(AddOrder(mrn: "SCI-0001", service: .neurology, kind: .procedure, text: "Lumbar puncture")),
                            context: ChangeContext(sequence: board.revision + 1, author: "dr.wang", at: state.now))
        _ = update(&state, .boardChanged(board, []))
        _ = run([.char("d")], on: &state)
        let form = try #require(state.form)
        #expect(form.purpose == .recordDose(order) && form.values["outcome"] == "given")
        #expect(form.shownIndices.map { form.fields[$0].key } == ["outcome", "at", "due", "note"])
        _ = run([.tab, .ctrl("u")], on: &state)
        type("2026-11-25 07:00", on: &state)
        let commands = try perform(run([.ctrl("s")], on: &state), on: &state)
        #expect(commands == [.recordDose(RecordDose(orderID: order, outcome: .given, at: TestWard.date("2026-11-25T07:00:00Z")))])
        #expect(state.status?.text.hasPrefix("Dose of \(order) recorded: given") == true)
        let record = try #require(state.board.patients["SCI-0001"])
        let alert = try #require(SafetyRuleSet.current.evaluate(record, now: state.now, timeZone: state.timeZone)
            .first { $0.ruleID == "anticoagulant-spinal-procedure" })
        #expect(alert.data.contains { $0.contains("last dose of \(order) given") } && !alert.data.contains { $0.contains("no dose of") })
    }

    @Test func aDoseHeldNeedsItsReasonAndAFutureTimeIsRefused() throws {
        var (state, order) = try ordersTab()
        _ = run([.char("d"), .right], on: &state)  // held
        #expect(state.form?.values["outcome"] == "held")
        #expect(run([.ctrl("s")], on: &state).isEmpty)
        #expect(state.status?.text == "Reason is required" && state.form != nil)
        _ = run([.tab, .ctrl("u")], on: &state)
        type("2026-11-25 10:00", on: &state)
        _ = run([.tab, .tab], on: &state)
        type("LP at 10:00; held per anaesthesia", on: &state)
        #expect(run([.ctrl("s")], on: &state).isEmpty)
        #expect(state.status?.text.contains("in the future") == true)
        _ = run([.backTab, .backTab, .ctrl("u")], on: &state)
        type("now", on: &state)
        let commands = try perform(run([.ctrl("s")], on: &state), on: &state)
        #expect(commands == [.recordDose(RecordDose(orderID: order, outcome: .held, at: state.now, reason: "LP at 10:00; held per anaesthesia"))])
        // A dose given late: the due time more than an hour before.
        _ = run([.char("d"), .tab, .tab], on: &state)
        type("2026-11-25 06:00", on: &state)
        try perform(run([.ctrl("s")], on: &state), on: &state)
        #expect(state.board.patients["SCI-0001"]?.orders.first { $0.id == order }?.doses.last?.isLate == true)
    }

    @Test func onlyActiveMedicationOrdersTakeDoses() throws {
        var (state, _) = try ordersTab()
        let nursing = try #require(state.board.patients["SCI-0001"]?.orders.first { $0.kind == .nursing })
        state.tabCursors[.orders] = ListCursor(selectedID: nursing.id)
        _ = run([.char("d")], on: &state)
        #expect(state.form == nil && state.status?.text == "\(nursing.id) is not a medication order: doses are recorded for medication orders")
        #expect(KeyHelp.patient(.orders).contains { $0.keys == "d" })
    }

    @Test func codeStatusIsChosenExplicitly() throws {
        var state = TestWard.state()
        state.screen = .patient("SCI-0001")
        _ = run([.char("C")], on: &state)
        #expect(state.form?.purpose == .codeStatus("SCI-0001"))
        _ = run([.char("d")], on: &state)  // a letter on the choice changes nothing
        #expect(run([.ctrl("s")], on: &state).isEmpty && state.form != nil)
        _ = run([.right, .right, .tab], on: &state)
        type("discussed with daughter", on: &state)
        let commands = try perform(run([.ctrl("s")], on: &state), on: &state)
        #expect(commands == [.setCodeStatus(SetCodeStatus(mrn: "SCI-0001", status: .dnr, note: "discussed with daughter"))])
        #expect(state.board.patients["SCI-0001"]?.currentCodeStatus?.status == .dnr)
    }

    @Test func aLineIsPutInAndTakenOut() throws {
        var state = TestWard.state()
        state.screen = .patient("SCI-0001")
        _ = run([.char("L"), .tab, .right], on: &state)  // urinary catheter
        _ = run([.tab], on: &state)
        type("16 Fr Foley", on: &state)
        _ = run([.tab, .ctrl("u")], on: &state)
        type("2026-11-24 22:00", on: &state)
        let inserted = try perform(run([.ctrl("s")], on: &state), on: &state)
        #expect(inserted == [.addDevice(AddDevice(mrn: "SCI-0001", kind: .urinaryCatheter, site: "16 Fr Foley", insertedAt: TestWard.date("2026-11-24T22:00:00Z")))])
        let device = try #require(state.board.patients["SCI-0001"]?.devicesIn.last)
        // Taking it out: the device is offered by its id, kind, site and day.
        _ = run([.char("L"), .right], on: &state)
        #expect(state.form?.values["what"] == device.id)
        #expect(state.form?.fields[0].shownChoice == "take out \(device.id) urinary catheter (16 Fr Foley), day 2")
        _ = run([.tab, .tab], on: &state)
        type("voiding trial", on: &state)
        let removed = try perform(run([.ctrl("s")], on: &state), on: &state)
        #expect(removed == [.removeDevice(RemoveDevice(deviceID: device.id, reason: "voiding trial", at: state.now))])
        #expect(state.board.patients["SCI-0001"]?.devicesIn.isEmpty == true)
    }

    @Test func aContactNeedsItsRoleAndName() throws {
        var state = TestWard.state()
        state.screen = .patient("SCI-0001")
        _ = run([.char("P"), .right, .right], on: &state)  // family
        #expect(run([.ctrl("s")], on: &state).isEmpty && state.status?.text == "Name is required")
        _ = run([.tab], on: &state)
        type("王丽", on: &state)
        _ = run([.tab], on: &state)
        type("daughter", on: &state)
        _ = run([.tab], on: &state)
        type("138-0000-0000", on: &state)
        let commands = try perform(run([.ctrl("s")], on: &state), on: &state)
        #expect(commands == [.addContact(AddContact(mrn: "SCI-0001", role: .family, name: "王丽", relation: "daughter", phone: "138-0000-0000"))])
        #expect(KeyHelp.patient(.overview).map(\.keys).filter { ["C", "L", "P"].contains($0) }.count == 3)
    }
}
