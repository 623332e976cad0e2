import ConsultBoard
import Foundation
import Testing

/// The Overview's handover forms in a real terminal: code status (`C`), lines and drains (`L`), key contacts (`P`),
/// and the injury time in the header form (`e`), each saved through the TUI, read back with `show --json`, and
/// looked at on the Overview. The Overview's key line names the keys.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux (scripts/test installs it)"))
struct HandoverFormsTerminalTests {
    /// The test ward in a terminal at 80x24, on 陈明's (SCI-0001) Overview.
    func onOverview(_ folder: TemporaryFolder) throws -> (board: String, tmux: TmuxSession) {
        let board = folder.path("ward")
        try TestWard.write(to: board)
        let tmux = try TmuxSession(["tui", "--board", board, "--author", "rn.zhou"], width: 80, height: 24, environment: ["TZ": "UTC"], keeping: folder)
        try tmux.waitFor(text: "6 patients")
        try tmux.send("End")
        try tmux.waitFor(text: "── 陈明 · SCI-0001 ──")
        try tmux.send("Enter")
        try tmux.waitFor(text: "e edit · ! alert · d done · v critical · C code status · L lines · P contacts")
        return (board, tmux)
    }

    /// SCI-0001's record as `consult-board show --json` prints it.
    func shown(_ board: String) throws -> PatientRecord {
        let outcome = try ConsultBoardProcess.run(["show", "SCI-0001", "--json", "--board", board], environment: ["TZ": "UTC"])
        guard outcome.status == 0 else { throw TestSetupError("show failed: \(outcome)") }
        return try BoardJSON.decoder().decode(PatientRecord.self, from: Data(outcome.stdout.utf8))
    }

    @Test func aCodeStatusIsSavedAndShown() throws {
        let folder = try TemporaryFolder()
        let (board, tmux) = try onOverview(folder)
        try tmux.waitFor(text: "Code status: NOT RECORDED")
        try tmux.send("C")
        try tmux.waitFor(text: "Code status of 陈明 (SCI-0001)")
        try tmux.send("Right", "Right")  // DNR
        try tmux.waitFor(text: "◂ DNR ▸")
        // Each move of the focus is waited for: a key and typed text in one burst read as one paste.
        try tmux.send("Tab")
        try tmux.waitForCursor(onLineContaining: "│ Note")
        try tmux.type("discussed with daughter")
        try tmux.waitFor(text: "discussed with daughter")
        try tmux.send("C-s")
        try tmux.waitFor(text: "Saved: Code status of 陈明 (SCI-0001)")
        try tmux.waitFor(text: "Code status: DNR · rn.zhou")
        try tmux.send("q")

        let code = try #require(try shown(board).codeStatus?.last)
        #expect(code.status == .dnr && code.by == "rn.zhou" && code.note == "discussed with daughter")
    }

    @Test func aLineIsSavedAndShownWithItsDay() throws {
        let folder = try TemporaryFolder()
        let (board, tmux) = try onOverview(folder)
        try tmux.send("L")
        try tmux.waitFor(text: "Lines and drains of 陈明 (SCI-0001)")
        try tmux.send("Tab", "Right")  // urinary catheter
        try tmux.waitFor(text: "◂ urinary catheter ▸")
        try tmux.send("Tab")
        try tmux.waitForCursor(onLineContaining: "│ Site*")
        try tmux.type("16 Fr Foley")
        try tmux.waitFor(text: "16 Fr Foley")
        try tmux.send("C-s")
        try tmux.waitFor(text: "Saved: Lines and drains of 陈明 (SCI-0001)")
        try tmux.waitFor(text: "Lines, drains and catheters (1)")
        try tmux.waitFor(text: "urinary catheter, 16 Fr Foley · day 1")
        try tmux.send("q")

        let device = try #require(try shown(board).devices?.last)
        #expect(device.kind == .urinaryCatheter && device.site == "16 Fr Foley" && device.removedAt == nil)
    }

    @Test func aContactIsSavedAndShown() throws {
        let folder = try TemporaryFolder()
        let (board, tmux) = try onOverview(folder)
        try tmux.send("P")
        try tmux.waitFor(text: "Key contact of 陈明 (SCI-0001)")
        try tmux.send("Right", "Right")  // family
        try tmux.waitFor(text: "◂ family ▸")
        try tmux.send("Tab")
        try tmux.waitForCursor(onLineContaining: "│ Name*")
        try tmux.type("王丽")
        try tmux.waitFor(text: "王丽")
        try tmux.send("Tab")
        try tmux.waitForCursor(onLineContaining: "│ Relation")
        try tmux.type("daughter")
        try tmux.waitFor(text: "daughter")
        try tmux.send("Tab")
        try tmux.waitForCursor(onLineContaining: "│ Phone")
        try tmux.type("138-0000-0000")
        try tmux.waitFor(text: "138-0000-0000")
        try tmux.send("C-s")
        try tmux.waitFor(text: "Saved: Key contact of 陈明 (SCI-0001)")
        try tmux.waitFor(text: "王丽 (daughter, family) 138-0000-0000")
        try tmux.send("q")

        let contact = try #require(try shown(board).contacts?.last)
        #expect(contact.role == .family && contact.name == "王丽" && contact.relation == "daughter" && contact.phone == "138-0000-0000")
    }

    @Test func theInjuryTimeIsSavedFromTheHeaderFormAndShown() throws {
        let folder = try TemporaryFolder()
        let (board, tmux) = try onOverview(folder)
        try tmux.send("e")
        try tmux.waitFor(text: "Injured at")
        for _ in 0..<7 { try tmux.send("Tab") }  // severity, bed, summary, problems, diagnosis, allergies, weight
        try tmux.waitForCursor(onLineContaining: "│ Injured at")
        try tmux.type("2026-11-19 22:40")
        try tmux.waitFor(text: "2026-11-19 22:40")
        try tmux.send("C-s")
        try tmux.waitFor(text: "Saved:")
        try tmux.waitFor(text: "Injured: 2026-11-19 22:40")
        try tmux.send("q")

        #expect(try shown(board).patient.injuredAt == TestWard.date("2026-11-19T22:40:00Z"))
    }
}
