import ConsultBoard
import Foundation
import Testing
@testable import ConsultTUI

/// The TUI lays out by the width the terminal itself draws "…" at, not by the locale's guess.
@Suite struct AmbiguousWidthProbeTests {
    @Test func theAnswerSaysNarrowOrWide() {
        #expect(AmbiguousWidthProbe.parse(Array("\u{1B}[12;2R".utf8)).wide == false)
        #expect(AmbiguousWidthProbe.parse(Array("\u{1B}[1;3R".utf8)).wide == true)
        // A column neither 2 nor 3 (the terminal moved the line) says nothing.
        #expect(AmbiguousWidthProbe.parse(Array("\u{1B}[1;5R".utf8)).wide == nil)
    }

    @Test func keysTypedAroundTheAnswerAreKeptInOrder() {
        let probe = AmbiguousWidthProbe.parse(Array("jk\u{1B}[40;2R王q".utf8))
        #expect(probe.wide == false)
        #expect(String(decoding: probe.typedAhead, as: UTF8.self) == "jk王q")
    }

    @Test(arguments: ["", "\u{1B}[A", "\u{1B}[12;R", "\u{1B}[;2R", "\u{1B}[12;2", "\u{1B}12;2R", "\u{1B}[1234567;2R"])
    func noAnswerOrAKeyIsNotAWidth(_ bytes: String) {
        let probe = AmbiguousWidthProbe.parse(Array(bytes.utf8))
        #expect(probe.wide == nil)
        #expect(probe.typedAhead == Array(bytes.utf8), "what came is kept for the session")
    }
}

/// In a zh_CN locale on a terminal that draws "…" one column wide (tmux), without CONSULT_BOARD_AMBIGUOUS: the
/// History tab's rows end at the divider and the change's time reads as the column says. Laid out for a wide
/// terminal (the locale's guess before), rows shifted by a column and the detail's time read "15:45" for 15:15.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux (scripts/test installs it)"))
struct AmbiguousWidthTerminalTests {
    @Test func aChineseLocaleOnANarrowTerminalLaysOutNarrow() throws {
        let folder = try TemporaryFolder()
        let board = folder.path("ward")
        try TestWard.write(to: board)
        let tmux = try TmuxSession(
            ["tui", "--board", board, "--author", "dr.li"],
            environment: ["LANG": "zh_CN.UTF-8", "LC_ALL": "zh_CN.UTF-8", "TZ": "UTC"], keeping: folder)
        let list = try tmux.waitFor(text: "位患者")
        // The ward's line: "·" drawn narrow, with one space either side.
        #expect(list.contains(" · "), "\(list)")
        try tmux.send("Enter")
        try tmux.waitFor(text: "1 概览")
        try tmux.send("8")
        let history = try tmux.waitFor(text: "操作者")
        let rows = history.split(separator: "\n").map(String.init).filter { $0.contains("│") }
        #expect(rows.count > 5)
        // Every row's divider stands in one column, and nothing is left between a row's text and it.
        let columns = Set(rows.map { DisplayWidth.of(String($0.prefix { $0 != "│" })) })
        #expect(columns.count == 1, "\(history)")
        // The newest change, selected: the time in its row ("12-05 15:15") is the time its detail shows.
        let newest = rows[1].components(separatedBy: "│")
        let words = newest[0].split(separator: " ")
        #expect(words.count > 3)
        let listed = words.dropFirst().prefix(2).joined(separator: " ")
        #expect(newest.count == 2 && newest[1].hasPrefix(" 时间：") && newest[1].hasSuffix(listed), "\(rows[1])")
    }
}
