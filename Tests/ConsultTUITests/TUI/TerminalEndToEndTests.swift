import ConsultBoard
import Foundation
import Testing

/// The TUI in a real terminal (tmux, 120x40, LANG=C.UTF-8) on a temporary board.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux (scripts/test installs it)"))
struct TerminalEndToEndTests {
    /// A board with the test ward, and a TUI open on it.
    private func openWard(author: String = "dr.li") throws -> (TmuxSession, String) {
        let boardFolder = try TemporaryFolder()
        let board = boardFolder.path("ward")
        try TestWard.write(to: board)
        let tmux = try TmuxSession(["tui", "--board", board, "--author", author], keeping: boardFolder)
        try tmux.waitFor(text: "6 patients")
        return (tmux, board)
    }

    @Test func writeAChineseNoteAndSeeItThroughTheCLI() throws {
        let (tmux, board) = try openWard()
        try tmux.send("End")
        try tmux.waitFor(text: "Bed 12 · SCI-0001")  // the summary pane follows the selection
        try tmux.send("Enter")
        try tmux.waitFor(text: "1 Overview")
        try tmux.send("7")
        try tmux.waitFor(text: "Written")
        try tmux.send("n")
        try tmux.waitFor(text: "New note")
        try tmux.type("夜间血压平稳，无头痛。")
        try tmux.send("Enter")
        try tmux.type("BP stable overnight.")
        try tmux.waitFor(text: "BP stable overnight.")
        try tmux.send("C-s")
        try tmux.waitFor(text: "Note saved")
        try tmux.send("q")
        try tmux.waitFor("the program to exit") { _ in (try? tmux.hasExited()) ?? false }

        let shown = try ConsultBoardProcess.run(["show", "SCI-0001", "--json", "--board", board])
        if shown.status == 0 {
            #expect(shown.stdout.contains("夜间血压平稳，无头痛。\\nBP stable overnight."))
        }
        // Through the library as well (always available).
        let notes = try BoardStore(path: board).load().patients["SCI-0001"]?.notes ?? []
        let note = try #require(notes.last)
        #expect(note.text == "夜间血压平稳，无头痛。\nBP stable overnight.")
        #expect(note.author == "dr.li")
        #expect(note.service == .ward)
    }
}

