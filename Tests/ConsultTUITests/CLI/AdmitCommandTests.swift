import ConsultBoard
import Foundation
import Testing

@Suite struct AdmitCommandTests {
    @Test(arguments: BoardKind.available)
    func admitPrintsTheMRNAndRecordsEveryField(kind: BoardKind) throws {
        let board = try CLIBoard(empty: true, kind: kind)
        let mrn = try board.add([
            "admit", "--mrn", "SCI-0100", "--name", "王建国", "--age", "45", "--sex", "m", "--bed", "3-02",
            "--diagnosis", "T12 burst fracture", "--weight", "76.5", "--severity", "Watcher",
            "--allergies", "Penicillin (rash)", "--summary", "45M fell from scaffolding",
            "--problem", "T12 burst fracture", "--problem", "Neurogenic bladder",
            "--admitted", "2026-11-20T22:15:00+08:00",
        ])
        #expect(mrn == "SCI-0100")
        let p = try board.record("SCI-0100").patient
        #expect(p.name == "王建国")
        #expect(p.age == 45)
        #expect(p.sex == .male)
        #expect(p.bed == "3-02")
        #expect(p.weightKg == 76.5)
        #expect(p.severity == .watcher)
        #expect(p.allergies == "Penicillin (rash)")
        #expect(p.summary == "45M fell from scaffolding")
        #expect(p.problems == ["T12 burst fracture", "Neurogenic bladder"])
        #expect(p.admittedAt == Date(timeIntervalSince1970: 1_795_184_100))  // 2026-11-20T14:15:00Z
    }

    @Test(arguments: BoardKind.available)
    func defaultsAreStableWithNothingRecorded(kind: BoardKind) throws {
        let board = try CLIBoard(empty: true, kind: kind)
        try board.add(["admit", "--mrn", "A1", "--name", "X", "--age", "30", "--sex", "F", "--bed", "1", "--diagnosis", "d"])
        let p = try board.record("A1").patient
        #expect(p.severity == .stable)
        #expect(p.weightKg == nil)
        #expect(p.allergies.isEmpty && p.summary.isEmpty && p.problems.isEmpty)
    }

    @Test(arguments: BoardKind.available)
    func badInputIsRefusedWithAClearMessageAndNothingWritten(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        func admit(_ changes: [String: String]) -> [String] {
            var fields = [
                "--mrn": "SCI-0200", "--name": "Li", "--age": "50", "--sex": "F", "--bed": "3-03", "--diagnosis": "SCI",
            ]
            fields.merge(changes) { $1 }
            return ["admit"] + fields.sorted { $0.key < $1.key }.flatMap { [$0.key, $0.value] }
        }
        try board.refuse(admit(["--mrn": CLIBoard.mrn]), "MRN 'SCI-T1' is already on this board", "Test Patient")
        try board.refuse(admit(["--mrn": "bad mrn!"]), "MRN 'bad mrn!' is not valid")
        try board.refuse(admit(["--age": "sixty"]), "age 'sixty' is not a number")
        try board.refuse(admit(["--age": "200"]), "age 200 is not plausible", "0 to 130")
        try board.refuse(admit(["--sex": "X"]), "unknown sex 'X'; valid: F, M")
        try board.refuse(admit(["--weight": "heavy"]), "weight 'heavy' is not a number")
        try board.refuse(admit(["--weight": "0"]), "weight 0 is not plausible")
        try board.refuse(admit(["--name": "  "]), "the patient name is empty")
        try board.refuse(admit(["--bed": ""]), "the bed is empty")
        try board.refuse(admit(["--severity": "critical"]), "unknown severity 'critical'; valid: stable, watcher, unstable")
        try board.refuse(admit(["--admitted": "last night"]), "admission time 'last night' is not a date and time")
        // An admission dated ahead (a typo of the year) is refused like any clinical time in the future.
        let nextYear = Calendar(identifier: .gregorian).component(.year, from: Date()) + 1
        try board.refuse(admit(["--admitted": "\(nextYear)-01-02T08:00:00Z"]), "admission time", "is in the future")
        try board.refuse(["admit", "--mrn", "X1", "--name", "Li"], "Missing expected argument", "consult-board admit --help")
    }
}
