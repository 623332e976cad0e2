import ConsultBoard
import Foundation
import Testing

/// `consult-board ward show|set|clear` through the real binary, on a folder board and on a database board alike:
/// a setting set is in force for the next command (the MAP alert uses the ward's target), `show` says where each
/// setting comes from and who set it, a bad file is one line and nothing is written, and clear brings back the
/// shipped numbers.
@Suite struct WardCommandTests {
    func settings(_ board: CLIBoard, _ args: [String] = []) throws -> [[String: Any]] {
        let outcome = try board.run(["ward", "show"] + args + ["--json"])
        #expect(outcome.status == 0, "\(outcome)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        return try #require(object["settings"] as? [[String: Any]])
    }

    @Test(arguments: BoardKind.available)
    func aWardSettingIsSetShownUsedAndCleared(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        try board.add(["patient", "set", CLIBoard.mrn, "--diagnosis", "C5 AIS A traumatic spinal cord injury"])
        try board.add(["lab", "add", CLIBoard.mrn, "--test", "systolic-bp", "--value", "125"])
        try board.add(["lab", "add", CLIBoard.mrn, "--test", "diastolic-bp", "--value", "65"])
        #expect(try settings(board).map { $0["from"] as? String } == ["shipped", "shipped", "shipped"])
        #expect(!(try board.run(["alerts", "list", CLIBoard.mrn]).stdout.contains("below the target")))

        let json = #"{"mapLowerLimit": 86, "mapUpperLimit": 90}"#
        let set = try board.run(["ward", "set", "sci-thresholds", "-"], stdin: json)
        #expect(set.status == 0 && set.stderr.isEmpty, "\(set)")
        #expect(set.stdout == "sci-thresholds.json: the ward's setting is stored and recorded in the journal\n")
        #expect(try board.run(["alerts", "list", CLIBoard.mrn]).stdout.contains("below the target of 86-90 mmHg"))

        let shown = try settings(board, ["sci-thresholds"])
        #expect(shown.count == 1)
        #expect(shown.first?["from"] as? String == "ward")
        #expect(shown.first?["setBy"] as? String == "dr.test")
        #expect(shown.first?["content"] as? String == json)
        #expect(shown.first?["sha256"] as? String == WardSettingFile(name: .sciThresholds, data: Data(json.utf8), source: "").sha256)
        let text = try board.run(["ward", "show"]).stdout
        #expect(text.contains("sci-thresholds.json: the ward's, set by dr.test at "), "\(text)")
        #expect(text.contains("consult-clock.json: shipped"), "\(text)")
        #expect(try board.run(["audit"]).stdout.contains("ward settings: set sci-thresholds.json"))

        let cleared = try board.run(["ward", "clear", "sci-thresholds"])
        #expect(cleared.status == 0, "\(cleared)")
        #expect(try settings(board).map { $0["from"] as? String } == ["shipped", "shipped", "shipped"])
        #expect(!(try board.run(["alerts", "list", CLIBoard.mrn]).stdout.contains("below the target")))
    }

    @Test(arguments: BoardKind.available)
    func aBadSettingIsOneLineAndNothingIsWritten(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        try board.refuse(["ward", "set", "sci-thresholds", "-"], "$.mapLowerLimt", stdin: #"{"mapLowerLimt": 85}"#)
        try board.refuse(["ward", "set", "sci-thresholds", "-"], "$.mapLowerLimit", "above the upper limit", stdin: #"{"mapLowerLimit": 96}"#)
        try board.refuse(["ward", "set", "consult-clock", "-"], "(standard input)", stdin: "not json")
        try board.refuse(["ward", "set", "sci-threshold", "-"], "sci-threshold", "reference-ranges, consult-clock, sci-thresholds", stdin: "{}")
        try board.refuse(["ward", "set", "reference-ranges", "/no/such/file.json"], "/no/such/file.json")
        #expect(try settings(board).map { $0["from"] as? String } == ["shipped", "shipped", "shipped"])
        if kind == .folder { #expect(!FileManager.default.fileExists(atPath: board.path + "/ward")) }
    }
}
