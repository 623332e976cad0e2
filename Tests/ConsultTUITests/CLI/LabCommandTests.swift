import ConsultBoard
import Foundation
import Testing

@Suite struct LabCommandTests {
    @Test(arguments: BoardKind.available)
    func recordsTheValueUnitAndSampleTime(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        let id = try board.add([
            "lab", "add", CLIBoard.mrn, "--test", "Cr", "--value", "250", "--unit", "µmol/L", "--at", "2026-11-24T06:00:00Z",
        ])
        #expect(id.hasPrefix("L-"))
        let lab = try #require(try board.record().labs.first { $0.id == id })
        #expect(lab.test == "creatinine")
        #expect(lab.unit == "umol/L")
        #expect(lab.value == 250)
        #expect(lab.at == Date(timeIntervalSince1970: 1_795_500_000))
    }

    /// A value dated before the latest of its test is recorded, and said on stderr: a year typed wrong hid a new
    /// creatinine from every rule without a word.
    @Test(arguments: BoardKind.available)
    func aValueDatedBeforeTheLatestIsSaid(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        let latest = try board.add(["lab", "add", CLIBoard.mrn, "--test", "creatinine", "--value", "90", "--unit", "umol/L",
                                    "--at", "2026-11-24T06:00:00Z"])
        let typo = try board.run(["lab", "add", CLIBoard.mrn, "--test", "肌酐", "--value", "320", "--unit", "umol/L",
                                  "--at", "2025-11-24T07:00:00Z"])
        #expect(typo.status == 0, "\(typo)")
        #expect(typo.stderr == "consult-board: warning: \(typo.output) is dated 2025-11-24 07:00, before the latest creatinine on the board (\(latest), 90 umol/L at 2026-11-24 06:00): the board and its rules go on reading that one as the latest. If this value is new, check its date.\n", "\(typo)")
        #expect(try board.record().labs.contains { $0.id == typo.output && $0.value == 320 })
    }

    @Test(arguments: BoardKind.available)
    func acceptsOffsetsFractionsAndUnknownTests(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        let withOffset = try board.add(["lab", "add", CLIBoard.mrn, "--test", "temperature", "--value", "38.6", "--unit", "C",
                                        "--at", "2026-11-24T14:00:00+08:00"])
        let withFraction = try board.add(["lab", "add", CLIBoard.mrn, "--test", "wbc", "--value", "12.8", "--unit", "10^9/L",
                                          "--at", "2026-11-24T06:00:00.750Z"])
        let unknown = try board.add(["lab", "add", CLIBoard.mrn, "--test", "ferritin", "--value", "840", "--unit", "ug/L"])
        let labs = try board.record().labs
        #expect(labs.first { $0.id == withOffset }?.at == Date(timeIntervalSince1970: 1_795_500_000))
        #expect(labs.first { $0.id == withOffset }?.value == 38.6)
        #expect(labs.first { $0.id == withFraction }?.at == Date(timeIntervalSince1970: 1_795_500_000))
        let ferritin = try #require(labs.first { $0.id == unknown })
        #expect(ferritin.test == "ferritin" && ferritin.unit == "ug/L")
    }

    @Test(arguments: BoardKind.available)
    func theSampleTimeDefaultsToNow(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        let before = Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
        let id = try board.add(["lab", "add", CLIBoard.mrn, "--test", "crp", "--value", "96", "--unit", "mg/L"])
        let after = Date()
        let at = try #require(try board.record().labs.first { $0.id == id }?.at)
        #expect(at >= before && at <= after)
    }

    @Test func aNegativeValueIsTakenAsWritten() throws {
        // "--value -40" read as an unknown option "-40" and refused with "Missing value for '--value'".
        let board = try CLIBoard()
        let id = try board.add(["lab", "add", CLIBoard.mrn, "--test", "nif", "--value", "-40"])
        let lab = try #require(try board.record().labs.first { $0.id == id })
        #expect(lab.value == -40 && lab.unit == "cmH2O")
        try board.refuse(["lab", "add", CLIBoard.mrn, "--test", "creatinine", "--unit", "umol/L", "--value", "-5"],
                         "creatinine -5 is not plausible")
    }

    @Test(arguments: BoardKind.available)
    func refusals(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        let lab = ["lab", "add", CLIBoard.mrn, "--test", "creatinine", "--unit", "umol/L", "--value"]
        try board.refuse(lab + ["abc"], "value 'abc' is not a number")
        try board.refuse(lab + ["1,5"], "value '1,5' has a comma")
        try board.refuse(lab + ["nan"], "value 'nan' is not a number")
        try board.refuse(lab + ["inf"], "value 'inf' is not a number")
        try board.refuse(lab + ["0.01"], "creatinine 0.01 is not plausible")
        try board.refuse(["lab", "add", CLIBoard.mrn, "--test", "creatinine", "--value", "2", "--unit", "mmol/L"],
                         "unit 'mmol/L' is not used for creatinine; valid: umol/L, mg/dL")
        try board.refuse(["lab", "add", CLIBoard.mrn, "--test", "temperature", "--value", "60", "--unit", "C"],
                         "temperature 60 is not plausible")
        try board.refuse(["lab", "add", CLIBoard.mrn, "--test", " ", "--value", "1", "--unit", "x"], "the test name is empty")
        try board.refuse(["lab", "add", CLIBoard.mrn, "--test", "ferritin", "--value", "1", "--unit", ""], "the unit is empty")
        for bad in ["yesterday", "2026-11-24", "2026-02-30T06:00:00Z", "2026-11-24T24:00:00Z", "2026-11-24T06:00:00+25:00",
                    "2026-11-24T06:00:00Zjunk"] {
            try board.refuse(lab + ["100", "--at", bad], "sample time '\(bad)' is not a date and time", "ISO 8601")
        }
        try board.refuse(["lab", "add", "NOPE", "--test", "crp", "--value", "1", "--unit", "mg/L"], "no patient with MRN 'NOPE'")
    }
}

@Suite struct VitalsAndFlagsCLITests {
    @Test(arguments: BoardKind.available)
    func vitalsTakeTheirOnlyUnitAndUrineOutputItsPeriod(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        let sbp = try board.add(["lab", "add", CLIBoard.mrn, "--test", "systolic-bp", "--value", "182"])
        let urine = try board.add(["lab", "add", CLIBoard.mrn, "--test", "urine-output", "--value", "120", "--period-hours", "6"])
        let labs = try board.record().labs
        #expect(labs.first { $0.id == sbp }?.unit == "mmHg")
        #expect(labs.first { $0.id == urine }?.periodHours == 6)
        try board.refuse(["lab", "add", CLIBoard.mrn, "--test", "urine-output", "--value", "120"], "--period-hours")
        try board.refuse(["lab", "add", CLIBoard.mrn, "--test", "potassium", "--value", "5", "--period-hours", "6"],
                         "--period-hours belongs to urine output")
        try board.refuse(["lab", "add", CLIBoard.mrn, "--test", "creatinine", "--value", "88"], "--unit is needed for creatinine", "umol/L, mg/dL")
        try board.refuse(["lab", "add", CLIBoard.mrn, "--test", "spo2", "--value", "101"], "spo2 101 is not plausible")
    }

    @Test(arguments: BoardKind.available)
    func showFlagsEveryValueInTextAndJSON(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        let high = try board.add(["lab", "add", CLIBoard.mrn, "--test", "potassium", "--value", "5.4", "--unit", "mmol/L"])
        let critical = try board.add(["lab", "add", CLIBoard.mrn, "--test", "k", "--value", "6.5", "--unit", "mmol/L"])
        let normal = try board.add(["lab", "add", CLIBoard.mrn, "--test", "crp", "--value", "3", "--unit", "mg/L"])
        let none = try board.add(["lab", "add", CLIBoard.mrn, "--test", "fvc", "--value", "1500"])
        let json = try board.run(["show", CLIBoard.mrn, "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let labs = try #require(object["labs"] as? [[String: Any]])
        let flags = Dictionary(uniqueKeysWithValues: labs.map { ($0["id"] as? String ?? "", $0["flag"] as? String) })
        #expect(flags[high] == "high")
        #expect(flags[critical] == "critical-high")
        #expect(flags[normal] == "normal")
        #expect(flags[none] == .some(nil))
        // The stored record is still all there, and reads back as one.
        #expect(object["patient"] != nil && object["revision"] != nil)
        #expect(try board.record().labs.count == 4)
        let text = try board.run(["show", CLIBoard.mrn], author: "dr.test")
        #expect(text.stdout.contains("5.4 H"))
        #expect(text.stdout.contains("6.5 HH"))
        #expect(text.stdout.contains("reference 3.5-5.3 mmol/L (critical <=2.8, >=6.2)"))
    }

    @Test func aBrokenWardRangeFileIsOneLine() throws {
        let board = try CLIBoard()
        let folder = URL(fileURLWithPath: board.path).appendingPathComponent("ward")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(#"{"version": "w", "ranges": [{"test": "potassium", "unit": "mmol/L", "source": "s"}]}"#.utf8)
            .write(to: folder.appendingPathComponent("reference-ranges.json"))
        try board.refuse(["show", CLIBoard.mrn], "reference-ranges.json", "no limit is given")
    }
}
