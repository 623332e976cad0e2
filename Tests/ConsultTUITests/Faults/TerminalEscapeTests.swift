import ConsultBoard
import Foundation
import Testing

/// The TUI in a real terminal (tmux) on a board whose every text field holds escape sequences, BEL, CR, bidi
/// overrides and very long lines: the screen is never cleared, the terminal's title never changes, the program
/// never leaves the alternate screen, and what is shown is the text with its controls made visible.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux (scripts/test installs it)"))
struct TerminalEscapeTests {
    /// Checks the terminal after each screen: still the TUI's screen, untouched by anything stored.
    private func expectUntouched(_ tmux: TmuxSession, _ screen: String, on what: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(screen.contains("ConsultBoard"), "\(what): the header is still there (no clear screen):\n\(screen)", sourceLocation: sourceLocation)
        #expect(!screen.contains("\u{1B}") && !screen.contains("\u{07}"), "\(what): no control reached the screen", sourceLocation: sourceLocation)
        #expect(!screen.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) },
                "\(what): no bidi control on the screen", sourceLocation: sourceLocation)
        #expect(try !tmux.paneValue("#{pane_title}").contains("title"), "\(what): the title was not set by stored text", sourceLocation: sourceLocation)
        #expect(try tmux.paneValue("#{alternate_on}") == "1", "\(what): still on the alternate screen", sourceLocation: sourceLocation)
        #expect(try tmux.paneValue("#{cursor_flag}") == "0", "\(what): the cursor was not shown by stored text", sourceLocation: sourceLocation)
    }

    @Test func hostileTextIsHarmlessOnEveryScreen() throws {
        let board = try EscapeInjectionTests.hostileBoard()
        let tmux = try TmuxSession(["tui", "--board", board.path, "--author", "dr.viewer"])
        let list = try tmux.waitFor(text: "Name before")
        try expectUntouched(tmux, list, on: "the board")
        #expect(list.contains("␛"), "the escapes are shown as visible symbols:\n\(list)")

        try tmux.send("Enter")
        try expectUntouched(tmux, try tmux.waitFor(text: "1 Overview"), on: "the overview")
        // Every tab, and every note of the Notes tab (the hostile one, its addendum, the very long line).
        for tab in ["2", "3", "4", "5", "6", "8"] {
            try tmux.send(tab)
            Thread.sleep(forTimeInterval: 0.2)
            try expectUntouched(tmux, try tmux.capture(), on: "tab \(tab)")
        }
        try tmux.send("7")
        try tmux.waitFor(text: "Written")
        for index in 0..<4 {
            try tmux.send("Down")
            Thread.sleep(forTimeInterval: 0.2)
            try expectUntouched(tmux, try tmux.capture(), on: "note \(index + 1)")
        }
        let notes = try tmux.capture()
        #expect(notes.contains("Note before") || notes.contains("Addendum before") || notes.contains("long-line"), "the notes are shown:\n\(notes)")
    }
}
