import Foundation
import Testing
@testable import ConsultBoard

/// Malformed files given to the real binary (seeded, a bounded number of runs): mutated journal lines and
/// checkpoint files, malformed import documents, malformed ISNCSCI exam files. No run crashes or hangs, every
/// refusal is one clear line, and a damaged board never shows wrong data: a command either shows the board
/// as it was written or refuses.
@Suite struct InputFuzzTests {
    static let seed = ProcessInfo.processInfo.environment["FAULT_SEED"].flatMap(UInt64.init) ?? 5_150
    static let runs = 20

    /// Line-level damage to a journal, as an editor, a bad merge or a partial copy would do it.
    static func damage(_ journal: Data, random: inout SeededGenerator) -> (Data, String) {
        var lines = JournalLines(journal)
        let index = Int.random(in: 0..<lines.lines.count, using: &random)
        let line = lines.lines[index]
        switch Int.random(in: 0..<8, using: &random) {
        case 0:
            lines.lines[index] = line.prefix(Int.random(in: 0..<line.count, using: &random))
            return (lines.data, "line \(index + 1) cut short")
        case 1:
            lines.lines[index] = Data((0..<Int.random(in: 1...300, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) })
            return (lines.data, "line \(index + 1) replaced by random bytes")
        case 2:
            lines.lines.insert(Data("{}".utf8), at: index)
            return (lines.data, "an empty object before line \(index + 1)")
        case 3:
            lines.lines.insert(Data(), at: index)
            return (lines.data, "an empty line before line \(index + 1)")
        case 4:
            let text = lines.text(index)
            let fields = [#""seq":"#, #""kind":""#, #""payload":{"#, #""prev":""#, #""v":"#, #""at":""#]
            let field = fields.randomElement(using: &random) ?? #""seq":"#
            _ = lines.replace(field, with: field + ["9", "x", "\\u0000", "-", "[", "null,"].randomElement(using: &random)!, inLine: index)
            return (lines.data, "field \(field) of line \(index + 1) changed: \(text.prefix(40))")
        case 5:
            lines.lines[index] = Data(line.reversed())
            return (lines.data, "line \(index + 1) reversed")
        case 6:
            var data = lines.data
            data.removeLast(Int.random(in: 1...min(40, data.count), using: &random))
            return (data, "the file's end cut off")
        default:
            lines.lines[index] = Data(String(repeating: "[", count: 100_000).utf8)
            return (lines.data, "line \(index + 1) is 100,000 '['")
        }
    }

    @Test func mutatedJournalLines() throws {
        let board = try FaultBoard(generatedPatients: 2, notes: 60, labs: 150)
        // A last line after the checkpoint (which covers the generated board), as on a board in use.
        let checkpointed = try board.journal().count
        try board.add(["note", "add", "GEN-0001", "--service", "ward", "--text", "The last note"])
        let original = try board.files()
        let journal = try #require(original["journal.jsonl"])
        let export = try board.run(["export"]).stdout
        // A journal cut inside its last line is an interrupted write: readers show the board without that change.
        var shortened = JournalLines(journal)
        shortened.lines.removeLast()
        try board.writeJournal(shortened.data)
        let exportWithoutLast = try board.run(["export"]).stdout
        try board.restore(original)
        var random = SeededGenerator(seed: Self.seed)
        for _ in 0..<Self.runs {
            let (damaged, what) = Self.damage(journal, random: &random)
            // Cut inside the last line, which no checkpoint vouches for: what a killed writer leaves.
            let torn = journal.starts(with: damaged) && damaged.last != 0x0A && damaged.count > checkpointed
            for args in [["patients"], ["show", "GEN-0001", "--json"], ["export"], ["note", "add", "GEN-0002", "--service", "ward", "--text", "x"]] {
                try board.restore(original)
                try board.writeJournal(damaged)
                let outcome = try board.run(args)
                Self.judge(outcome, what: what)
                if torn { #expect(outcome.status == 0, "\(what): an interrupted write stops nobody: \(outcome.report)") }
                if outcome.status == 0, args == ["export"] {
                    #expect(outcome.stdout == (torn ? exportWithoutLast : export), "\(what): an export shows the board as written")
                }
            }
            try board.restore(original)
            try board.writeJournal(damaged)
            let verdict = try board.validate()
            if torn {
                #expect(verdict.status == 0 && verdict.stdoutText.contains("incomplete"), "\(what): validate warns: \(verdict.report)")
            } else {
                #expect(verdict.status == 1, "\(what): validate finds it: \(verdict.report)")
            }
            let repaired = try board.repair()
            #expect(repaired.status == 0 || repaired.isOneLineError || repaired.stderrText.contains("NOT intact"), "\(what): \(repaired.report)")
        }
        try board.restore(original)
        #expect(try board.validate().status == 0)
    }

    @Test func mutatedCheckpointFilesNeverShowWrongData() throws {
        let board = try FaultBoard(generatedPatients: 2, notes: 60, labs: 150)
        try board.add(["note", "add", "GEN-0001", "--service", "ward", "--text", "after the checkpoint"])
        let originals = try board.files().filter { $0.key.hasPrefix("checkpoint/") }
        #expect(!originals.isEmpty, "the generated board has a checkpoint")
        let export = try board.run(["export"]).stdout
        let shown = try board.run(["show", "GEN-0001", "--json"]).stdout
        var random = SeededGenerator(seed: Self.seed + 1)
        let names = originals.keys.sorted()
        for _ in 0..<Self.runs {
            let name = names.randomElement(using: &random) ?? names[0]
            let (damaged, what) = Self.damage(originals[name] ?? Data(), random: &random)
            try damaged.write(to: board.file(name))
            let context = "\(name): \(what)"
            for (args, expected) in [(["export"], export), (["show", "GEN-0001", "--json"], shown)] {
                let outcome = try board.run(args)
                Self.judge(outcome, what: context)
                if outcome.status == 0 { #expect(outcome.stdout == expected, "\(context): \(args[0]) shows the board as written") }
            }
            let repaired = try board.repair()
            #expect(repaired.status == 0, "\(context): \(repaired.report)")
            #expect(try board.run(["export"]).stdout == export, "\(context): the board after the repair is the board as written")
            for (file, bytes) in originals { try bytes.write(to: board.file(file)) }
        }
    }

    @Test func malformedImportDocuments() throws {
        let source = try FaultBoard(generatedPatients: 1, notes: 8, labs: 10)
        let document = try source.run(["export"]).stdout
        let folder = source.folder.url
        var random = SeededGenerator(seed: Self.seed + 2)
        var refused = 0
        for run in 0..<Self.runs {
            let (damaged, what): (Data, String)
            if run % 2 == 0 {
                (damaged, what) = Self.damage(document, random: &random)
            } else {
                (damaged, what) = Self.reshape(document, random: &random)
            }
            let file = folder.appendingPathComponent("import-\(run).json")
            try damaged.write(to: file)
            let target = folder.appendingPathComponent("imported-\(run)").path
            let outcome = try BoundedRun.run(["import", file.path, "--board", target, "--author", "dr.fuzz"])
            Self.judge(outcome, what: what)
            if outcome.status == 0 {
                let verdict = try BoundedRun.run(["validate", "--board", target], timeout: 60)
                #expect(verdict.status == 0, "\(what): an imported board is intact: \(verdict.report)")
            } else {
                refused += 1
                #expect(!FileManager.default.fileExists(atPath: target + "/journal.jsonl"), "\(what): a refused import leaves no board")
            }
        }
        #expect(refused > Self.runs / 2, "most malformed documents are refused")
    }

    /// Structural damage to a JSON document: a value of the wrong type, a key removed, a record duplicated.
    static func reshape(_ document: Data, random: inout SeededGenerator) -> (Data, String) {
        guard var root = (try? JSONSerialization.jsonObject(with: document)) as? [String: Any],
            var patients = root["patients"] as? [[String: Any]], var patient = patients.first
        else { return (document, "unchanged") }
        let keys = patient.keys.sorted()
        let key = keys.randomElement(using: &random) ?? "notes"
        let replacements: [Any] = [NSNull(), "text", -1, 1e308, [Any](), ["x": 1], true, String(repeating: "\u{1B}[2J", count: 50)]
        let what: String
        switch Int.random(in: 0..<5, using: &random) {
        case 0:
            patient[key] = nil
            what = "patients[0].\(key) removed"
        case 1:
            patient[key] = replacements.randomElement(using: &random)
            what = "patients[0].\(key) replaced"
        case 2:
            patients.append(patient)
            what = "patients[0] twice"
        case 3:
            root[["format", "schemaVersion", "revision", "ward"].randomElement(using: &random) ?? "format"] =
                replacements.randomElement(using: &random)
            what = "a top-level field replaced"
        default:
            if var notes = patient["notes"] as? [[String: Any]], var note = notes.first {
                let field = note.keys.sorted().randomElement(using: &random) ?? "id"
                note[field] = replacements.randomElement(using: &random)
                notes.append(note)
                patient["notes"] = notes
            }
            what = "a note with a bad field added"
        }
        patients[0] = patient
        root["patients"] = patients
        let data = (try? JSONSerialization.data(withJSONObject: root)) ?? document
        return (data, what)
    }

    @Test func malformedExamFilesThroughTheCommandLine() throws {
        let board = try FaultBoard()
        var random = SeededGenerator(seed: Self.seed + 3)
        let valid = try JSONSerialization.data(withJSONObject: Self.normalExam(), options: .sortedKeys)
        for run in 0..<Self.runs {
            var exam = Self.normalExam()
            let key = exam.keys.sorted().randomElement(using: &random) ?? "c5RightMotor"
            exam[key] = ["9", "", "NT**", "-1", "\u{1B}[2J", "5.0"].randomElement(using: &random)
            var data = try JSONSerialization.data(withJSONObject: exam)
            if run % 3 == 0 { data = Self.damage(valid, random: &random).0 }
            let file = board.folder.url.appendingPathComponent("exam-\(run).json")
            try data.write(to: file)
            for args in [["isncsci", "classify", file.path], ["exam", "add", FaultBoard.mrn, "--file", file.path]] {
                let outcome = try board.run(args)
                Self.judge(outcome, what: "exam \(run): \(key)")
            }
        }
        #expect(try board.validate().status == 0)
    }

    /// Every key muscle 5, every dermatome 2, anal contraction and sensation present (the generator's levels).
    static func normalExam() -> [String: String] {
        var exam = ["analContraction": "Yes", "analSensation": "Yes"]
        for side in ["Right", "Left"] {
            for muscle in GeneratedText.motorLevels { exam[muscle + side + "Motor"] = "5" }
            for level in GeneratedText.sensoryLevels {
                exam[level + side + "Touch"] = "2"
                exam[level + side + "Prick"] = "2"
            }
        }
        return exam
    }

    /// A run ended normally and, if it failed, in one clear line without raw escapes.
    static func judge(_ outcome: BoundedRun, what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        switch outcome.ending {
        case .signalled, .timedOut:
            Issue.record("crash or hang (\(what)): \(outcome.report)", sourceLocation: sourceLocation)
        case .exited(0):
            break
        case .exited:
            #expect(outcome.isOneLineError, "\(what): \(outcome.report)", sourceLocation: sourceLocation)
        }
        #expect(!outcome.stderr.contains(0x1B) && !outcome.stdout.contains(0x1B), "raw ESC (\(what)): \(outcome.report)", sourceLocation: sourceLocation)
    }
}
