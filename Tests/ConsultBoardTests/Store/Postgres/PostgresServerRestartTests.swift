import Dispatch
import Foundation
import Testing
@testable import ConsultBoard

/// The server restarted under running writers: a change whose commit was acknowledged is there afterwards, once;
/// a writer whose transaction the restart cut off reports failure and wrote nothing; a store whose connection the
/// restart broke connects again for its next change.
///
/// Restarting the server breaks every connection, so these run on their own: `scripts/test` runs them after the
/// other suites with CONSULT_BOARD_TEST_POSTGRES_CTL (`pg_ctl` of its private cluster).
@Suite(
    .serialized,
    .enabled(
        if: TestPostgres.uri != nil && TestPostgres.control != nil,
        "needs CONSULT_BOARD_TEST_POSTGRES_CTL (scripts/test runs this suite on its own, after the others)"))
struct PostgresServerRestartTests {
    private func restartServer() throws {
        let command = try #require(TestPostgres.control)
        let outcome = try ChildProcess.run("/bin/sh", ["-c", command + " -m fast restart"])
        #expect(outcome.ending == .exited(0), "\(String(decoding: outcome.stderr, as: UTF8.self))")
    }

    @Test func anAcknowledgedChangeSurvivesARestartAndTheNextChangeConnectsAgain() throws {
        guard case let .postgres(address) = try TestPostgres.freshLocation() else { return }
        let store = try Sample.board(in: .postgres(address), patients: 1)
        let ids = try store.apply([Sample.note("SCI-0001", "before the restart")], author: "dr.li", at: nil)
        try restartServer()
        let after = try PostgresBoardStore(address).load()
        #expect(after.patients["SCI-0001"]?.notes.last?.id == ids.first ?? nil)
        // The same store: its connection broke while idle; the next change connects again and goes in once.
        let next = try store.apply([Sample.note("SCI-0001", "after the restart")], author: "dr.li", at: nil)
        let board = try PostgresBoardStore(address).load()
        #expect(board.revision == 7)
        #expect(board.patients["SCI-0001"]?.notes.map(\.text).filter { $0.contains("restart") } == ["before the restart", "after the restart"])
        #expect(next == ["N-7"])
    }

    @Test func aWriterCutOffByARestartReportsFailureAndWroteNothing() throws {
        guard case let .postgres(address) = try TestPostgres.freshLocation() else { return }
        let store = try Sample.board(in: .postgres(address), patients: 1)
        let before = try store.journalLines()
        // Another writer holds the board, so this writer is inside its transaction, waiting, when the server goes.
        let holder = try PostgresConnection(uri: address.connectionURI, target: "holder")
        try holder.query("BEGIN")
        try holder.query("SELECT consult_board.lock_board($1)", [address.board])
        let outcome = LockedList<Result<[String?], StoreError>>()
        let done = DispatchGroup()
        DispatchQueue.global().async(group: done) {
            let result = Result { () throws(StoreError) in
                try PostgresBoardStore(address).apply([Sample.note("SCI-0001", "cut off")], author: "dr.li", at: nil)
            }
            outcome.append(result)
        }
        // Wait until the writer is waiting for the board's lock (asked of the server, not timed).
        let watcher = try PostgresConnection(uri: address.connectionURI, target: "watcher")
        while try watcher.query("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted").scalar == "0" {
            usleep(10_000)
        }
        try restartServer()
        done.wait()
        let result = try #require(outcome.all.first)
        guard case let .failure(error) = result else {
            Issue.record("the cut-off writer reported success")
            return
        }
        #expect(error.description.contains("database"), "\(error)")
        #expect(try PostgresBoardStore(address).journalLines() == before, "nothing of the cut-off change was written")
    }
}
