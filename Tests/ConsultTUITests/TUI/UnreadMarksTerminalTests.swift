import ConsultBoard
import Foundation
import Testing
@testable import ConsultTUI

/// Unread marks in a real terminal: kept per person across sessions in their own file, set by others' changes
/// made while the TUI was closed, cleared by opening the patient.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux (scripts/test installs it)"))
struct UnreadMarksTerminalTests {
    /// The board list's rows that carry the unread mark (the list starts at column 0 with "•").
    private func markedRows(_ screen: String) -> [String] {
        screen.split(separator: "\n").map(String.init).filter { $0.hasPrefix("•") }
    }

    private func session(_ board: String, state: String, author: String = "dr.li") throws -> TmuxSession {
        let tmux = try TmuxSession(["tui", "--board", board, "--author", author], environment: ["XDG_STATE_HOME": state])
        try tmux.waitFor(text: "6 patients")
        return tmux
    }

    private func quit(_ tmux: TmuxSession) throws {
        try tmux.send("q")
        try tmux.waitFor("the program to exit") { _ in tmux.hasExited() }
    }

    @Test func aChangeMadeWhileClosedIsMarkedOnReopeningUntilThePatientIsOpened() throws {
        let folder = try TemporaryFolder()
        let board = folder.path("ward")
        let state = folder.path("state")
        try TestWard.write(to: try BoardLocation.parse(board))

        // The first session: the marks start with the board as it is.
        var tmux = try session(board, state: state)
        #expect(markedRows(try tmux.capture()).isEmpty)
        try quit(tmux)

        // While the TUI is closed: dr.wang writes on 陈明 (bed 12); dr.li herself on Margaret O'Brien (bed 3).
        let theirs = try ConsultBoardProcess.run([
            "note", "add", "SCI-0001", "--service", "neurology", "--text", "Overnight: 无新发症状", "--board", board, "--author", "dr.wang",
        ])
        #expect(theirs.status == 0, "\(theirs)")
        let mine = try ConsultBoardProcess.run([
            "note", "add", "SCI-0002", "--service", "ward", "--text", "My own note", "--board", board, "--author", "dr.li",
        ])
        #expect(mine.status == 0, "\(mine)")

        tmux = try session(board, state: state)
        var screen = try tmux.waitFor("the mark on bed 12") { markedRows($0).count == 1 }
        #expect(markedRows(screen).first?.contains("陈明") == true, "\(screen)")
        #expect(screen.contains("1 patient changed since you looked"))
        #expect(!markedRows(screen).contains { $0.contains("O'Brien") }, "her own note is not unread")

        // Open 陈明: the Notes tab carries the mark, and the new note its row mark.
        try tmux.send("End")
        try tmux.waitFor(text: "│ 陈明  67 M · Bed 12")
        try tmux.send("Enter")
        screen = try tmux.waitFor(text: "7 Notes•")
        try tmux.send("7")
        screen = try tmux.waitFor(text: "Overnight")
        #expect(screen.split(separator: "\n").contains { $0.hasPrefix("•") && $0.contains("Overnight") }, "\(screen)")
        try quit(tmux)

        // Opened: gone for good, in the next session too.
        tmux = try session(board, state: state)
        screen = try tmux.capture()
        #expect(markedRows(screen).isEmpty, "\(screen)")
        #expect(!screen.contains("changed since you looked"))
        try quit(tmux)

        // The marks are the reader's own, private file.
        let files = try FileManager.default.contentsOfDirectory(atPath: state + "/consult-board/read-marks")
        #expect(files.count == 1)
        let attributes = try FileManager.default.attributesOfItem(atPath: state + "/consult-board/read-marks/" + (files.first ?? ""))
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test func aDamagedMarksFileIsRefusedWithOneLineAndEverythingCountsAsUnread() throws {
        let folder = try TemporaryFolder()
        let board = folder.path("ward")
        let state = folder.path("state")
        try TestWard.write(to: try BoardLocation.parse(board))
        // dr.chen made none of the test ward's changes: every patient has changes by others.
        var tmux = try session(board, state: state, author: "dr.chen")
        try quit(tmux)
        let marks = state + "/consult-board/read-marks"
        let file = marks + "/" + (try FileManager.default.contentsOfDirectory(atPath: marks).first ?? "")
        try Data("{\"format\": 12".utf8).write(to: URL(fileURLWithPath: file))
        chmod(file, 0o600)

        tmux = try session(board, state: state, author: "dr.chen")
        let screen = try tmux.waitFor(text: "not trusted")
        #expect(screen.contains("✗ Read marks not trusted (it is damaged"), "\(screen)")
        #expect(markedRows(screen).count == 6, "\(screen)")
        try quit(tmux)
    }
}
