import ConsultBoard
import Foundation
import Testing

/// ADT messages through `hl7 import` and `hl7 listen`, signed by the feed's name (--feed-name).
@Suite struct HL7ADTCommandTests {
    static func adt(_ event: String, control: String, bed: String, extra: String = "") -> String {
        ["MSH|^~\\&|HIS|HOSP|CONSULT-BOARD|SPINE3|20261125083000+0800||ADT^\(event)|\(control)|P|2.5.1",
         "EVN|\(event)|202611250800+0800", "PID|1||SCI-0900^^^HOSP^MR||Smith^Anna||19800101|F",
         "PV1|1|I|SPINE3^^\(bed)^HOSP", "DG1|1|||T10 complete paraplegia\(extra)"].joined(separator: "\r")
    }

    @Test func importAdmitsMovesAndDischargesSignedByTheFeed() throws {
        let board = try CLIBoard(empty: true)
        let file = board.folder.path("adt.hl7")
        let messages = [Self.adt("A01", control: "X1", bed: "9"), Self.adt("A01", control: "X1", bed: "9"),
                        Self.adt("A02", control: "X2", bed: "10"), Self.adt("A03", control: "X3", bed: "10")]
        try Data(messages.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: file))
        let run = try board.run(["hl7", "import", file, "--feed-name", "adt-feed"])
        #expect(run.status == 0, "\(run)")
        let acks = run.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("MSA|") }
        #expect(acks.count == 4)
        #expect(acks.first?.hasPrefix("MSA|AA|X1|admitted Smith Anna") == true, "\(acks)")
        #expect(acks.dropFirst().first?.hasPrefix("MSA|AA|X1|already recorded") == true, "\(acks)")
        #expect(acks.last?.hasPrefix("MSA|AA|X3|discharged") == true, "\(acks)")
        let record = try board.record("SCI-0900")
        #expect(record.patient.movements?.map(\.kind) == [.admitted, .bedTransfer, .discharged])
        #expect(record.patient.movements?.allSatisfy { $0.by == "adt-feed" } == true)
        #expect(try board.run(["patients", "--discharged"]).stdout.contains("SCI-0900"))
        try board.refuse(["hl7", "import", file, "--feed-name", "  "], "--feed-name")
    }

    @Test func theListenerTakesADTMessages() throws {
        let board = try CLIBoard(empty: true)
        let listener = try Listener(board: board.path, folder: board.folder, arguments: ["--feed-name", "adt-feed"])
        defer { listener.stop() }
        let client = try MLLPClient(port: try listener.port())
        try client.send(MLLPFraming.frame(Self.adt("A01", control: "L1", bed: "4")))
        #expect(try client.acknowledgement().contains("MSA|AA|L1|admitted"))
        try client.send(MLLPFraming.frame(Self.adt("A01", control: "L1", bed: "4")))
        #expect(try client.acknowledgement().contains("MSA|AA|L1|already recorded"))
        try client.send(MLLPFraming.frame(Self.adt("A02", control: "L2", bed: "")))
        #expect(try client.acknowledgement().contains("MSA|AE|L2|PV1-3"))
        client.close()
        #expect(listener.stop().status == 0)
        #expect(try board.record("SCI-0900").patient.movements?.first?.by == "adt-feed")
    }
}
