import Foundation
import Testing
@testable import ConsultBoard

/// What `validate` and `validate --repair` say about damage, in Chinese for a Chinese reader: every finding and
/// every repair step has words from the catalogue, with nothing English left but paths, file names, ids,
/// numbers, key fingerprints and the commands to run; in English each says exactly what it always said.
@Suite struct DamageFindingsInChineseTests {
    /// The ways the other store tests damage a journal (`DamagedBoardTests`), one board each.
    enum JournalDamage: String, CaseIterable, Sendable {
        case flippedByte, editedAndResealed, removedLine, reorderedLines, editedLastLine, newerLine, tornLastLine
        case unsealedLine, firstLineRemoved, unreadableLine

        func apply(to lines: inout [Data]) {
            switch self {
            case .flippedByte: lines[6] = BoardFiles.replacing("ward round", with: "ward rounD", in: lines[6])
            case .editedAndResealed: lines[2] = BoardFiles.reseal(BoardFiles.replacing("ward round", with: "ward visit", in: lines[2]))
            case .removedLine: lines.remove(at: 4)
            case .reorderedLines: lines.swapAt(3, 4)
            case .editedLastLine: lines[lines.count - 1] = BoardFiles.replacing("Enoxaparin", with: "Heparin", in: lines[lines.count - 1])
            case .newerLine: lines[lines.count - 1] = BoardFiles.reseal(BoardFiles.replacing("\"v\":1", with: "\"v\":2", in: lines[lines.count - 1]))
            case .tornLastLine: lines[lines.count - 1] = lines[lines.count - 1].prefix(40)
            case .unsealedLine: lines[5] = Data(#"{"seq":6}"#.utf8)
            case .firstLineRemoved: lines.removeFirst()
            case .unreadableLine: lines[6] = BoardFiles.reseal(BoardFiles.replacing(#""author":"dr.li""#, with: #""author":7"#, in: lines[6]))
            }
        }
    }

    @Test(arguments: JournalDamage.allCases)
    func everyJournalFindingIsChinese(_ damage: JournalDamage) throws {
        let folder = try StoreFolder()
        _ = try Sample.board(at: folder.board, patients: 2)
        let files = BoardFiles(folder: folder.board)
        var lines = try files.journalLines()
        damage.apply(to: &lines)
        var bytes = Data(lines.map { $0 + Data([0x0A]) }.joined())
        if damage == .tornLastLine { bytes.removeLast() }
        try files.write(bytes, to: files.journal)

        let report = BoardStore.validate(at: folder.board)
        #expect(report.findings.contains { $0.severity == .problem || $0.severity == .warning }, "\(damage): \(report.findings)")
        Self.expectChineseAndEnglishUnchanged(report)
    }

    /// A forged checkpoint record: `DamagedBoardTests.aCheckpointThatDisagreesWithTheJournalIsReportedAndTheJournalWins`.
    @Test func aDamagedOrIncompleteCheckpointIsChinese() throws {
        let folder = try StoreFolder()
        let store = try Sample.board(at: folder.board, patients: 2)
        try store.checkpointingEvery(1).apply([Sample.note("SCI-0002", "真")], author: "dr.li")
        let files = BoardFiles(folder: folder.board)
        let manifest = try BoardJSON.decoder().decode(CheckpointManifest.self, from: files.bytes(files.manifest))
        let path = folder.file("checkpoint/" + (try #require(manifest.patients.last)).record.file)

        // The manifest's bytes changed under its hash; a record file gone.
        let (manifestBytes, recordBytes) = (try files.bytes(files.manifest), try files.bytes(path))
        try files.write(BoardFiles.replacing("SCI-0002", with: "SCI-0009", in: manifestBytes), to: files.manifest)
        Self.expectChineseAndEnglishUnchanged(BoardStore.validate(at: folder.board))
        try files.write(manifestBytes, to: files.manifest)
        try FileManager.default.removeItem(atPath: path)
        let missing = BoardStore.validate(at: folder.board)
        #expect(missing.problems.contains { $0.file == path && $0.message.contains("the file is missing") })
        Self.expectChineseAndEnglishUnchanged(missing)
        try files.write(recordBytes, to: path)
        #expect(BoardStore.validate(at: folder.board).isIntact)
    }

    /// Unsigned, unknown key and required signatures: `SignatureTests`.
    @Test func signatureProblemsAreChinese() throws {
        // Forged, and the later signatures it breaks; a name not on the roster.
        let forged = try StoreFolder()
        _ = try SignatureTests.signedWard(forged)
        let first = try SignatureTests.line(holding: "OK to discharge? Not yet.", forged)
        try SignatureTests.rewrite(forged, line: first) { $0.replacingOccurrences(of: "Not yet.", with: "Yes.") }
        let broken = BoardStore.validate(at: forged.board)
        #expect(broken.problems.contains { $0.message.contains("forged") })
        #expect(broken.problems.contains { $0.message.contains("later signature") }, "\(broken.problems)")
        Self.expectChineseAndEnglishUnchanged(broken)

        let stranger = try StoreFolder()
        _ = try SignatureTests.signedWard(stranger)
        try SignatureTests.rewrite(stranger, line: try SignatureTests.line(holding: "second note", stranger)) { text in
            text.replacingOccurrences(of: "陈医生", with: "李医生")
        }
        let strangerReport = BoardStore.validate(at: stranger.board)
        #expect(strangerReport.problems.contains { $0.message.contains("not on the ward roster") }, "\(strangerReport.problems)")
        Self.expectChineseAndEnglishUnchanged(strangerReport)
    }

    @Test func repairsAndWhatTheyLeaveBehindAreChinese() throws {
        // Damage a checkpoint covers: set aside, recorded, and reported as set aside afterwards.
        let covered = try StoreFolder()
        let store = try Sample.board(at: covered.board, patients: 3).checkpointingEvery(3)
        try store.apply([Sample.note("SCI-0001")], author: "dr.li")
        let files = BoardFiles(folder: covered.board)
        var lines = try files.journalLines()
        lines[5] = BoardFiles.replacing("患者2", with: "患者9", in: lines[5])
        try files.writeJournal(lines)
        let setAside = try BoardStore.repair(at: covered.board, now: Sample.start)
        #expect(setAside.actions.first?.contains("set aside damaged journal.jsonl line 6 (entry 6") == true)
        Self.expectChinese(setAside)
        let after = BoardStore.validate(at: covered.board)
        #expect(after.findings.contains { $0.message.contains("set aside by a repair") })
        #expect(after.findings.contains { $0.file.contains("journal.jsonl.quarantine-") })
        Self.expectChineseAndEnglishUnchanged(after)
        let nothing = try BoardStore.repair(at: covered.board)
        #expect(nothing.actions == ["nothing to repair: the board is intact"])
        Self.expectChinese(nothing)

        // Damage nothing vouches for: refused while it holds acknowledged changes, then cut with --force.
        let cut = try StoreFolder()
        _ = try Sample.board(at: cut.board, patients: 2)
        let cutFiles = BoardFiles(folder: cut.board)
        try FileManager.default.removeItem(atPath: cut.file("checkpoint"))
        var cutLines = try cutFiles.journalLines()
        cutLines[6] = BoardFiles.replacing("ward round", with: "ward rounD", in: cutLines[6])
        try cutFiles.writeJournal(cutLines)
        do {
            _ = try BoardStore.repair(at: cut.board)
            Issue.record("a repair removed acknowledged changes without --force")
        } catch {
            #expect(error.description.contains("acknowledged change"))
            #expect(Localisation.with(.english) { error.shown } == error.description)
            let chinese = Localisation.with(.simplifiedChinese) { error.shown }
            #expect(EnglishLeft.words(in: chinese).isEmpty, "\(chinese)")
        }
        let forced = try BoardStore.repair(at: cut.board, force: true, now: Sample.start)
        #expect(forced.actions.contains { $0.hasPrefix("cut ") } && forced.actions.contains { $0.contains("complete entr") })
        #expect(forced.actions.contains { $0.contains("rebuilt the checkpoint") })
        Self.expectChinese(forced)
        Self.expectChineseAndEnglishUnchanged(BoardStore.validate(at: cut.board))

        // A torn tail cut into a copy; board.json rewritten.
        let torn = try StoreFolder()
        _ = try Sample.board(at: torn.board, patients: 2)
        let tornFiles = BoardFiles(folder: torn.board)
        try tornFiles.write(try tornFiles.bytes(tornFiles.journal) + Data(#"{"at":"2026-11-25T08:30:00Z","kind":"note.ad"#.utf8), to: tornFiles.journal)
        try tornFiles.write(Data("{}".utf8), to: torn.file("board.json"))
        let tornReport = BoardStore.validate(at: torn.board)
        #expect(tornReport.problems.contains { $0.message.contains("not a consult-board description") }, "\(tornReport.findings)")
        Self.expectChineseAndEnglishUnchanged(tornReport)
        let tornRepair = try BoardStore.repair(at: torn.board, now: Sample.start)
        #expect(tornRepair.actions.contains { $0.hasPrefix("wrote a new board.json") })
        Self.expectChinese(tornRepair)
        Self.expectChineseAndEnglishUnchanged(BoardStore.validate(at: torn.board))
    }

    @Test func noBoardAndNoFolderAreChinese() throws {
        let folder = try StoreFolder()
        for path in [folder.path("nowhere"), folder.url.path] {
            let report = BoardStore.validate(at: path)
            #expect(!report.isBoard)
            Self.expectChineseAndEnglishUnchanged(report)
        }
        #expect(BoardStore.validate(at: folder.path("nowhere")).problems.first?.message == "there is no such folder")
    }

    /// A board the reader may not read (not reproducible as root, who reads everything): the finding `validate`
    /// makes of the failed read, and the reasons of the other refused reads and writes.
    @Test func aBoardThatCannotBeReadIsChinese() throws {
        let journal = "/boards/spine3/journal.jsonl"
        let finding = ValidationReport.Finding(
            severity: .problem, file: journal, line: nil, message: BoardExamination.reason(FileIO.failure(journal, "read", EACCES)).english,
            words: BoardExamination.reason(FileIO.failure(journal, "read", EACCES)).words)
        #expect(finding.message == "cannot read it: permission denied: you may not read this board (ask its owner for access)")
        Self.expectChineseAndEnglishUnchanged(ValidationReport(findings: [finding], revision: 0, patients: 0))
        for (operation, code) in [("write", EACCES), ("write", EROFS), ("fsync", ENOSPC)] {
            let error = FileIO.failure(journal, operation, code)
            #expect(Localisation.with(.english) { error.shown } == error.description)
            guard case let .io(_, _, reason) = error else { throw error }
            // The system's words for a full disk stay as the system gives them, inside Chinese words.
            #expect(ErrorWordsTests.isChinese(Localisation.with(.simplifiedChinese) { reason.shown }), "\(reason)")
        }
    }

    // MARK: - What is left English

    /// Every finding: English is the message as it was; Chinese has no English words left.
    static func expectChineseAndEnglishUnchanged(_ report: ValidationReport, sourceLocation: SourceLocation = #_sourceLocation) {
        for finding in report.findings {
            #expect(Localisation.with(.english) { finding.shownMessage } == finding.message, sourceLocation: sourceLocation)
            #expect(Localisation.with(.english) { finding.shownDescription } == finding.description, sourceLocation: sourceLocation)
            let chinese = Localisation.with(.simplifiedChinese) { finding.shownDescription }
            // The file (or a database board's address) as it is.
            #expect(EnglishLeft.words(in: chinese.replacingOccurrences(of: finding.file, with: " ")).isEmpty, "\(chinese)", sourceLocation: sourceLocation)
            #expect(ErrorWordsTests.isChinese(chinese) && !chinese.contains("{"), "\(chinese)", sourceLocation: sourceLocation)
        }
    }

    static func expectChinese(_ repair: RepairReport, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(Localisation.with(.english) { repair.steps.map(\.shown) } == repair.actions, sourceLocation: sourceLocation)
        for step in repair.steps {
            let chinese = Localisation.with(.simplifiedChinese) { step.shown }
            #expect(EnglishLeft.words(in: chinese).isEmpty && ErrorWordsTests.isChinese(chinese), "\(chinese)", sourceLocation: sourceLocation)
        }
    }
}

/// The ASCII words of a Chinese line that are neither a path (of a file or in JSON), a file name, an id, a number,
/// a key fingerprint, a command in backticks, nor one of the few names the sentences quote on purpose.
enum EnglishLeft {
    /// Words a Chinese line keeps as they are, each for its reason.
    static let kept: Set<String> = [
        "consult-board",  // the program's name
        "prev", "seq", "patient", "kind",  // the journal's member names, as the file holds them
        "JSON", "null", "true", "false", "ISO",  // the format's words, as a records officer meets them in the file
    ]

    static func words(in text: String) -> [String] {
        let unquoted = text.replacingOccurrences(of: "`[^`]*`", with: " ", options: .regularExpression)
            .replacingOccurrences(of: #"\$[A-Za-z0-9_.\[\]]*"#, with: " ", options: .regularExpression)  // a JSON path
        let pattern = try? NSRegularExpression(pattern: #"[A-Za-z0-9_./*+=\-]*[A-Za-z][A-Za-z0-9_./*+=\-]*"#)
        let range = NSRange(unquoted.startIndex..., in: unquoted)
        return (pattern?.matches(in: unquoted, range: range) ?? []).compactMap { match in
            guard let found = Range(match.range, in: unquoted) else { return nil }
            let word = String(unquoted[found])
            if word.contains("/") || word.contains(".json") || kept.contains(word) { return nil }
            if word.range(of: #"^[A-Z]+-[0-9]+$"#, options: .regularExpression) != nil { return nil }  // SCI-0001, N-12
            if word.range(of: #"^[a-z]+\.[a-z]+$"#, options: .regularExpression) != nil { return nil }  // note.add, dr.li: values
            if word.range(of: #"^[0-9a-f]{16}$"#, options: .regularExpression) != nil { return nil }  // a key fingerprint
            return word
        }
    }
}
