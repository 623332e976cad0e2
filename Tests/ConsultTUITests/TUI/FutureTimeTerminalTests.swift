import ConsultBoard
import Foundation
import Testing

/// A clinical time in the future (a typo in the year) is refused by the TUI in a real terminal, with the machine's
/// time in the message, and nothing is saved: the form stays open to be corrected.
@Suite(.enabled(if: TmuxSession.isAvailable, "needs tmux (scripts/test installs it)"))
struct FutureTimeTerminalTests {
    @Test func aLabDatedNextYearIsRefusedAndTheFormStaysOpen() throws {
        let folder = try TemporaryFolder()
        let board = folder.path("ward")
        try TestWard.write(to: board)
        let labs = try BoardStore(path: board).load().patients["SCI-0001"]?.labs.count
        let tmux = try TmuxSession(["tui", "--board", board, "--author", "dr.li"], environment: ["TZ": "UTC"], keeping: folder)
        try tmux.waitFor(text: "6 patients")
        try tmux.send("End")
        try tmux.waitFor(text: "│ 陈明  67 M · Bed 12")
        try tmux.send("Enter")
        try tmux.waitFor(text: "1 Overview")
        try tmux.send("5", "a")
        try tmux.waitFor(text: "Add lab or vital")
        try tmux.waitForCursor(onLineContaining: "Test")
        try tmux.type("creatinine")
        try tmux.waitFor(text: "creatinine")
        for (label, value) in [("Value", "80"), ("Unit", "umol/L")] {
            try tmux.send("Tab")
            try tmux.waitForCursor(onLineContaining: label)
            try tmux.type(value)
            try tmux.waitFor(text: value)
        }
        try tmux.send("Tab")
        try tmux.waitForCursor(onLineContaining: "Taken at")
        let nextYear = Calendar(identifier: .gregorian).component(.year, from: Date()) + 1
        try tmux.send("C-u")
        try tmux.type("\(nextYear)-03-01 08:00")
        try tmux.waitFor(text: "\(nextYear)-03-01 08:00")
        try tmux.send("C-s")
        let screen = try tmux.waitFor(text: "is in the future")
        #expect(screen.contains("this machine's time is"), "\(screen)")
        #expect(screen.contains("Add lab or vital"), "the form closed:\n\(screen)")
        #expect(try BoardStore(path: board).load().patients["SCI-0001"]?.labs.count == labs)
    }
}
