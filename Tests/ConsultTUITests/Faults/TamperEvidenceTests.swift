import Foundation
import Testing
@testable import ConsultBoard

/// Journal lines edited, removed, duplicated or reordered by hand, at random places of a realistic board:
/// `consult-board validate` exits 1 and names the journal and the line where the history stops being the one
/// that was written. (Evidence against accidents and casual edits: anyone can recompute SHA-256, see
/// docs/storage.md.)
@Suite struct TamperEvidenceTests {
    static let seed: UInt64 = 31
    static let trialsPerKind = 5

    enum Tamper: String, CaseIterable {
        case edited, editedAndResealed, removed, swapped, duplicated, movedToTheEnd
    }

    /// Tampers with `lines` at `index` (never the first or last line); returns the lowest line number (1-based)
    /// at which a reader can see it.
    static func apply(_ tamper: Tamper, at index: Int, to lines: inout JournalLines) -> Int {
        switch tamper {
        case .edited:
            _ = lines.replace(#""author":""#, with: #""author":"x"#, inLine: index)
            return index + 1
        case .editedAndResealed:
            // A careful forger: the line's own seal is recomputed, so only the next line's `prev` can tell.
            _ = lines.replace(#""author":""#, with: #""author":"x"#, inLine: index)
            lines.lines[index] = resealed(lines.lines[index])
            return index + 2
        case .removed:
            lines.lines.remove(at: index)
            return index + 1
        case .swapped:
            lines.lines.swapAt(index, index + 1)
            return index + 1
        case .duplicated:
            lines.lines.insert(lines.lines[index], at: index + 1)
            return index + 2
        case .movedToTheEnd:
            lines.lines.append(lines.lines.remove(at: index))
            return index + 1
        }
    }

    /// The line sealed again after an edit (`Seal`: the hash of everything before `,"hash":"`).
    static func resealed(_ line: Data) -> Data {
        Seal.seal(Data(line.dropLast(Seal.suffixLength)) + Data("}".utf8))
    }

    @Test(arguments: Tamper.allCases)
    func tamperingIsFoundAndTheLineNamed(_ tamper: Tamper) throws {
        let board = try FaultBoard(generatedPatients: 2, notes: 20, labs: 20)
        let original = try board.journal()
        #expect(try board.validate().status == 0)
        var random = SeededGenerator(seed: Self.seed &+ UInt64(tamper.rawValue.count))
        let count = JournalLines(original).lines.count
        for _ in 0..<Self.trialsPerKind {
            var lines = JournalLines(original)
            let index = Int.random(in: 1..<(count - 2), using: &random)
            let firstVisible = Self.apply(tamper, at: index, to: &lines)
            try board.writeJournal(lines.data)
            let verdict = try board.validate()
            #expect(verdict.status == 1, "\(tamper) line \(index + 1): \(verdict.report)")
            let named = (firstVisible...(firstVisible + 1)).contains { verdict.stdoutText.contains("journal.jsonl line \($0):") }
            #expect(named, "\(tamper) line \(index + 1): validate names line \(firstVisible): \(verdict.report)")
            try board.writeJournal(original)
        }
        #expect(try board.validate().status == 0, "the original journal is intact again")
    }

    @Test func theLastLineEditedOrRemovedIsFoundOnceACheckpointCoversIt() throws {
        let board = try FaultBoard(generatedPatients: 1, notes: 10, labs: 10)
        // No later line's `prev` covers the last line; the checkpoint's record of the journal's end does. A tail
        // of over 1 MB is folded into a checkpoint at once (CheckpointPolicy), so this note ends up covered.
        let long = String(repeating: "Long handover narrative. ", count: 45_000)
        try board.add(["note", "add", "GEN-0001", "--service", "ward", "--text", "-"], stdin: "The last word " + long)
        let original = try board.journal()

        var edited = JournalLines(original)
        let last = edited.lines.count - 1
        let replaced = edited.replace("The last word", with: "The last word was different", inLine: last)
        #expect(replaced)
        try board.writeJournal(edited.data)
        let plain = try board.validate()
        #expect(plain.status == 1 && plain.stdoutText.contains("journal.jsonl line \(last + 1)"), "its own seal breaks: \(plain.report)")

        edited.lines[last] = Self.resealed(edited.lines[last])
        try board.writeJournal(edited.data)
        let resealed = try board.validate()
        #expect(resealed.status == 1, "the checkpoint's hash of the last line disagrees: \(resealed.report)")

        var removed = JournalLines(original)
        removed.lines.removeLast()
        try board.writeJournal(removed.data)
        let shortened = try board.validate()
        #expect(shortened.status == 1, "the journal is shorter than the checkpoint says: \(shortened.report)")

        try board.writeJournal(original)
        #expect(try board.validate().status == 0)
    }
}
