import ConsultBoard
import Foundation
import Testing

/// Without `--author` (and `$CONSULT_BOARD_AUTHOR`), a change is signed with the one name the board's roster gives
/// the login, on a board in a database as on a folder board.
@Suite struct RosterAuthorCLITests {
    @Test(arguments: BoardKind.available)
    func theRostersNameForTheLoginSignsWhenNoAuthorIsGiven(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        let login = OSUser.current.login
        let added = try board.run(["staff", "add", "--name", "王医生", "--login", login, "--role", "attending"])
        #expect(added.status == 0, "\(added)")
        let note = try ConsultBoardProcess.run(
            ["note", "add", CLIBoard.mrn, "--service", "ward", "--text", "signed by the roster's name"],
            environment: ["CONSULT_BOARD": board.path, "TZ": "UTC"])
        #expect(note.status == 0, "\(note)")
        let audit = try board.run(["audit", "--json"])
        let entries = try JSONSerialization.jsonObject(with: Data(audit.stdout.utf8)) as? [[String: Any]] ?? []
        let signed = entries.last { ($0["kind"] as? String) == "note.add" }
        #expect(signed?["author"] as? String == "王医生", "\(audit)")
    }
}
