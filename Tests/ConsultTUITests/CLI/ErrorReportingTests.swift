import Foundation
import Testing

/// How the CLI reports what it cannot do: one line on stderr, a non-zero exit, nothing on stdout.
@Suite struct ErrorReportingTests {
    @Test func noBoardGiven() throws {
        let outcome = try ConsultBoardProcess.run(["patients"])
        #expect(outcome.status == 1)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr == "consult-board: error: no board given; pass --board PATH or set CONSULT_BOARD\n")
    }

    @Test func noBoardAtThePath() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("missing")
        let outcome = try ConsultBoardProcess.run(["show", "SCI-0001", "--board", path])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.hasPrefix("consult-board: error: no board at \(path); create one with `consult-board init"))
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test(arguments: BoardKind.available)
    func usageMistakesAreOneLineWithAPointerToHelp(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        let unknown = try board.run(["frobnicate"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr == "consult-board: error: Unexpected argument 'frobnicate' (see 'consult-board --help')\n")
        try board.refuse(["lab", "add", CLIBoard.mrn, "--test", "crp"], "Missing expected argument", "(see 'consult-board lab add --help')")
    }

    @Test func helpStillPrintsToStdout() throws {
        let outcome = try ConsultBoardProcess.run(["order", "set", "--help"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("draft -> active | discontinued | entered-in-error"))
        #expect(outcome.stdout.contains("Moving to on-hold, discontinued, entered-in-error needs --reason."))
    }

    @Test(arguments: BoardKind.available)
    func theAuthorComesFromTheOptionThenTheEnvironment(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        let fromEnvironment = try board.add(["note", "add", CLIBoard.mrn, "--service", "ward", "--text", "a"], author: "dr.env")
        let fromOption = try board.add(["note", "add", CLIBoard.mrn, "--service", "ward", "--text", "b", "--author", "dr.opt"],
                                       author: "dr.env")
        let notes = try board.record().notes
        #expect(notes.first { $0.id == fromEnvironment }?.author == "dr.env")
        #expect(notes.first { $0.id == fromOption }?.author == "dr.opt")
        try board.refuse(["note", "add", CLIBoard.mrn, "--service", "ward", "--text", "c", "--author", " "], "no author name")
    }
}
