import ConsultBoard
import Foundation
import Testing

/// Damaged, missing, newer and unwritable board files, end to end through the CLI: every command says clearly
/// what is wrong and names the file, no command overwrites a byte, and the documented recovery
/// (`consult-board validate --repair`, docs/storage.md) works and keeps a copy of what it cuts.
@Suite struct DamagedFileTests {
    /// Reads and a write, each of which must either work or refuse in one line naming `file`.
    static let probes: [[String]] = [
        ["patients"], ["show", FaultBoard.mrn], ["audit"], ["handoff"], ["export"],
        ["note", "add", FaultBoard.mrn, "--service", "ward", "--text", "written on a damaged board"],
    ]

    /// A board with some history, and a checkpoint behind the journal's end.
    static func boardWithHistory() throws -> FaultBoard {
        let board = try FaultBoard(patients: 2)
        for index in 0..<6 {
            try board.add(["note", "add", FaultBoard.mrn, "--service", "ward", "--text", "Note \(index)"])
        }
        let order = try board.add(["order", "add", "SCI-F2", "--service", "ward", "--kind", "nursing", "--text", "Turns"])
        try board.add(["order", "set", order, "--status", "on-hold", "--reason", "procedure"])
        try board.add(["lab", "add", FaultBoard.mrn, "--test", "crp", "--value", "12", "--unit", "mg/L"])
        return board
    }

    /// Runs every probe: each works or refuses in one line naming `file`; every file's bytes stay as they were.
    static func expectRefusedOrHarmless(
        _ board: FaultBoard, naming file: String, writesRefused: Bool = true, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let before = try board.files()
        for probe in probes {
            let outcome = try board.run(probe)
            let isWrite = probe.first == "note"
            if outcome.status != 0 || (isWrite && writesRefused) {
                #expect(outcome.isOneLineError, "\(outcome.report)", sourceLocation: sourceLocation)
                #expect(outcome.stderrText.contains(file), "names \(file): \(outcome.report)", sourceLocation: sourceLocation)
                #expect(outcome.stdout.isEmpty, "\(outcome.report)", sourceLocation: sourceLocation)
            }
            #expect(try board.files() == before, "\(probe.prefix(2)) changed a file", sourceLocation: sourceLocation)
        }
        let verdict = try board.validate()
        #expect(verdict.status == 1, "validate says it is not intact: \(verdict.report)", sourceLocation: sourceLocation)
        #expect(verdict.stdoutText.contains(file), "validate names \(file): \(verdict.report)", sourceLocation: sourceLocation)
        #expect(try board.files() == before, "validate changed a file", sourceLocation: sourceLocation)
    }

    /// Runs `validate --repair` and checks its promise: the board is intact again, and the journal as it was is
    /// exactly the journal now followed by the copy of what was cut.
    @discardableResult
    static func expectRepaired(_ board: FaultBoard, force: Bool = false, sourceLocation: SourceLocation = #_sourceLocation) throws -> Data {
        let damaged = try board.journal()
        let repaired = try force ? board.run(["validate", "--repair", "--force"], timeout: 120) : board.repair()
        #expect(repaired.status == 0, "\(repaired.report)", sourceLocation: sourceLocation)
        let verdict = try board.validate()
        #expect(verdict.status == 0, "intact after the repair: \(verdict.report)", sourceLocation: sourceLocation)
        let kept = try board.journal()
        let copies = try FileManager.default.contentsOfDirectory(atPath: board.path).filter { $0.hasPrefix("journal.jsonl.cut-") }
        #expect(copies.count == 1, "one copy of what was cut: \(copies)", sourceLocation: sourceLocation)
        let cut = try copies.first.map { try Data(contentsOf: board.file($0)) } ?? Data()
        #expect(kept + cut == damaged, "nothing lost: the kept journal and the copy make up the damaged one", sourceLocation: sourceLocation)
        let list = try board.run(["patients"])
        #expect(list.status == 0, "the board opens: \(list.report)", sourceLocation: sourceLocation)
        return cut
    }

    /// The byte ranges of the journal's lines (without their newlines).
    static func lines(_ journal: Data) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = journal.startIndex
        while let end = journal[start...].firstIndex(of: 0x0A) {
            ranges.append(start..<end)
            start = end + 1
        }
        if start < journal.endIndex { ranges.append(start..<journal.endIndex) }
        return ranges
    }

    /// The board with its last line cut in the middle, as a writer killed inside its `write` leaves it.
    static func boardWithTornLastRecord() throws -> (board: FaultBoard, torn: Data, fragment: Int) {
        let board = try Self.boardWithHistory()
        var journal = try board.journal()
        let last = try #require(Self.lines(journal).last)
        journal.removeSubrange((last.lowerBound + last.count / 2)...)
        try board.writeJournal(journal)
        return (board, journal, last.count / 2)
    }

    @Test func aTornLastRecordIsLeftOutWarnedAndSetAsideByTheNextWrite() throws {
        let (board, torn, fragment) = try Self.boardWithTornLastRecord()
        let before = try board.files()
        // No command acknowledged the torn change (the lab): every reader shows the board without it.
        for read in [["patients"], ["show", FaultBoard.mrn], ["audit"], ["handoff"], ["export"]] {
            let outcome = try board.run(read)
            #expect(outcome.status == 0, "\(outcome.report)")
        }
        #expect(try board.record().labs.isEmpty, "the torn lab is left out")
        let verdict = try board.validate()
        #expect(verdict.status == 0, "intact, with a warning: \(verdict.report)")
        #expect(verdict.stdoutText.contains("journal.jsonl line \(Self.lines(torn).count)") && verdict.stdoutText.contains("incomplete"), "\(verdict.report)")
        #expect(try board.files() == before, "reading changed nothing")

        let id = try board.add(["note", "add", FaultBoard.mrn, "--service", "ward", "--text", "after the kill"])
        let copies = try FileManager.default.contentsOfDirectory(atPath: board.path).filter { $0.hasPrefix("journal.jsonl.cut-") }
        #expect(copies.count == 1, "the fragment is kept in a copy: \(copies)")
        let cut = try copies.first.map { try Data(contentsOf: board.file($0)) } ?? Data()
        #expect(cut.count == fragment && torn.suffix(fragment) == cut, "the copy holds exactly the fragment")
        #expect(try board.journal().starts(with: torn.dropLast(fragment)), "everything before the fragment is kept as it was")
        #expect(try board.validate().status == 0)
        #expect(try board.record().notes.map(\.id).contains(id))
        #expect(try board.record().notes.count == 7)
    }

    @Test func aTornLastRecordIsSetAsideByTheRepair() throws {
        let (board, _, fragment) = try Self.boardWithTornLastRecord()
        let cut = try Self.expectRepaired(board)
        #expect(cut.count == fragment, "only the torn fragment is cut")
        #expect(try board.record().notes.count == 6, "every complete entry is kept")
        #expect(!(try board.validate().stdoutText.contains("incomplete")), "no warning left")
    }

    @Test func aFlippedByteInTheMiddle() throws {
        let board = try Self.boardWithHistory()
        var journal = try board.journal()
        let ranges = Self.lines(journal)
        let middle = ranges[ranges.count / 2]
        // A letter inside the line's text changes case: still valid JSON, so only the seal can tell.
        let index = try #require(journal[middle].indices.first { journal[$0] == UInt8(ascii: "t") })
        journal[index] = UInt8(ascii: "T")
        try board.writeJournal(journal)
        try Self.expectRefusedOrHarmless(board, naming: "journal.jsonl")
        let verdict = try board.validate()
        #expect(verdict.stdoutText.contains("line \(ranges.count / 2 + 1)"), "validate names the line: \(verdict.report)")
        // No checkpoint covers the line: the repair says what cutting would remove and needs --force.
        let before = try board.files()
        let refused = try board.repair()
        #expect(refused.isOneLineError && refused.stderrText.contains("acknowledged changes"), "\(refused.report)")
        #expect(try board.files() == before, "a refused repair changes nothing")
        let cut = try Self.expectRepaired(board, force: true)
        #expect(Self.lines(cut).count == ranges.count - ranges.count / 2, "the damaged line and everything after it are in the copy")
    }

    @Test func aBoardFromANewerSchema() throws {
        let board = try Self.boardWithHistory()
        try Data(#"{"format":"consult-board","schemaVersion":99}"#.utf8).write(to: board.file("board.json"))
        try Self.expectRefusedOrHarmless(board, naming: "board.json")
        let outcome = try board.run(["patients"])
        #expect(outcome.stderrText.contains("99"), "says which version it found: \(outcome.report)")
        let before = try board.files()
        let repaired = try board.repair()
        #expect(repaired.status != 0, "a repair never rewrites a newer board: \(repaired.report)")
        #expect(try board.files() == before)
    }

    @Test func aMissingJournal() throws {
        let board = try Self.boardWithHistory()
        try FileManager.default.removeItem(at: board.file("journal.jsonl"))
        try Self.expectRefusedOrHarmless(board, naming: "journal.jsonl")
        #expect(!FileManager.default.fileExists(atPath: board.file("journal.jsonl").path), "no command made an empty journal")
    }

    @Test func aMissingBoardDescriptionIsWrittenAgainByTheRepair() throws {
        let board = try Self.boardWithHistory()
        try FileManager.default.removeItem(at: board.file("board.json"))
        try Self.expectRefusedOrHarmless(board, naming: "board.json")
        let repaired = try board.repair()
        #expect(repaired.status == 0, "\(repaired.report)")
        #expect(try board.validate().status == 0)
        #expect(try board.record().notes.count == 6)
    }

    @Test func aMissingOrDamagedCheckpointIsRebuiltAndTheJournalWins() throws {
        let board = try Self.boardWithHistory()
        let exported = try board.run(["export"]).stdout
        let checkpointFiles = try board.files().keys.filter { $0.hasPrefix("checkpoint/") }.sorted()
        #expect(!checkpointFiles.isEmpty, "the board has a checkpoint")
        for file in checkpointFiles {
            let original = try Data(contentsOf: board.file(file))
            var damaged = original
            if !damaged.isEmpty { damaged[damaged.count / 2] ^= 0x01 }
            try damaged.write(to: board.file(file))
            let verdict = try board.validate()
            #expect(verdict.status == 1, "\(file): validate finds it: \(verdict.report)")
            // Commands either read past it (the journal wins) or refuse naming it; none shows wrong data.
            let export = try board.run(["export"])
            #expect(export.status == 0 ? export.stdout == exported : export.isOneLineError, "\(file): \(export.report)")
            let repaired = try board.repair()
            #expect(repaired.status == 0, "\(file): \(repaired.report)")
            #expect(try board.validate().status == 0, "\(file): intact after the repair")
            #expect(try board.run(["export"]).stdout == exported, "\(file): the same board after the repair")
        }
        try FileManager.default.removeItem(at: board.file("checkpoint"))
        #expect(try board.run(["export"]).stdout == exported, "without a checkpoint the journal alone gives the board")
        #expect(try board.repair().status == 0)
        #expect(try board.validate().status == 0)
    }

    @Test func aBoardWithoutACheckpointGetsOneFromTheRepairAsValidateSays() throws {
        let board = try FaultBoard(generatedPatients: 1, notes: 5, labs: 5)
        try FileManager.default.removeItem(at: board.file("checkpoint"))
        let verdict = try board.validate()
        #expect(verdict.status == 0, "a missing checkpoint is only a note: \(verdict.report)")
        #expect(verdict.stdoutText.contains("`validate --repair` writes one"), "\(verdict.report)")
        let repaired = try board.repair()
        #expect(repaired.status == 0, "\(repaired.report)")
        #expect(FileManager.default.fileExists(atPath: board.file("checkpoint/manifest.json").path), "the repair wrote the checkpoint it promised: \(repaired.report)")
        #expect(try board.validate().stdoutText.contains("agrees with the journal"))
    }
}
