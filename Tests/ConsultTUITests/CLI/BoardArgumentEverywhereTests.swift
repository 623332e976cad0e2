import ConsultBoard
import Foundation
import Testing

/// Every command that takes a board reads it through `BoardLocation`: `terms lookup` took `--board` (and
/// CONSULT_BOARD) as a folder path, so a database address read a `terminology.json` from a folder named after it,
/// and any other URL was accepted in silence.
@Suite struct BoardArgumentEverywhereTests {
    static let broken = #"{"format": 1, "version": "w", "drugs": [{"id": "x", "classes": ["nosuch"], "names": ["x"], "source": "s s"}]}"#

    @Test func termsLookupNeverReadsADatabaseAddressAsAFolder() throws {
        let folder = try TemporaryFolder()
        // A folder that a path-minded reading of the address would find, holding a terminology that refuses.
        let lookalike = folder.path("postgresql:/db.example/boards?board=spine3")
        try FileManager.default.createDirectory(atPath: lookalike, withIntermediateDirectories: true)
        try Self.broken.write(toFile: lookalike + "/terminology.json", atomically: true, encoding: .utf8)
        let address = "postgresql://db.example/boards?board=spine3"
        for outcome in [
            try ConsultBoardProcess.run(["terms", "lookup", "速碧林 0.4ml ih qd", "--board", address], workingDirectory: folder.path("")),
            try ConsultBoardProcess.run(
                ["terms", "lookup", "速碧林 0.4ml ih qd"], environment: ["CONSULT_BOARD": address], workingDirectory: folder.path("")),
        ] {
            // A database board uses the built-in terminology (it keeps no extension): nothing to connect to for that.
            #expect(outcome.status == 0, "\(outcome)")
            #expect(outcome.stdout.contains("drug: nadroparin"), "\(outcome)")
        }
    }

    @Test(arguments: ["mysql://db/boards?board=x", "https://ward.example/board", "postgresql:ward"])
    func termsLookupRefusesAURLThatIsNoBoard(board: String) throws {
        for outcome in [
            try ConsultBoardProcess.run(["terms", "lookup", "heparin", "--board", board]),
            try ConsultBoardProcess.run(["terms", "lookup", "heparin"], environment: ["CONSULT_BOARD": board]),
        ] {
            #expect(outcome.status != 0, "\(outcome)")
            #expect(outcome.stdout.isEmpty, "\(outcome)")
            #expect(outcome.stderr.hasPrefix("consult-board: error: "), "\(outcome)")
            #expect(outcome.stderr.split(separator: "\n").count == 1, "\(outcome)")
        }
    }

    @Test func transferRefusesAURLThatIsNoBoardAndChangesNothing() throws {
        let board = try CLIBoard()
        try board.refuse(["transfer", CLIBoard.mrn, "--to-board", "mysql://db/boards?board=x"], "mysql:", "postgresql://")
        #expect(try board.record().patient.isOnWard)
    }
}

/// `transfer --to-board` reads the other board as `--board` is read: a database board is a board, not a folder.
@Suite(.enabled(if: TestPostgres.uri != nil, "needs CONSULT_BOARD_TEST_POSTGRES (scripts/test starts a private PostgreSQL)"))
struct TransferToADatabaseBoardTests {
    @Test func transferMovesAPatientFromAFolderBoardToADatabaseBoard() throws {
        let board = try CLIBoard()
        try board.add(["note", "add", CLIBoard.mrn, "--service", "ward", "--text", "Before the move"])
        let other = try CLIBoard(empty: true, kind: .postgres)
        let moved = try board.run(["transfer", CLIBoard.mrn, "--to-board", other.path, "--bed", "R-1"])
        #expect(moved.status == 0 && moved.output == CLIBoard.mrn, "\(moved)")
        let arrived = try other.record()
        #expect(arrived.patient.bed == "R-1" && arrived.patient.isOnWard)
        #expect(arrived.notes.map(\.text) == ["Before the move"])
        #expect(try board.record().patient.departure?.otherBoard == "Test ward")
        // The same board, however it is named, is refused.
        try other.refuse(["transfer", CLIBoard.mrn, "--to-board", other.path], "is this board")
    }
}
