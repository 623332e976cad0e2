import ConsultBoard
import Foundation
import Testing

/// The TUI on a database board while the server goes away and comes back: the status line says it is
/// reconnecting, and once the server is back a change made meanwhile elsewhere appears without a key press.
/// Stopping the server breaks every connection, so this runs on its own (scripts/test, with
/// CONSULT_BOARD_TEST_POSTGRES_CTL: `pg_ctl` of its private cluster).
@Suite(
    .serialized,
    .enabled(
        if: TmuxSession.isAvailable && TestPostgres.uri != nil
            && !(ProcessInfo.processInfo.environment["CONSULT_BOARD_TEST_POSTGRES_CTL"] ?? "").isEmpty,
        "needs tmux and CONSULT_BOARD_TEST_POSTGRES_CTL (scripts/test runs this suite on its own, after the others)"))
struct PostgresServerRestartTUITests {
    /// Stops (fast) or starts the test server, with the options it was started with.
    private func server(_ action: String) throws {
        let environment = ProcessInfo.processInfo.environment
        let control = environment["CONSULT_BOARD_TEST_POSTGRES_CTL"] ?? ""
        let options = environment["CONSULT_BOARD_TEST_POSTGRES_OPTIONS"] ?? ""
        let command = action == "stop" ? control + " -m fast stop" : control + " -o \"" + options + "\" start"
        let outcome = try ChildProcess.run("/bin/sh", ["-c", command])
        #expect(outcome.ending == .exited(0), "\(String(decoding: outcome.stderr, as: UTF8.self))")
    }

    @Test func theTUISaysItIsReconnectingAndCatchesUpWhenTheServerIsBack() throws {
        let board = try TestPostgres.freshBoard()
        try TestWard.write(to: try BoardLocation.parse(board))
        let tmux = try TmuxSession(["tui", "--board", board, "--author", "dr.li"])
        try tmux.waitForBoardList("6 patients")
        try server("stop")
        do {
            try tmux.waitFor(text: "reconnecting")
        } catch {
            try server("start")
            throw error
        }
        try server("start")
        let added = try ConsultBoardProcess.run([
            "note", "add", "SCI-0001", "--service", "neurology", "--text", "Written while the TUI was cut off: 稳定", "--board", board,
            "--author", "dr.wang",
        ])
        #expect(added.status == 0, "\(added)")
        try tmux.waitFor(text: "稳定")
        try tmux.send("q")
        try tmux.waitFor("the program to exit") { _ in tmux.hasExited() }
    }
}
