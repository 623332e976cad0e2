import ConsultBoard
import Foundation
import Testing

/// The critical-value loop in a real terminal: a critical potassium entered from the CLI shows on the header and
/// the Overview (in words, with NO_COLOR), and goes away when the loop is closed, from another terminal or from
/// the TUI itself (`v`).
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux (scripts/test installs it)"))
struct CriticalValueTerminalTests {
    /// Runs a CLI command on `board`; its output.
    private func cli(_ args: [String], board: String, author: String = "rn.zhou") throws -> String {
        let outcome = try ConsultBoardProcess.run(args + ["--board", board, "--author", author])
        #expect(outcome.status == 0, "\(args): \(outcome)")
        return outcome.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A test ward with a critical potassium on 陈明 (entered from the CLI), open in a TUI signed by `author`
    /// (NO_COLOR) on her Overview: the board's path, the lab value's id, and the session.
    private func criticalPotassiumOnTheOverview(author: String) throws -> (board: String, lab: String, tmux: TmuxSession) {
        let boardFolder = try TemporaryFolder()
        let board = boardFolder.path("ward")
        try TestWard.write(to: board)
        let k = try cli(["lab", "add", "SCI-0001", "--test", "potassium", "--value", "6.9", "--unit", "mmol/L"], board: board, author: "lab")
        let tmux = try TmuxSession(["tui", "--board", board, "--author", author], environment: ["NO_COLOR": "1"], keeping: boardFolder)
        try tmux.waitFor(text: "‼ 1 critical value open")
        try tmux.send("End")
        try tmux.waitFor(text: "│ 陈明  67 M · Bed 12")
        try tmux.send("Enter")
        try tmux.waitFor(text: "Critical values open (1)")
        try tmux.waitFor(text: "‼ potassium 6.9 mmol/L HH (\(k))")
        try tmux.waitFor(text: "not yet received")
        return (board, k, tmux)
    }

    @Test func aCriticalValueStaysOnTheHeaderUntilItsLoopIsClosed() throws {
        let (board, k, tmux) = try criticalPotassiumOnTheOverview(author: "dr.li")
        func cli(_ args: [String], author: String = "rn.zhou") throws -> String { try self.cli(args, board: board, author: author) }

        _ = try cli(["critical", "receive", k, "--reported-by", "lab: Li", "--read-back"])
        try tmux.waitFor(text: "doctor not yet notified")
        _ = try cli(["critical", "notify", k, "--doctor", "dr.li"])
        _ = try cli(["critical", "close", k, "--action", "calcium gluconate, insulin-dextrose"], author: "dr.li")
        try tmux.waitFor("the loop to close on screen") { !$0.contains("critical value open") && !$0.contains("Critical values open") }
        try tmux.send("5")
        try tmux.waitFor(text: "HH")  // the value keeps its flag in the Labs tab after the loop is closed
        try tmux.send("q")
    }

    /// The whole loop recorded in the TUI: from the Overview, `v` opens the value's next step each time (the call
    /// received and read back, the doctor told, the action), the same commands as `consult-board critical`; the
    /// header and the Overview count it until the action closes it.
    @Test func theLoopIsClosedFromTheTUIStepByStep() throws {
        let (board, k, tmux) = try criticalPotassiumOnTheOverview(author: "rn.zhou")

        // The call: who reported it, the read-back stated with →, the time (now).
        try tmux.send("v")
        try tmux.waitFor(text: "Critical value: 陈明 (SCI-0001)")
        try tmux.send("Tab")
        try tmux.waitFor(text: "received by you (rn.zhou)")
        try tmux.type("lab: Li Na")
        try tmux.waitFor(text: "lab: Li Na")
        try tmux.send("Tab")
        try tmux.waitFor(text: "once you have read the value back")
        try tmux.send("Right")
        try tmux.waitFor(text: "read back to the caller and confirmed")
        try tmux.send("C-s")
        try tmux.waitFor(text: "Critical value \(k): received and read back")
        try tmux.waitFor(text: "doctor not yet notified")

        // The doctor told.
        try tmux.send("v")
        try tmux.waitFor(text: "Doctor notified")
        try tmux.send("Tab")
        try tmux.waitFor(text: "the responsible doctor told of the value")
        try tmux.type("dr.wang")
        try tmux.waitFor(text: "dr.wang")
        try tmux.send("C-s")
        try tmux.waitFor(text: "no action recorded yet")
        #expect(try tmux.capture().contains("‼ 1 critical value open"))

        // The action closes the loop: the header and the Overview no longer count it.
        try tmux.send("v")
        try tmux.waitFor(text: "Action taken")
        try tmux.send("Tab")
        try tmux.waitFor(text: "what was done about it; closes the loop")
        try tmux.type("calcium gluconate, insulin-dextrose")
        try tmux.waitFor(text: "insulin-dextrose")
        try tmux.send("C-s")
        try tmux.waitFor(text: "action recorded, loop closed")
        try tmux.waitFor("the loop to close on screen") { !$0.contains("critical value open") && !$0.contains("Critical values open") }
        try tmux.send("q")

        let task = try #require(try BoardStore(path: board).load().patients["SCI-0001"]?.criticalTasks.first { $0.labID == k })
        #expect(task.reportedBy == "lab: Li Na" && task.receivedBy == "rn.zhou" && task.readBack)
        #expect(task.doctorNotified == "dr.wang" && task.notifiedBy == "rn.zhou")
        #expect(task.action == "calcium gluconate, insulin-dextrose" && task.isClosed)
        #expect(!(try cli(["critical", "list", "--open"], board: board)).contains(k))
    }
}
