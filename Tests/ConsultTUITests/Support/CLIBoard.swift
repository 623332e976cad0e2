import ConsultBoard
import Foundation
import Testing

/// A board in a fresh temporary folder (or, for `.postgres`, a board of its own in the test database), driven
/// through the real `consult-board` binary, with the checks the CLI tests share: an add prints its id alone, a
/// refusal prints one error line and writes nothing.
struct CLIBoard {
    /// The patient every board starts with (unless created empty).
    static let mrn = "SCI-T1"

    let folder: TemporaryFolder
    /// What `--board` gets: the folder, or the board's postgresql:// address.
    let path: String
    let kind: BoardKind

    /// Creates the board and, unless `empty`, admits `CLIBoard.mrn`.
    init(empty: Bool = false, kind: BoardKind = .folder) throws {
        folder = try TemporaryFolder()
        self.kind = kind
        switch kind {
        case .folder: path = folder.path("board")
        case .postgres: path = try TestPostgres.freshBoard()
        }
        let created = try ConsultBoardProcess.run(["init", "--board", path, "--ward", "Test ward", "--author", "dr.test"])
        guard created.status == 0 else { throw TestSetupError("init failed: \(created)") }
        if !empty {
            let admitted = try run([
                "admit", "--mrn", Self.mrn, "--name", "Test Patient", "--age", "62", "--sex", "F", "--bed", "3-01",
                "--diagnosis", "Cervical cord injury", "--weight", "58",
            ])
            guard admitted.status == 0 else { throw TestSetupError("admit failed: \(admitted)") }
        }
    }

    /// Runs `consult-board args...` on this board, signed by `author`.
    @discardableResult
    func run(_ args: [String], author: String = "dr.test", stdin: String? = nil) throws -> ConsultBoardProcess.Outcome {
        try ConsultBoardProcess.run(
            args, environment: ["CONSULT_BOARD": path, "CONSULT_BOARD_AUTHOR": author, "TZ": "UTC"], stdin: stdin)
    }

    /// Runs an add (or set) command that must succeed, and returns what it printed: the id, alone on one line.
    @discardableResult
    func add(
        _ args: [String], author: String = "dr.test", stdin: String? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> String {
        let outcome = try run(args, author: author, stdin: stdin)
        #expect(outcome.status == 0, "\(args): \(outcome)", sourceLocation: sourceLocation)
        #expect(outcome.stderr.isEmpty, "\(args): \(outcome)", sourceLocation: sourceLocation)
        #expect(outcome.stdout.hasSuffix("\n") && !outcome.output.contains("\n"), "\(outcome)", sourceLocation: sourceLocation)
        return outcome.output
    }

    /// Runs a command that must be refused: non-zero exit, nothing on stdout, one line on stderr starting
    /// `consult-board: error:` and containing every one of `messages`, and the journal's bytes unchanged.
    func refuse(
        _ args: [String], _ messages: String..., stdin: String? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let before = try journal()
        let outcome = try run(args, stdin: stdin)
        #expect(outcome.status != 0, "\(args): \(outcome)", sourceLocation: sourceLocation)
        #expect(outcome.stdout.isEmpty, "\(args): \(outcome)", sourceLocation: sourceLocation)
        let lines = outcome.stderr.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 2 && lines[1].isEmpty, "one error line expected: \(outcome)", sourceLocation: sourceLocation)
        #expect(outcome.stderr.hasPrefix("consult-board: error: "), "\(outcome)", sourceLocation: sourceLocation)
        for message in messages {
            #expect(outcome.stderr.contains(message), "'\(message)' missing: \(outcome)", sourceLocation: sourceLocation)
        }
        #expect(try journal() == before, "the journal changed", sourceLocation: sourceLocation)
    }

    /// The journal's bytes (a database board's lines, each with its newline, as a folder would hold them).
    func journal() throws -> Data {
        guard kind == .postgres else { return try Data(contentsOf: URL(fileURLWithPath: path).appendingPathComponent("journal.jsonl")) }
        return try BoardLocation.parse(path).store().journalLines().reduce(into: Data()) { data, line in
            data.append(line)
            data.append(0x0A)
        }
    }

    /// A patient's record as `show --json` prints it.
    func record(_ mrn: String = CLIBoard.mrn, sourceLocation: SourceLocation = #_sourceLocation) throws -> PatientRecord {
        let outcome = try run(["show", mrn, "--json"])
        guard outcome.status == 0 else { throw TestSetupError("show failed: \(outcome)") }
        return try BoardJSON.decoder().decode(PatientRecord.self, from: Data(outcome.stdout.utf8))
    }
}
