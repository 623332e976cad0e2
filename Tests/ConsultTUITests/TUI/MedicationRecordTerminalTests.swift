import ConsultBoard
import Foundation
import Testing

/// The medication administration record in a real terminal: `d` on an active medication order records a dose held
/// with its reason (refused without one), through the command `consult-board dose hold` sends.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux (scripts/test installs it)"))
struct MedicationRecordTerminalTests {
    @Test func aDoseHeldIsRecordedFromTheOrdersTab() throws {
        let folder = try TemporaryFolder()
        let board = folder.path("ward")
        try TestWard.write(to: board)
        let tmux = try TmuxSession(["tui", "--board", board, "--author", "rn.zhou"], keeping: folder)
        try tmux.waitFor(text: "6 patients")
        try tmux.send("End")
        try tmux.waitFor(text: "│ 陈明  67 M · Bed 12")
        try tmux.send("Enter")
        try tmux.waitFor(text: "1 Overview")
        try tmux.send("3")
        try tmux.waitFor(text: "Bladder scan every 4 hours")
        try tmux.send("End")  // the oldest order: enoxaparin (O-21)
        try tmux.send("d")
        try tmux.waitFor(text: "Dose of O-21")
        try tmux.send("Right")  // held
        try tmux.send("C-s")
        try tmux.waitFor(text: "Reason is required")
        try tmux.send("Tab", "Tab", "Tab")
        try tmux.waitFor(text: "why it was held, refused or missed")
        try tmux.type("LP at 10:00; held per anaesthesia")
        try tmux.waitFor(text: "held per anaesthesia")
        try tmux.send("C-s")
        try tmux.waitFor(text: "Dose of O-21 recorded: held")
        try tmux.send("q")

        let order = try #require(try BoardStore(path: board).load().patients["SCI-0001"]?.orders.first { $0.id == "O-21" })
        let dose = try #require(order.doses.last)
        #expect(order.doses.count == 1 && dose.outcome == .held && dose.by == "rn.zhou")
        #expect(dose.reason == "LP at 10:00; held per anaesthesia")
    }
}
