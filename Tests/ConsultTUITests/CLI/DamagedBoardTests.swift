import Foundation
import Testing

/// A journal damaged on disk is reported clearly, naming the file, and never touched by the CLI.
@Suite struct DamagedBoardTests {
    private func damagedBoard(_ damage: (inout Data) -> Void) throws -> (CLIBoard, Data) {
        let board = try CLIBoard()
        try board.add(["note", "add", CLIBoard.mrn, "--service", "ward", "--text", "First note"])
        try board.add(["lab", "add", CLIBoard.mrn, "--test", "crp", "--value", "12", "--unit", "mg/L"])
        var bytes = try board.journal()
        damage(&bytes)
        try bytes.write(to: URL(fileURLWithPath: board.path).appendingPathComponent("journal.jsonl"))
        return (board, bytes)
    }

    private func expectReportedAndUntouched(_ board: CLIBoard, _ bytes: Data, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for args in [["patients"], ["show", CLIBoard.mrn], ["note", "add", CLIBoard.mrn, "--service", "ward", "--text", "x"]] {
            let outcome = try board.run(args)
            #expect(outcome.status != 0, "\(args): \(outcome)", sourceLocation: sourceLocation)
            #expect(outcome.stdout.isEmpty, sourceLocation: sourceLocation)
            #expect(outcome.stderr.hasPrefix("consult-board: error: "), "\(outcome)", sourceLocation: sourceLocation)
            #expect(outcome.stderr.contains("journal.jsonl"), "names the file: \(outcome)", sourceLocation: sourceLocation)
            #expect(outcome.stderr.split(separator: "\n").count == 1, "\(outcome)", sourceLocation: sourceLocation)
            #expect(try board.journal() == bytes, "\(args) changed the damaged journal", sourceLocation: sourceLocation)
        }
    }

    /// A journal cut off inside its last line looks exactly like a writer killed mid-append: the incomplete line
    /// is left out (the board opens), `validate` warns about it, and the next change keeps it in a copy.
    @Test func aJournalCutInsideItsLastLine() throws {
        let (board, bytes) = try damagedBoard { bytes in bytes.removeLast(25) }
        let patients = try board.run(["patients"])
        #expect(patients.status == 0, "\(patients)")
        let validate = try board.run(["validate"])
        #expect(validate.status == 0 && validate.stdout.contains("incomplete"), "\(validate)")
        #expect(try board.journal() == bytes, "reading changed the journal")
        let note = try board.run(["note", "add", CLIBoard.mrn, "--service", "ward", "--text", "after"])
        #expect(note.status == 0, "\(note)")
        let folder = URL(fileURLWithPath: board.path)
        let copies = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("journal.jsonl.cut-") }
        #expect(copies.count == 1)
        let kept = try Data(contentsOf: folder.appendingPathComponent(copies.first ?? "missing"))
        #expect(bytes.suffix(kept.count) == kept && !kept.isEmpty, "the cut bytes are kept")
    }

    @Test func aFlippedByteThatBreaksTheJSON() throws {
        let (board, bytes) = try damagedBoard { bytes in
            // The first byte of the second line ('{') becomes '['.
            let secondLine = (bytes.firstIndex(of: 0x0A) ?? 0) + 1
            bytes[secondLine] ^= 0x20
        }
        try expectReportedAndUntouched(board, bytes)
    }
}
