import ConsultBoard
import Foundation
import Testing

/// `--board` names a folder or a board in a PostgreSQL database; a URL of any other kind is one clear line and
/// creates nothing (it used to create a folder named `postgresql:` and run there).
@Suite struct BoardLocationCLITests {
    @Test(arguments: ["postgresql:ward", "mysql://db/boards?board=x", "https://ward.example/board"])
    func aURLThatIsNoBoardIsRefusedAndNothingIsCreated(board: String) throws {
        let folder = try TemporaryFolder()
        let outcome = try ConsultBoardProcess.run(["init", "--board", board, "--ward", "W", "--author", "dr.test"], workingDirectory: folder.path(""))
        #expect(outcome.status != 0)
        #expect(outcome.stderr.hasPrefix("consult-board: error: "), "\(outcome)")
        #expect(outcome.stderr.split(separator: "\n").count == 1, "\(outcome)")
        #expect(outcome.stderr.contains("postgresql://"), "\(outcome)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("")).isEmpty, "nothing was created")
    }
}

/// The commands only a database board has, and those that move boards between homes, through the real binary.
@Suite(.enabled(if: TestPostgres.uri != nil, "needs CONSULT_BOARD_TEST_POSTGRES (scripts/test starts a private PostgreSQL)"))
struct PostgresBoardCLITests {
    @Test func dbInitAgainChangesNothing() throws {
        let uri = try #require(TestPostgres.uri)
        try TestPostgres.prepared.get()
        let again = try ConsultBoardProcess.run(["db", "init", "--board", uri])
        #expect(again.status == 0, "\(again)")
        #expect(again.stdout == "the consult-board schema is up to date; nothing was changed\n")
    }

    @Test func dbInitRefusesAFolder() throws {
        let folder = try TemporaryFolder()
        let outcome = try ConsultBoardProcess.run(["db", "init", "--board", folder.path("board")])
        #expect(outcome.status != 0)
        #expect(outcome.stderr.contains("is a folder"), "\(outcome)")
    }

    @Test func aMissingBoardInTheDatabaseSaysHowToCreateIt() throws {
        let board = try TestPostgres.freshBoard()
        let outcome = try ConsultBoardProcess.run(["patients", "--board", board])
        #expect(outcome.status != 0)
        #expect(outcome.stderr.contains("no board at"), "\(outcome)")
        #expect(outcome.stderr.contains("consult-board init --board"), "\(outcome)")
    }

    @Test func anUnreachableServerIsOneLineNamingIt() throws {
        let folder = try TemporaryFolder()
        let board = "postgresql:///nowhere?host=\(folder.path(""))&board=x"
        let outcome = try ConsultBoardProcess.run(["patients", "--board", board])
        #expect(outcome.status != 0)
        #expect(outcome.stderr.hasPrefix("consult-board: error: cannot open the board"), "\(outcome)")
        #expect(outcome.stderr.split(separator: "\n").count == 1, "\(outcome)")
    }

    @Test func boardCopyMovesAFolderBoardIntoTheDatabaseAndBackWithEveryByte() throws {
        let source = try CLIBoard()
        try source.add(["note", "add", CLIBoard.mrn, "--service", "neurology", "--type", "consult", "--text", "见患者 seen"])
        let database = try TestPostgres.freshBoard()
        let copied = try ConsultBoardProcess.run(["board", "copy", source.path, database])
        #expect(copied.status == 0, "\(copied)")
        #expect(copied.stdout.hasPrefix("copied 3 journal entries"), "\(copied)")
        let validated = try ConsultBoardProcess.run(["validate", "--board", database])
        #expect(validated.status == 0, "\(validated)")
        #expect(validated.stdout.contains("intact: revision 3, 1 patient"), "\(validated)")
        let back = try TemporaryFolder()
        #expect(try ConsultBoardProcess.run(["board", "copy", database, back.path("board")]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: back.path("board/journal.jsonl"))) == (try source.journal()))
        // Never over an existing board.
        let again = try ConsultBoardProcess.run(["board", "copy", source.path, database])
        #expect(again.status != 0)
        #expect(again.stderr.contains("already exists"), "\(again)")
        #expect(try ConsultBoardProcess.run(["export", "--board", database]).stdout == (try source.run(["export"])).stdout)
    }

    @Test func boardCopySaysWhatAFolderHoldsThatTheDatabaseCannot() throws {
        let source = try CLIBoard()
        let clock = source.folder.path("clock.json")
        try #"{"routine": 1440, "urgent": 60, "stat": 10}"#.write(toFile: clock, atomically: true, encoding: .utf8)
        try source.add(["ward", "set", "consult-clock", clock], stdin: nil)
        try #"{"format": 1, "version": "ward 3 v1", "drugs": []}"#.write(toFile: source.path + "/terminology.json", atomically: true, encoding: .utf8)
        let database = try TestPostgres.freshBoard()
        let copied = try ConsultBoardProcess.run(["board", "copy", source.path, database])
        #expect(copied.status == 0, "\(copied)")
        #expect(copied.stdout.contains("with the ward's settings: consult-clock.json"), "\(copied)")
        #expect(copied.stderr.contains("not copied: \(source.path)/terminology.json"), "\(copied)")
        let shown = try ConsultBoardProcess.run(["ward", "show", "consult-clock", "--json", "--board", database])
        #expect(shown.stdout.contains(#""from" : "ward""#), "\(shown)")
    }

    @Test func generateFillsADatabaseBoardThatValidates() throws {
        let board = try TestPostgres.freshBoard()
        let generated = try ConsultBoardProcess.run(
            ["generate", "--board", board, "--patients", "2", "--notes", "3", "--labs", "4", "--now", "2026-11-25T08:00:00Z"])
        #expect(generated.status == 0, "\(generated)")
        let list = try BoardJSON.decoder().decode(
            [Patient].self, from: Data(try ConsultBoardProcess.run(["patients", "--json", "--board", board]).stdout.utf8))
        #expect(list.count == 2)
        let validated = try ConsultBoardProcess.run(["validate", "--board", board])
        #expect(validated.status == 0, "\(validated)")
    }

    @Test func repairIsForFolderBoards() throws {
        let board = try CLIBoard(kind: .postgres)
        let outcome = try board.run(["validate", "--repair"])
        #expect(outcome.status != 0)
        #expect(outcome.stderr.contains("pg_dump"), "\(outcome)")
    }
}
