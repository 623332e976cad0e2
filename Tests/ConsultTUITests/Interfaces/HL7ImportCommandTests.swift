import ConsultBoard
import Foundation
import Testing

/// `hl7 import`: results from a file of HL7 v2 messages, an ACK per message, a repeat recorded once.
@Suite struct HL7ImportCommandTests {
    static func oru(control: String, mrn: String = "SCI-0001", obx: String) -> String {
        ["MSH|^~\\&|LIS|HOSP|CONSULT-BOARD|SPINE3|20261125083000+0800||ORU^R01|\(control)|P|2.5.1",
         "PID|1||\(mrn)^^^HOSP^MR", "OBR|1||LAB\(control)|CHEM|||20261125060000+0800", obx].joined(separator: "\r")
    }

    @Test func resultsAreRecordedOnceAndEveryMessageIsAnswered() throws {
        let folder = try TemporaryFolder()
        let board = folder.path("ward")
        #expect(try ConsultBoardProcess.run(["init", "--demo", "--board", board]).status == 0)
        let before = try ConsultBoardProcess.run(["show", "SCI-0001", "--board", board, "--json"])
        let labsBefore = try Self.labs(before.stdout)
        let messages = [
            "this is not HL7",
            Self.oru(control: "A1", obx: "OBX|1|NM|2823-3^Potassium^LN||5.4|mmol/L|3.5-5.3|H|||F"),
            Self.oru(control: "A1", obx: "OBX|1|NM|2823-3^Potassium^LN||5.4|mmol/L|3.5-5.3|H|||F"),  // resent
            Self.oru(control: "A2", obx: "OBX|1|NM|LOCAL-CR^Creatinine^99LAB||250|umol/L|||||F"),   // not mapped
            Self.oru(control: "A3", mrn: "NOBODY-1", obx: "OBX|1|NM|2823-3^Potassium^LN||4.0|mmol/L|||||F"),
        ].joined(separator: "\n")
        let file = folder.path("feed.hl7")
        try Data(messages.utf8).write(to: URL(fileURLWithPath: file))
        let run = try ConsultBoardProcess.run(["hl7", "import", file, "--board", board, "--author", "lab-feed"])
        #expect(run.status == 1, "some messages were refused: \(run)")
        var acks = run.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("MSA|") }
        #expect(acks.count == 5, "\(run.stdout)")
        #expect(acks.first?.hasPrefix("MSA|AR||not an HL7 v2 message") == true, "text before the first MSH is rejected")
        acks.removeFirst()
        #expect(acks.first?.hasPrefix("MSA|AA|A1|recorded 1 result") == true)
        #expect(acks.dropFirst().first?.hasPrefix("MSA|AA|A1|already recorded") == true)
        #expect(acks.dropFirst(2).first?.hasPrefix("MSA|AE|A2|OBX(1)-3") == true)
        #expect(acks.dropFirst(3).first?.hasPrefix("MSA|AE|A3|") == true)
        #expect(run.stderr.contains("NOBODY-1"))

        let after = try Self.labs(try ConsultBoardProcess.run(["show", "SCI-0001", "--board", board, "--json"]).stdout)
        #expect(after.count == labsBefore.count + 1, "the potassium once, nothing else")
        #expect(after.last?["source"] as? String == "hl7:LIS|HOSP|A1#1")
        #expect(after.last?["test"] as? String == "potassium")
        // Signed by the feed, as the audit shows.
        let audit = try ConsultBoardProcess.run(["audit", "SCI-0001", "--board", board])
        #expect(audit.stdout.contains("lab-feed"))
    }

    static func labs(_ json: String) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return object?["labs"] as? [[String: Any]] ?? []
    }
}
