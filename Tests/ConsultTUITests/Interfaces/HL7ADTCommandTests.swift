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

    /// An A01 from a Chinese hospital system in GB 18030, declared in MSH-18: 王^芳 is CDF5^B7BC.
    static let gb18030A01: [UInt8] = Array(
        "MSH|^~\\&|HIS|HOSP|CONSULT-BOARD|SPINE3|20261125083000+0800||ADT^A01|G1|P|2.5.1||||||GB 18030-2000\rEVN|A01|202611250800+0800\rPID|1||SCI-0901^^^HOSP^MR||".utf8)
        + [0xCD, 0xF5, 0x5E, 0xB7, 0xBC] + Array("||19700101|F\rPV1|1|I|SPINE3^^7^HOSP\rDG1|1|||C5 AIS B ".utf8)
        + [0xBE, 0xB1, 0xCB, 0xE8, 0xCB, 0xF0, 0xC9, 0xCB]  // 颈髓损伤

    /// GB 18030 messages were refused as "not UTF-8" (the file) or AR (the listener): a Chinese hospital's feed
    /// recorded nothing. Read now in the set MSH-18 declares, beside UTF-8 messages in the same file.
    @Test func gb18030MessagesAreReadInTheFileAndOnTheListener() throws {
        let board = try CLIBoard(empty: true)
        let file = board.folder.path("gb.hl7")
        try Data(Self.gb18030A01 + Array("\n".utf8) + Array(Self.adt("A01", control: "U1", bed: "9").utf8)).write(to: URL(fileURLWithPath: file))
        let run = try board.run(["hl7", "import", file, "--feed-name", "adt-feed"])
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("MSA|AA|G1|admitted 王芳"), "\(run.stdout)")
        #expect(try board.record("SCI-0901").patient.name == "王芳")
        #expect(try board.record("SCI-0901").patient.diagnosis == "C5 AIS B 颈髓损伤")
        #expect(try board.record("SCI-0900").patient.name == "Smith Anna")

        let listener = try Listener(board: board.path, folder: board.folder, arguments: ["--feed-name", "adt-feed"])
        defer { listener.stop() }
        let client = try MLLPClient(port: try listener.port())
        try client.send(MLLPFraming.frame(bytes: Self.gb18030A01))
        // Answered in GB 18030, which its MSH-18 declares: the name's GB bytes, not UTF-8's.
        let answer = try client.acknowledgementBytes()
        let text = try #require(HL7CharacterSet.gb18030.decode(answer))
        #expect(text.contains("MSA|AA|G1|already recorded"), "\(text)")
        #expect(text.hasPrefix("MSH|") && text.contains("|2.5.1||||||GB 18030-2000\r"))
        client.close()
        #expect(listener.stop().status == 0)
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
