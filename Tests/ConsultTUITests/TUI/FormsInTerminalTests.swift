import ConsultBoard
import Foundation
import Testing

/// Forms, pastes, two people on one record, locales and terminals, in a real terminal (tmux).
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux (scripts/test installs it)"))
struct FormsInTerminalTests {
    private func ward() throws -> (TemporaryFolder, String) {
        let folder = try TemporaryFolder()
        let board = folder.path("ward")
        try TestWard.write(to: board)
        return (folder, board)
    }

    /// A TUI on `board` showing 陈明 (SCI-0001, bed 12) with the header form open, Severity focused.
    private func headerForm(_ board: String, author: String, folder: TemporaryFolder? = nil, environment: [String: String] = [:]) throws -> TmuxSession {
        let tmux = try TmuxSession(["tui", "--board", board, "--author", author], environment: environment, keeping: folder)
        try tmux.waitFor(text: "6 patients")
        try tmux.send("End")
        try tmux.waitFor(text: "│ 陈明  67 M · Bed 12")
        try tmux.send("Enter")
        try tmux.waitFor(text: "1 Overview")
        try tmux.send("e")
        try tmux.waitFor(text: "Update 陈明 (SCI-0001)")
        return tmux
    }

    @Test func typingAndPastingOnAChoiceChangeNothingAndPastesGoIntoTextFieldsAsText() throws {
        let (folder, board) = try ward()
        let tmux = try headerForm(board, author: "dr.li", folder: folder)
        // Each step waits for the status line to change, so that keys sent next are not part of the paste.
        try tmux.type("s")
        try tmux.waitFor(text: "typed text is not taken")
        try tmux.paste("watcher\nstable")  // bracketed
        try tmux.waitFor(text: "the paste is not taken")
        try tmux.type("x")
        try tmux.waitFor(text: "typed text is not taken")
        try tmux.pasteUnbracketed("stable\nwatcher\na")
        try tmux.waitFor(text: "the paste is not taken")
        try tmux.type("y")
        try tmux.waitFor(text: "typed text is not taken")
        try tmux.pasteUnbracketed("stable")  // one line, as a terminal without bracketed paste sends it
        try tmux.waitFor(text: "the paste is not taken")
        try tmux.send("Tab")  // the bed
        // A Tab and the paste after it in one burst would be one paste (a tab and text) on the severity choice.
        try tmux.waitForCursor(onLineContaining: "Bed")
        try tmux.pasteUnbracketed("A\nB\n")
        try tmux.waitFor(text: "12A B")
        try tmux.send("Tab")  // the summary
        try tmux.waitForCursor(onLineContaining: "Summary")
        try tmux.paste("first line\nsecond line")
        try tmux.waitFor(text: "first line second line")
        try tmux.send("Escape")
        try tmux.waitFor(text: "Discard this form?")
        try tmux.send("n")
        try tmux.send("C-s")
        try tmux.waitFor(text: "Saved: Update 陈明")
        let record = try #require(try BoardStore(path: board).load().patients["SCI-0001"])
        #expect(record.patient.severity == .unstable)
        #expect(record.patient.bed == "12A B")
        #expect(record.patient.summary.hasSuffix("first line second line"))
        #expect(record.actions.count == TestWard.board().patients["SCI-0001"]?.actions.count)
    }

    @Test func aLongUnbracketedPasteIntoTheEditorIsTextAndSavesNothing() throws {
        let (folder, board) = try ward()
        let tmux = try TmuxSession(["tui", "--board", board, "--author", "dr.li"], keeping: folder)
        try tmux.waitFor(text: "6 patients")
        try tmux.send("n")
        try tmux.waitFor(text: "New note")
        let lines = (1...2000).map { "line \($0) of the discharge summary" }
        try tmux.pasteUnbracketed(lines.joined(separator: "\n"))
        try tmux.waitFor(text: "line 2000 of the discharge summary", seconds: 30)
        #expect(try BoardStore(path: board).load().patients["SCI-0004"]?.notes.count == TestWard.board().patients["SCI-0004"]?.notes.count)
        try tmux.send("C-s")
        try tmux.waitFor(text: "Note saved")
        let note = try #require(try BoardStore(path: board).load().patients["SCI-0004"]?.notes.last)
        #expect(note.text == lines.joined(separator: "\n"))
    }

    @Test func twoPeopleEditingOneHeaderTheSecondIsRefusedAndShownBoth() throws {
        let (folder, board) = try ward()
        let nurse = try headerForm(board, author: "rn.chen", folder: folder)
        let doctor = try headerForm(board, author: "dr.li")
        try nurse.send("Tab", "Tab", "C-u")
        try nurse.type("Nurse: turned 2-hourly, skin intact")
        try nurse.send("C-s")
        try nurse.waitFor(text: "Saved: Update 陈明")
        try doctor.send("Tab", "Tab", "C-u")
        try doctor.type("Doctor: MAP goal 85")
        try doctor.send("C-s")
        let refused = try doctor.waitFor(text: "theirs: Nurse: turned 2-hourly, skin intact")
        #expect(refused.contains("SCI-0001 was changed by rn.chen"))
        #expect(refused.contains("Doctor: MAP goal 85"))
        #expect(try BoardStore(path: board).load().patients["SCI-0001"]?.patient.summary == "Nurse: turned 2-hourly, skin intact")
        // Merged by hand and saved again, on the new revision.
        try doctor.send("C-u")
        try doctor.type("Doctor: MAP goal 85; nurse: turned 2-hourly")
        try doctor.send("C-s")
        try doctor.waitFor(text: "Saved: Update 陈明")
        #expect(try BoardStore(path: board).load().patients["SCI-0001"]?.patient.summary == "Doctor: MAP goal 85; nurse: turned 2-hourly")
    }

    @Test(arguments: [["LANG": "C", "LC_ALL": "C"], ["LANG": "zh_CN.UTF-8", "LC_ALL": "zh_CN.UTF-8"]])
    func chineseNamesAreDrawnWhateverLANGSays(_ environment: [String: String]) throws {
        let (folder, board) = try ward()
        // In English whatever the locale says (a zh_CN locale alone would show the board in Chinese).
        let tmux = try TmuxSession(["--lang", "en", "tui", "--board", board, "--author", "dr.li"], environment: environment, keeping: folder)
        let screen = try tmux.waitFor(text: "6 patients")
        for name in ["陈明", "王秀英", "李娜"] { #expect(screen.contains(name), "\(name) missing under \(environment)") }
        try tmux.send("q")
        try tmux.waitFor("the program to exit") { _ in tmux.hasExited() }
    }

    @Test(arguments: ["dumb", "no-such-terminal-xyz"])
    func aTerminalThatCannotDrawTheBoardGetsAClearMessage(_ term: String) throws {
        let (folder, board) = try ward()
        let tmux = try TmuxSession(["tui", "--board", board, "--author", "dr.li"], environment: ["TERM": term], keeping: folder)
        try tmux.waitFor("the program to exit") { _ in tmux.hasExited() }
        // The line may wrap and scroll: read the scrollback too, wrapped lines joined.
        let screen = try tmux.waitFor("the one-line message", includingHistory: true) { $0.contains("consult-board: error: the terminal") }
        #expect(screen.contains("TERM=\(term)"), "\(screen)")
        #expect(tmux.exitStatus() == 1)
    }
}
