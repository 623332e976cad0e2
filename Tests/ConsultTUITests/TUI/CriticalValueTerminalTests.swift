import ConsultBoard
import Foundation
import Testing

/// The critical-value loop in a real terminal: a critical potassium entered from the CLI shows on the header and
/// the Overview (in words, with NO_COLOR), and goes away when the loop is closed from another terminal.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux (scripts/test installs it)"))
struct CriticalValueTerminalTests {
    @Test func aCriticalValueStaysOnTheHeaderUntilItsLoopIsClosed() throws {
        let boardFolder = try TemporaryFolder()
        let board = boardFolder.path("ward")
        try TestWard.write(to: board)
        func cli(_ args: [String], author: String = "rn.zhou") throws -> String {
            let outcome = try ConsultBoardProcess.run(args + ["--board", board, "--author", author])
            #expect(outcome.status == 0, "\(args): \(outcome)")
            return outcome.output
        }
        let k = try cli(["lab", "add", "SCI-0001", "--test", "potassium", "--value", "6.9", "--unit", "mmol/L"], author: "lab")
        let tmux = try TmuxSession(["tui", "--board", board, "--author", "dr.li"], environment: ["NO_COLOR": "1"], keeping: boardFolder)
        try tmux.waitFor(text: "‼ 1 critical value open")
        try tmux.send("End")
        try tmux.waitFor(text: "│ 陈明  67 M · Bed 12")
        try tmux.send("Enter")
        try tmux.waitFor(text: "Critical values open (1)")
        try tmux.waitFor(text: "‼ potassium 6.9 mmol/L HH (\(k))")
        try tmux.waitFor(text: "not yet received")

        _ = try cli(["critical", "receive", k, "--reported-by", "lab: Li", "--read-back"])
        try tmux.waitFor(text: "doctor not yet notified")
        _ = try cli(["critical", "notify", k, "--doctor", "dr.li"])
        _ = try cli(["critical", "close", k, "--action", "calcium gluconate, insulin-dextrose"], author: "dr.li")
        try tmux.waitFor("the loop to close on screen") { !$0.contains("critical value open") && !$0.contains("Critical values open") }
        try tmux.send("5")
        try tmux.waitFor(text: "HH")  // the value keeps its flag in the Labs tab after the loop is closed
        try tmux.send("q")
    }
}
