import ConsultBoard
import Foundation
import Testing

/// End-to-end tests of `consult-board isncsci classify` and `consult-board exam add|list`.
@Suite struct IsncsciCommandTests {
    /// A normal exam in the flat notation, with `changes` applied.
    static func exam(_ changes: [String: String] = [:]) -> [String: String] {
        var values: [String: String] = ["analContraction": "Yes", "analSensation": "Yes"]
        for side in ["Right", "Left"] {
            for muscle in ["c5", "c6", "c7", "c8", "t1", "l2", "l3", "l4", "l5", "s1"] { values[muscle + side + "Motor"] = "5" }
            for level in ISNCSCISegment.names[1...28] {
                values[level.lowercased() + side + "Touch"] = "2"
                values[level.lowercased() + side + "Prick"] = "2"
            }
        }
        return values.merging(changes) { $1 }
    }

    /// A complete C5 injury: C6 and below absent, except C6 key muscles at 2.
    static var c5Complete: [String: String] {
        var changes: [String: String] = ["analContraction": "No", "analSensation": "No"]
        for side in ["Right", "Left"] {
            for level in ISNCSCISegment.names[5...28] {
                changes[level.lowercased() + side + "Touch"] = "0"
                changes[level.lowercased() + side + "Prick"] = "0"
            }
            for muscle in ["c7", "c8", "t1", "l2", "l3", "l4", "l5", "s1"] { changes[muscle + side + "Motor"] = "0" }
            changes["c6" + side + "Motor"] = "2"
        }
        return exam(changes)
    }

    static func write(_ object: Any, in folder: TemporaryFolder, name: String) throws -> String {
        let path = folder.path(name)
        try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// A new board in `folder` with one patient admitted; returns the board path.
    static func boardWithPatient(_ mrn: String, in folder: TemporaryFolder) throws -> String {
        let board = folder.path("ward")
        #expect(try ConsultBoardProcess.run(["init", "--board", board, "--author", "dr.li"]).status == 0)
        let patient = Patient(
            mrn: mrn, name: "李明", age: 45, sex: .male, bed: "3-07", admittedAt: Date(timeIntervalSince1970: 0),
            diagnosis: "C5 fracture-dislocation")
        _ = try BoardStore(path: board).apply([.admitPatient(AdmitPatient(patient: patient))], author: "dr.li")
        return board
    }

    @Test func classifyPrintsJSONInInputOrderWithTheFileKeys() throws {
        let folder = try TemporaryFolder()
        var first: [String: Any] = Self.c5Complete
        first["id"] = 1
        first["totals"] = ["asiaImpairmentScale": "A"]
        let file = try Self.write([first, Self.exam()], in: folder, name: "exams.json")
        let run = try ConsultBoardProcess.run(["isncsci", "classify", file, "--json"])
        #expect(run.status == 0, "\(run)")
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: String]])
        #expect(objects.count == 2)
        #expect(Set(objects[0].keys) == Set(ISNCSCIClassification.keys))
        #expect(objects[0]["neurologicalLevelOfInjury"] == "C5")
        #expect(objects[0]["asiaImpairmentScale"] == "A")
        #expect(objects[0]["upperMotorTotal"] == "14")
        #expect(objects[1]["asiaImpairmentScale"] == "E")
        #expect(objects[1]["neurologicalLevelOfInjury"] == "INT")
    }

    @Test func classifyPrintsAReadableReportOfOneExam() throws {
        let folder = try TemporaryFolder()
        let file = try Self.write(Self.c5Complete, in: folder, name: "one.json")
        let run = try ConsultBoardProcess.run(["isncsci", "classify", file])
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("Neurological level of injury  C5"))
        #expect(run.stdout.contains("ASIA Impairment Scale         A  (complete)"))
        #expect(run.stdout.contains("Motor ZPP                     R C6   L C6"))
        #expect(run.stdout.contains("UEMS 14 (R 7, L 7)"))
    }

    @Test func aBadFileNamesTheExamAndTheKey() throws {
        let folder = try TemporaryFolder()
        let typo = Self.exam().merging(["l3LeftMotr": "5"]) { $1 }.filter { $0.key != "l3LeftMotor" }
        let file = try Self.write([Self.exam(), typo], in: folder, name: "bad.json")
        let run = try ConsultBoardProcess.run(["isncsci", "classify", file])
        #expect(run.status != 0)
        #expect(run.stderr.hasPrefix("consult-board: error: \(file): exam 2: unknown ISNCSCI exam key 'l3LeftMotr'; did you mean 'l3LeftMotor'?"), "\(run)")
        #expect(run.stderr.split(separator: "\n").count == 1)
        #expect(run.stdout.isEmpty)
        let missing = try ConsultBoardProcess.run(["isncsci", "classify", folder.path("nothing.json")])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("cannot read"))
    }

    @Test func examAddRecordsAnExamAndExamListShowsTheClassificationOldestFirst() throws {
        let folder = try TemporaryFolder()
        let board = try Self.boardWithPatient("SCI-0007", in: folder)

        let later = try Self.write(Self.c5Complete, in: folder, name: "later.json")
        let earlier = try Self.write(Self.exam(), in: folder, name: "earlier.json")
        let env = ["CONSULT_BOARD": board, "CONSULT_BOARD_AUTHOR": "dr.wang", "TZ": "UTC"]
        let first = try ConsultBoardProcess.run(["exam", "add", "SCI-0007", "--file", later, "--at", "2026-11-25T08:30:00Z"], environment: env)
        #expect(first.status == 0, "\(first)")
        #expect(first.output.range(of: #"^E-\d+$"#, options: .regularExpression) != nil, "\(first)")
        let second = try ConsultBoardProcess.run(["exam", "add", "SCI-0007", "--file", earlier, "--at", "2026-11-24T16:30+08:00"], environment: env)
        #expect(second.status == 0, "\(second)")
        // Recorded, and said: an exam dated before the latest is not the one the board and its rules read.
        #expect(second.stderr == "consult-board: warning: \(second.output) is dated 2026-11-24 08:30, before the latest ISNCSCI exam on the board (\(first.output) at 2026-11-25 08:30): the board and its rules go on reading that one as the latest. If this exam is new, check its date.\n", "\(second)")
        #expect(first.stderr.isEmpty, "\(first)")

        let list = try ConsultBoardProcess.run(["exam", "list", "SCI-0007"], environment: env)
        #expect(list.status == 0, "\(list)")
        let lines = list.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("\(second.output)  2026-11-24 08:30  dr.wang  NLI INT, AIS E, UEMS 50, LEMS 50") == true, "\(list)")
        #expect(lines.last?.hasPrefix("\(first.output)  2026-11-25 08:30  dr.wang  NLI C5, AIS A, UEMS 14, LEMS 0, LT 16, PP 16") == true, "\(list)")

        let json = try ConsultBoardProcess.run(["exam", "list", "SCI-0007", "--json"], environment: env)
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(objects.map { $0["id"] as? String } == [second.output, first.output])
        #expect((objects.last?["classification"] as? [String: String])?["asiaImpairmentScale"] == "A")
        #expect(objects.first?["examinedBy"] as? String == "dr.wang")
        #expect(objects.first?["at"] as? String == "2026-11-24T08:30:00Z")
    }

    @Test func examAddRefusesAnInvalidExamAndAnUnknownPatient() throws {
        let folder = try TemporaryFolder()
        let board = try Self.boardWithPatient("SCI-0008", in: folder)
        let env = ["CONSULT_BOARD": board, "CONSULT_BOARD_AUTHOR": "dr.li"]
        let bad = try Self.write(Self.exam(["s1RightMotor": "5*"]), in: folder, name: "bad.json")
        let refused = try ConsultBoardProcess.run(["exam", "add", "SCI-0008", "--file", bad], environment: env)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("s1RightMotor"), "\(refused)")
        #expect(refused.stderr.contains("0, 1, 2, 3, 4, 5, NT, 0*"), "\(refused)")
        let good = try Self.write(Self.exam(), in: folder, name: "good.json")
        let nobody = try ConsultBoardProcess.run(["exam", "add", "NOBODY", "--file", good], environment: env)
        #expect(nobody.status != 0)
        #expect(nobody.stderr.contains("NOBODY"))
        // A lowest non-key muscle where the worksheet has none (T5) is refused at the door, naming the levels;
        // `isncsci classify` (the calculator) still reads it.
        let nonKey = try Self.write(Self.exam(["rightLowestNonKeyMuscleWithMotorFunction": "T5"]), in: folder, name: "nonkey.json")
        let refusedNonKey = try ConsultBoardProcess.run(["exam", "add", "SCI-0008", "--file", nonKey], environment: env)
        #expect(refusedNonKey.status != 0)
        #expect(refusedNonKey.stderr.contains("rightLowestNonKeyMuscleWithMotorFunction"), "\(refusedNonKey)")
        #expect(refusedNonKey.stderr.contains("C5-T1 and L2-S1"), "\(refusedNonKey)")
        #expect(try ConsultBoardProcess.run(["isncsci", "classify", nonKey]).status == 0)
        let badTime = try ConsultBoardProcess.run(["exam", "add", "SCI-0008", "--file", good, "--at", "yesterday"], environment: env)
        #expect(badTime.status != 0)
        #expect(badTime.stderr.contains("exam time 'yesterday' is not a date and time"), "\(badTime)")
        let list = try ConsultBoardProcess.run(["exam", "list", "SCI-0008"], environment: env)
        #expect(list.output == "no ISNCSCI exams for SCI-0008")
    }
}
