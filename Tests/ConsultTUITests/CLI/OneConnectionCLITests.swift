import Dispatch
import Foundation
import Testing
@testable import ConsultBoard

/// A command connects to a board in a database once: the roster that names its author and the ward's settings are
/// read on the store it opened (each connection is a new server process). Checked with a database role allowed
/// one connection at a time: a second one is refused, and the command would sign with the login instead of the
/// roster's name, or fail.
@Suite(.enabled(if: TestPostgres.uri != nil, "needs CONSULT_BOARD_TEST_POSTGRES (scripts/test starts a private PostgreSQL)"))
struct OneConnectionCLITests {
    @Test func aChangeAndAHandoffWithoutAnAuthorConnectOnce() throws {
        let board = try CLIBoard(kind: .postgres)
        let login = OSUser.current.login
        let added = try board.run(["staff", "add", "--name", "王医生", "--login", login, "--role", "attending"])
        #expect(added.status == 0, "\(added)")
        guard case let .postgres(address) = try BoardLocation.parse(board.path) else {
            Issue.record("not a database board: \(board.path)")
            return
        }
        let admin = try PostgresConnection(uri: address.connectionURI, target: "test")
        let role = "one_" + UUID().uuidString.prefix(8).lowercased()
        // Role names cannot be parameters; this one is made of letters, digits and '_' above.
        try admin.query("CREATE ROLE \(role) LOGIN CONNECTION LIMIT 1 IN ROLE consult_board_writer")
        var parts = address.connectionURI.split(separator: "?", maxSplits: 1).map(String.init)
        let query = parts.count == 2 ? parts[1].split(separator: "&").filter { !$0.hasPrefix("user=") }.joined(separator: "&") : ""
        parts = [parts[0], (query.isEmpty ? "" : query + "&") + "user=" + role]
        let asRole = PostgresBoardAddress(connectionURI: parts.joined(separator: "?"), board: address.board).description

        // Each command starts once the role's earlier server processes have gone (they end after their client).
        func run(_ args: [String]) throws -> ConsultBoardProcess.Outcome {
            while try admin.query("SELECT count(*) FROM pg_stat_activity WHERE usename = $1", [role]).scalar != "0" { usleep(5_000) }
            return try ConsultBoardProcess.run(args, environment: ["CONSULT_BOARD": asRole, "TZ": "UTC"])
        }
        let note = try run(["note", "add", CLIBoard.mrn, "--service", "ward", "--text", "one connection 一个连接"])
        #expect(note.status == 0, "\(note)")
        let audit = try board.run(["audit", "--json"])
        let entries = try JSONSerialization.jsonObject(with: Data(audit.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(entries.last { ($0["kind"] as? String) == "note.add" }?["author"] as? String == "王医生", "\(audit)")

        for args in [["handoff", CLIBoard.mrn], ["screen", "--width", "100", "--height", "30"], ["show", CLIBoard.mrn], ["alerts", "list", CLIBoard.mrn]] {
            let outcome = try run(args)
            #expect(outcome.status == 0, "\(args): \(outcome)")
        }
        let handoff = try run(["handoff", CLIBoard.mrn])
        #expect(handoff.stdout.contains("王医生"), "\(handoff)")
    }
}
