import ConsultBoard
import Foundation
import Testing

/// A bit flipped at a random place of the journal, under a sound checkpoint that covers it: `validate --repair`
/// sets the damaged line aside and keeps the checkpoint and every line after it, so nothing acknowledged is
/// lost. Damage nothing sound vouches for (after the checkpoint) is only cut with `--force`, after the repair
/// has said how many acknowledged changes and which patients that would remove.
@Suite struct CoveredDamageRepairTests {
    static let trials = 16
    static let seed: UInt64 = 1_010

    /// A generated board (its checkpoint covers everything the generator wrote) and three notes after it.
    static func board() throws -> (board: FaultBoard, tail: [String]) {
        let board = try FaultBoard(generatedPatients: 4, notes: 30, labs: 40)
        let tail = try (1...3).map { index in
            try board.add(["note", "add", "GEN-000\(index)", "--service", "ward", "--text", "after the checkpoint \(index)"])
        }
        return (board, tail)
    }

    /// The patients of the board as `export` gives them: what "nothing acknowledged lost" compares.
    static func patients(_ board: FaultBoard) throws -> Data {
        let export = try board.run(["export"], timeout: 60)
        #expect(export.status == 0, "\(export.report)")
        let document = try JSONSerialization.jsonObject(with: export.stdout) as? [String: Any]
        return try JSONSerialization.data(withJSONObject: document?["patients"] ?? [], options: [.sortedKeys])
    }

    static func checkpointOffset(_ board: FaultBoard) throws -> Int {
        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: board.file("checkpoint/manifest.json"))) as? [String: Any]
        let journal = manifest?["journal"] as? [String: Any]
        return try #require(journal?["offset"] as? Int)
    }

    @Test func aBitFlipUnderACoveringCheckpointLosesNothingAcknowledged() throws {
        let (board, tail) = try Self.board()
        let sound = try board.files()
        let expected = try Self.patients(board)
        let covered = try Self.checkpointOffset(board)
        var random = SeededGenerator(seed: Self.seed)
        for trial in 0..<Self.trials {
            try board.restore(sound)
            var journal = try board.journal()
            let position = Int.random(in: 0..<covered, using: &random)
            let bit = UInt8(1) << UInt8.random(in: 0..<8, using: &random)
            journal[position] ^= bit
            try board.writeJournal(journal)
            let damaged = journal
            let what = "trial \(trial): bit \(bit) of byte \(position)"

            let repaired = try board.repair()
            #expect(repaired.status == 0, "\(what): \(repaired.report)")
            #expect(repaired.stdoutText.contains("set aside damaged journal.jsonl line"), "\(what): \(repaired.report)")
            let verdict = try board.validate()
            #expect(verdict.status == 0, "\(what): intact after the repair: \(verdict.report)")
            #expect(try Self.patients(board) == expected, "\(what): every acknowledged change is still on the board")
            let now = try board.journal()
            #expect(now.starts(with: damaged), "\(what): the repair appended its record and cut nothing")
            let copies = try FileManager.default.contentsOfDirectory(atPath: board.path)
            #expect(copies.contains { $0.hasPrefix("journal.jsonl.quarantine-") }, "\(what): the damaged bytes are kept")
            #expect(!copies.contains { $0.hasPrefix("journal.jsonl.cut-") }, "\(what): nothing cut")
            // The board goes on: a new change, the history, and a second repair with nothing to do.
            let id = try board.add(["note", "add", "GEN-0001", "--service", "ward", "--text", "after the repair \(trial)"])
            #expect(try board.record("GEN-0001").notes.contains { $0.id == id })
            let audit = try board.audit()
            let sequences = Set(audit.compactMap { $0["seq"] as? Int })
            for note in tail { #expect(sequences.contains(Int(note.dropFirst(2)) ?? 0), "\(what): \(note) is in the history") }
            #expect(try board.repair().stdoutText.contains("nothing to repair"), "\(what)")
        }
    }

    @Test func damageNothingSoundVouchesForIsCutOnlyWithForceAfterSayingWhatItRemoves() throws {
        let (board, tail) = try Self.board()
        var journal = try board.journal()
        let covered = try Self.checkpointOffset(board)
        // A letter in the first note after the checkpoint changes: its seal breaks; no checkpoint holds it.
        let index = try #require(journal[covered...].firstIndex(of: UInt8(ascii: "a")))
        journal[index] = UInt8(ascii: "A")
        try board.writeJournal(journal)
        let before = try board.files()

        let refused = try board.repair()
        #expect(refused.status != 0 && refused.stderrText.contains("3 acknowledged changes"), "\(refused.report)")
        #expect(refused.stderrText.contains("GEN-0001") && refused.stderrText.contains("--force"), "\(refused.report)")
        #expect(try board.files() == before, "nothing changed without --force")

        let forced = try board.run(["validate", "--repair", "--force"], timeout: 120)
        #expect(forced.status == 0, "\(forced.report)")
        #expect(try board.validate().status == 0)
        let notes = try board.record("GEN-0001").notes.map(\.id)
        #expect(!notes.contains(tail[0]), "the cut note is no longer on the board (it is in the copy)")
    }
}
