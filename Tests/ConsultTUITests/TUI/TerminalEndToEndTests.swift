import ConsultBoard
import Foundation
import Testing

/// The TUI in a real terminal (tmux, 120x40, LANG=C.UTF-8) on a temporary board.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux (scripts/test installs it)"))
struct TerminalEndToEndTests {
    /// A board with the test ward, and a TUI open on it.
    private func openWard(author: String = "dr.li", kind: BoardKind = .folder) throws -> (TmuxSession, String) {
        let boardFolder = try TemporaryFolder()
        let board = kind == .folder ? boardFolder.path("ward") : try TestPostgres.freshBoard()
        try TestWard.write(to: try BoardLocation.parse(board))
        let tmux = try TmuxSession(["tui", "--board", board, "--author", author], keeping: boardFolder)
        try tmux.waitFor(text: "6 patients")
        return (tmux, board)
    }

    /// Moves to the last bed (12, 陈明), opens the patient and the Notes tab, waiting for each screen.
    private func openNotesOfBed12(_ tmux: TmuxSession) throws {
        try tmux.send("End")
        try tmux.waitFor(text: "│ 陈明  67 M · Bed 12")  // the summary pane follows the selection
        try tmux.send("Enter")
        try tmux.waitFor(text: "1 Overview")
        try tmux.send("7")
        try tmux.waitFor(text: "Written")
    }

    @Test func writeAChineseNoteAndSeeItThroughTheCLI() throws {
        let (tmux, board) = try openWard()
        try openNotesOfBed12(tmux)
        try tmux.send("n")
        try tmux.waitFor(text: "New note")
        try tmux.type("夜间血压平稳，无头痛。")
        try tmux.send("Enter")
        try tmux.type("BP stable overnight.")
        try tmux.waitFor(text: "BP stable overnight.")
        try tmux.send("C-s")
        try tmux.waitFor(text: "Note saved")
        try tmux.send("q")
        try tmux.waitFor("the program to exit") { _ in tmux.hasExited() }

        let shown = try ConsultBoardProcess.run(["show", "SCI-0001", "--json", "--board", board])
        #expect(shown.status == 0, "\(shown)")
        #expect(shown.stdout.contains("夜间血压平稳，无头痛。\\nBP stable overnight."))
        // Through the library as well: the note as it was signed.
        let notes = try BoardStore(path: board).load().patients["SCI-0001"]?.notes ?? []
        let note = try #require(notes.last)
        #expect(note.text == "夜间血压平稳，无头痛。\nBP stable overnight.")
        #expect(note.author == "dr.li")
        #expect(note.service == .ward)
    }

    /// On a database board the other process's change arrives by LISTEN/NOTIFY on the TUI's own connection.
    @Test(arguments: BoardKind.available)
    func aNoteAddedFromTheCLIAppearsWithoutAKeyPress(kind: BoardKind) throws {
        let (tmux, board) = try openWard(kind: kind)
        try openNotesOfBed12(tmux)
        // Another clinician, another process, through the CLI.
        let added = try ConsultBoardProcess.run([
            "note", "add", "SCI-0001", "--service", "neurology", "--text", "Reviewed from home: 神经功能稳定", "--board", board,
            "--author", "dr.wang",
        ])
        #expect(added.status == 0, "\(added)")
        let screen = try tmux.waitFor(text: "神经功能稳定")  // no key is sent: the change arrives by itself
        #expect(screen.contains("陈明 (SCI-0001) · dr.wang: neurology progress note"))  // the notice: who changed what
    }

    @Test func resizingRedrawsAndTooSmallSaysSo() throws {
        let (tmux, _) = try openWard()
        try tmux.resize(width: 80, height: 24)
        try tmux.waitFor("the 80x24 layout") { $0.contains("── Ahmed Hassan · SCI-0004") }
        try tmux.resize(width: 60, height: 20)
        try tmux.waitFor(text: "Terminal too small")
        try tmux.resize(width: 120, height: 40)
        let screen = try tmux.waitFor("the 120x40 layout") { $0.contains("│ Ahmed Hassan") && !$0.contains("too small") }
        #expect(screen.contains("6 patients"))
        try tmux.send("q")
        try tmux.waitFor("the program to exit") { _ in tmux.hasExited() }
    }

    @Test func aNoteBeingWrittenSurvivesAClosedTerminal() throws {
        let (tmux, board) = try openWard()
        try openNotesOfBed12(tmux)
        try tmux.send("n")
        try tmux.waitFor(text: "New note")
        try tmux.type("夜班：血压平稳。The connection dropped here.")
        try tmux.waitFor(text: "The connection dropped here.")
        let drafts = DraftKeeper(store: try BoardStore(path: board))
        let kept = { ((try? FileManager.default.contentsOfDirectory(atPath: drafts.folder)) ?? []).filter { $0.hasSuffix(".json") } }
        try tmux.waitFor("the draft on disk") { _ in !kept().isEmpty }
        try tmux.closeWindow()
        // Once the session is gone its draft is free to be reopened.
        let deadline = Date().addingTimeInterval(30)
        while drafts.adoptableDrafts(of: "dr.li").drafts.isEmpty, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(!drafts.adoptableDrafts(of: "dr.li").drafts.isEmpty, "the closed session still holds its draft")

        let again = try TmuxSession(["tui", "--board", board, "--author", "dr.li"])
        let screen = try again.waitFor(text: "Your unsigned note (")
        #expect(screen.contains("夜班：血压平稳。The connection dropped here."))
        #expect(screen.contains("陈明 · SCI-0001"))
        try again.send("C-s")
        try again.waitFor(text: "Note saved")
        try again.send("q")
        try again.waitFor("the program to exit") { _ in again.hasExited() }
        let note = try #require(try BoardStore(path: board).load().patients["SCI-0001"]?.notes.last)
        #expect(note.text == "夜班：血压平稳。The connection dropped here.")
        #expect(note.author == "dr.li")
        #expect(kept().isEmpty, "the signed note's draft is gone")
    }

    @Test func mouseClicksSelectAPatientOpenItAndSwitchTabs() throws {
        let (tmux, _) = try openWard()
        // The list row (one space before the age; the summary pane's header has two).
        let row = "Margaret O'Brien 54 F"
        try tmux.click(on: row)
        try tmux.waitFor(text: "│ Margaret O'Brien  54 F · Bed 3")  // the summary pane follows the click
        try tmux.click(on: row)  // a second click on the selected row opens it
        try tmux.waitFor(text: "1 Overview")
        try tmux.click(on: "6 Complications")
        try tmux.waitFor("the Complications tab") { $0.contains("No complications. Press a") || $0.contains("Kind       Status    Onset") }
    }

    @Test func sigtermRestoresTheTerminal() throws {
        let (tmux, _) = try openWard()
        #expect(try tmux.paneValue("#{alternate_on}") == "1")
        #expect(kill(try tmux.programID(), SIGTERM) == 0)
        try tmux.waitFor("the exit status") { _ in tmux.hasExited() }
        let screen = try tmux.capture()
        #expect(tmux.exitStatus() == 128 + SIGTERM, "screen:\n\(screen)")
        #expect(try tmux.paneValue("#{alternate_on}") == "0")  // curses left the alternate screen: endwin ran
    }

    @Test func noColorKeepsTheScreenMonochrome() throws {
        let folder = try TemporaryFolder()
        let board = folder.path("ward")
        try TestWard.write(to: board)
        let coloured = try TmuxSession(["tui", "--board", board], keeping: folder)
        try coloured.waitFor(text: "6 patients")
        let colours = try coloured.captureWithAttributes()
        #expect(colours.contains("\u{1B}[31m"), "no red in: \(colours.debugDescription)")  // UNSTABLE in red
        let plain = try TmuxSession(["tui", "--board", board], environment: ["NO_COLOR": "1"])
        try plain.waitFor(text: "6 patients")
        let screen = try plain.captureWithAttributes()
        #expect(!screen.contains("\u{1B}[31m") && !screen.contains("\u{1B}[33m"))
        #expect(screen.contains("\u{1B}[1m") || screen.contains("\u{1B}[1;"))  // bold stands in for colour
    }

    @Test func demoCreatesTheWardOpensItAndSaysWhereItIs() throws {
        let folder = try TemporaryFolder()
        let board = folder.path("demo")
        let tmux = try TmuxSession(["demo", "--board", board, "--author", "dr.demo"], keeping: folder)
        try tmux.waitFor(text: "DEMO - fictional patients", seconds: 30)
        try tmux.send("q")
        let screen = try tmux.waitFor("the exit message", includingHistory: true) { $0.contains("The demo board is at \(board)") }
        #expect(screen.contains("consult-board --board \(board)"))
        #expect(FileManager.default.fileExists(atPath: board + "/journal.jsonl"))
    }

    /// The demo in a database: made on the first run, shown again (not made twice) on the second.
    @Test(.enabled(if: TestPostgres.uri != nil, "needs CONSULT_BOARD_TEST_POSTGRES (scripts/test starts a private PostgreSQL)"))
    func demoInADatabaseIsMadeOnceAndOpenedAgain() throws {
        let board = try TestPostgres.freshBoard()
        for made in [true, false] {
            let tmux = try TmuxSession(["demo", "--board", board, "--author", "dr.demo"])
            try tmux.waitFor(text: "DEMO - fictional patients", seconds: 30)
            try tmux.send("q")
            let screen = try tmux.waitFor("the exit message", includingHistory: true) { $0.contains("open it again with") }
            // The first run made it ("… (fictional patients); open it again"), the second found it.
            #expect(screen.contains("The demo board is at \(board) (fictional patients)") == made, "\(screen)")
            #expect(screen.contains("consult-board --board \(board)"))
        }
    }

    @Test func pastedLinesStayLinesAndDoNotSave() throws {
        let (tmux, board) = try openWard()
        try tmux.send("n")
        try tmux.waitFor(text: "New note")
        try tmux.paste("第一行 first line\nsecond line\tafter a tab\n第三行")
        let screen = try tmux.waitFor(text: "第三行")
        #expect(screen.contains(" 第一行 first line\n second line after a tab\n 第三行"))
        #expect(!screen.contains("Note saved"))
        try tmux.send("C-s")
        try tmux.waitFor(text: "Note saved")
        let note = try #require(try BoardStore(path: board).load().patients["SCI-0004"]?.notes.last)
        #expect(note.text == "第一行 first line\nsecond line after a tab\n第三行")
    }
}
