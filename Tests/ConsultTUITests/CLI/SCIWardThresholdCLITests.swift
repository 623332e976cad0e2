import ConsultBoard
import Foundation
import Testing

/// `<board>/ward/sci-thresholds.json` through the real binary: the ward's MAP target raises the alert in
/// `alerts list`, `show` and the handoff, the alert can be acknowledged under it, and a wrong file is one line.
@Suite struct SCIWardThresholdCLITests {
    func writeWardFile(_ json: String, board: CLIBoard) throws {
        let folder = URL(fileURLWithPath: board.path).appendingPathComponent("ward")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(json.utf8).write(to: folder.appendingPathComponent("sci-thresholds.json"))
    }

    /// A C5 cord injury admitted now with a MAP of 85 mmHg (125/65): above the shipped 80, below a ward's 86.
    func boardWithMAP85() throws -> CLIBoard {
        let board = try CLIBoard()
        try board.add(["patient", "set", CLIBoard.mrn, "--diagnosis", "C5 AIS A traumatic spinal cord injury"])
        try board.add(["lab", "add", CLIBoard.mrn, "--test", "systolic-bp", "--value", "125"])
        try board.add(["lab", "add", CLIBoard.mrn, "--test", "diastolic-bp", "--value", "65"])
        return board
    }

    func mapAlerts(_ board: CLIBoard) throws -> (ruleSet: String, alerts: [[String: Any]]) {
        let outcome = try board.run(["alerts", "list", CLIBoard.mrn, "--json"])
        #expect(outcome.status == 0, "\(outcome)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let alerts = try #require(object["alerts"] as? [[String: Any]])
        return (object["ruleSet"] as? String ?? "", alerts.filter { $0["rule"] as? String == "map-target" })
    }

    @Test func theWardsMAPTargetRaisesTheAlertEverywhereAndItCanBeAcknowledged() throws {
        let board = try boardWithMAP85()
        #expect(try mapAlerts(board).alerts.isEmpty, "shipped target 80: MAP 85 is above it")
        try writeWardFile(#"{"mapLowerLimit": 86, "mapUpperLimit": 90}"#, board: board)
        let (ruleSet, alerts) = try mapAlerts(board)
        #expect(ruleSet.hasSuffix("+ ward sci-thresholds.json"))
        let alert = try #require(alerts.first)
        let text = try board.run(["alerts", "list", CLIBoard.mrn]).stdout
        #expect(text.contains("below the target of 86-90 mmHg"))
        #expect(text.contains("ward setting (ward/sci-thresholds.json): MAP target lower limit 86 mmHg (shipped 80)"))
        #expect(try board.run(["show", CLIBoard.mrn]).stdout.contains("below the target of 86-90 mmHg"))
        #expect(try board.run(["handoff", "--format", "text"]).stdout.contains("below the target of 86-90 mmHg"))
        let key = try #require(alert["key"] as? String)
        try board.add(["alerts", "ack", CLIBoard.mrn, key, "--reason", "noradrenaline started"])
        #expect(try board.record().acknowledgements.map(\.alertKey) == [key])
    }

    @Test func aWrongWardFileIsOneLineNamingTheFileAndThePath() throws {
        let board = try boardWithMAP85()
        try writeWardFile(#"{"mapLowerLimit": 96}"#, board: board)
        try board.refuse(["alerts", "list", CLIBoard.mrn], "sci-thresholds.json", "$.mapLowerLimit", "above the upper limit 95 mmHg")
        try board.refuse(["show", CLIBoard.mrn], "sci-thresholds.json", "$.mapLowerLimit")
        try writeWardFile(#"{"mapDays": -2}"#, board: board)
        try board.refuse(["alerts", "ack", CLIBoard.mrn, "map-target:L-1+L-2", "--reason", "x"], "sci-thresholds.json", "$.mapDays")
    }
}
