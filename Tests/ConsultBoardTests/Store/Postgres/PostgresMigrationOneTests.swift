import Foundation
import Testing
@testable import ConsultBoard

/// A database that an earlier consult-board set up (migration 1 only: the journal, and checkpoints as whole
/// export documents) and wrote a board into: this build refuses it until `db init`, which migrates it, and then
/// the board reads exactly as before, its next change gets the next number, the old checkpoint rows go, and
/// `validate` passes. A database of its own, made for the test on the private server.
@Suite(.enabled(if: TestPostgres.uri != nil, "needs CONSULT_BOARD_TEST_POSTGRES (scripts/test starts a private PostgreSQL)"))
struct PostgresMigrationOneTests {
    /// A new, empty database on the test server, and its address.
    private func freshDatabase(board: String) throws -> PostgresBoardAddress {
        let uri = try #require(TestPostgres.uri)
        let name = "m1_" + UUID().uuidString.prefix(8).lowercased().replacingOccurrences(of: "-", with: "")
        // A database name cannot be a parameter; this one is letters, digits and '_'.
        try PostgresConnection(uri: uri, target: "test").query("CREATE DATABASE " + name)
        var parts = try #require(URLComponents(string: uri))
        parts.path = "/" + name
        return PostgresBoardAddress(connectionURI: try #require(parts.string), board: board)
    }

    @Test func aBoardWrittenAtMigrationOneIsMigratedAndGoesOnWithNothingLost() throws {
        // The board as a folder first: its journal lines are what the earlier consult-board wrote.
        let folder = try StoreFolder()
        let original = try Sample.board(at: folder.board, patients: 2)
        let lines = try original.journalLines().map { String(decoding: $0, as: UTF8.self) }
        let address = try freshDatabase(board: "spine3")
        #expect(try PostgresDatabase.initialise(address, upTo: 1).count == 1)
        // Written as migration 1's functions write: create, append, and a whole-board checkpoint document.
        let old = try PostgresConnection(uri: address.connectionURI, target: "test")
        try old.query("SELECT consult_board.create_board($1, $2)", [address.board, lines[0]])
        try old.query("SELECT consult_board.append($1, $2::text[])", [address.board, PostgresBoardStore.arrayLiteral(Array(lines.dropFirst()))])
        let document = String(decoding: try BoardJSON.encoder().encode(ExportDocument(board: try original.load())), as: UTF8.self)
        try old.query(
            "SELECT consult_board.save_checkpoint($1, $2, $3, $4)",
            [address.board, String(lines.count), Seal.sha256Hex(Data(lines[lines.count - 1].utf8)), document])

        // This build refuses the old schema, saying what to do.
        do {
            _ = try PostgresBoardStore(address)
            Issue.record("a migration-1 database was opened without db init")
        } catch {
            #expect(error.description.contains("db init"), "\(error)")
        }
        let applied = try PostgresDatabase.initialise(address)
        #expect(applied.count == PostgresSchema.version - 1, "\(applied)")

        let store = try PostgresBoardStore(address)
        #expect(try store.journalLines() == (try original.journalLines()))
        #expect(try store.load() == (try original.load()))
        #expect(try store.wardList().patients.map(\.mrn) == ["SCI-0001", "SCI-0002"])
        // The next change: the next number, on both homes alike.
        let next = Sample.note("SCI-0002", "after the migration 迁移后")
        let ids = try store.apply([next], author: "dr.li", at: Sample.at(40))
        #expect(ids == (try original.apply([next], author: "dr.li", at: Sample.at(40))))
        #expect(ids == ["N-\(lines.count + 1)"])
        #expect(try store.load() == (try original.load()))
        let report = store.validate()
        #expect(report.isIntact, "\(report.findings)")
        #expect(report.revision == lines.count + 1)
        // Its first new-style checkpoint replaced migration 1's (no longer read, so no longer kept).
        #expect(try old.query("SELECT count(*) FROM consult_board.checkpoints").scalar == "0")
        #expect(try old.query("SELECT count(*) FROM consult_board.checkpoint_manifests").scalar == "1")
    }
}
