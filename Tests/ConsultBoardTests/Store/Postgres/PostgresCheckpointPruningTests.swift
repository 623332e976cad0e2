import Foundation
import Testing
@testable import ConsultBoard

/// Old checkpoints of a database board are pruned (migration 3): the transaction that saves a new checkpoint
/// keeps only the newest few manifests and the files they name, so a long-lived board does not accumulate every
/// checkpoint it ever had, and the board still reads and validates exactly.
@Suite(.enabled(if: TestPostgres.uri != nil, "needs CONSULT_BOARD_TEST_POSTGRES (scripts/test starts a private PostgreSQL)"))
struct PostgresCheckpointPruningTests {
    @Test func onlyTheNewestCheckpointsAndTheFilesTheyNameAreKept() throws {
        guard case let .postgres(address) = try TestPostgres.freshLocation() else { return }
        try Sample.board(in: .postgres(address), patients: 3)
        var store = try PostgresBoardStore(address)
        store.policy = CheckpointPolicy(maxTailEntries: 2, maxTailBytes: 1 << 30)
        for round in 1...12 {
            let mrn = Sample.mrn(round % 3 + 1)
            try store.apply([Sample.note(mrn, "round \(round)"), Sample.lab(mrn, Double(80 + round))], author: "dr.li", at: nil)
        }
        let sql = try PostgresConnection(uri: address.connectionURI, target: "test")
        let revisions = try sql.query(
            "SELECT revision FROM consult_board.checkpoint_manifests WHERE board_id = $1 ORDER BY revision", [store.boardID]
        ).rows.compactMap { ($0.first ?? nil).flatMap { Int($0) } }
        // A checkpoint every second change: the newest three are left, the last at the journal's end.
        #expect(revisions.count == PostgresSchema.checkpointsKept, "\(revisions)")
        #expect(revisions.last == (try store.load().revision))
        // Every file kept is named by a kept manifest, and every file a kept manifest names is there.
        let kept = Set(try sql.query("SELECT name || ' ' || sha256 FROM consult_board.checkpoint_files WHERE board_id = $1", [store.boardID])
            .rows.compactMap { $0.first ?? nil })
        let named = Set(try sql.query(
            "SELECT r.name || ' ' || r.sha256 FROM consult_board.checkpoint_manifests m CROSS JOIN LATERAL consult_board.manifest_files(m.manifest) r WHERE m.board_id = $1",
            [store.boardID]).rows.compactMap { $0.first ?? nil })
        #expect(!kept.isEmpty && kept == named)
        // The newest checkpoint still opens whole (no file it needs was pruned) and equals the journal's replay.
        let report = store.validate()
        #expect(report.isIntact, "\(report.findings)")
        #expect(try store.load() == (try BoardCopy.replayed(try store.journalLines(), file: "test").board))
    }
}
