import ConsultBoard
import Foundation
import Testing

/// `code set`, `line add|remove`, `contact add` and `handoff ack` through the real binary: what they record,
/// what `show` prints, and one clear line for every refusal.
@Suite struct HandoverCommandTests {
    @Test func recordsCodeStatusDevicesContactsAndShowsThem() throws {
        let board = try CLIBoard()
        #expect(try board.add(["code", "set", CLIBoard.mrn, "--status", "DNR", "--note", "discussed with son"]) == CLIBoard.mrn)
        let line = try board.add(["line", "add", CLIBoard.mrn, "--kind", "picc", "--site", "right basilic", "--inserted", "2026-11-20T08:00:00Z"])
        #expect(line.hasPrefix("LN-"))
        let contact = try board.add(["contact", "add", CLIBoard.mrn, "--role", "family", "--name", "王强", "--relation", "son", "--phone", "139"])
        #expect(contact.hasPrefix("CT-"))
        let record = try board.record()
        #expect(record.currentCodeStatus?.status == .dnr)
        #expect(record.devicesIn.map(\.id) == [line])
        #expect(record.contactList.first?.name == "王强")
        let shown = try board.run(["show", CLIBoard.mrn])
        #expect(shown.stdout.contains("Code status: DNR (dr.test"))
        #expect(shown.stdout.contains("\(line)  PICC, right basilic: inserted 2026-11-20 08:00, day "))
        #expect(shown.stdout.contains("\(contact)  contact: 王强 (son, family) 139"))

        try board.add(["line", "remove", line, "--reason", "no longer needed"])
        #expect(try board.record().devicesIn.isEmpty)
    }

    @Test func refusals() throws {
        let board = try CLIBoard()
        try board.refuse(["code", "set", CLIBoard.mrn, "--status", "maybe"], "code status", "full-code, dnr, dnr-dni, comfort-care")
        try board.refuse(["code", "set", "SCI-NONE", "--status", "dnr"], "SCI-NONE")
        try board.refuse(["line", "add", CLIBoard.mrn, "--kind", "hose", "--site", "x"], "line kind")
        try board.refuse(["line", "add", CLIBoard.mrn, "--kind", "drain", "--site", " "], "site")
        try board.refuse(["line", "add", CLIBoard.mrn, "--kind", "drain", "--site", "wound", "--inserted", "2099-01-01T00:00:00Z"], "insertion time")
        try board.refuse(["line", "remove", "LN-77"], "LN-77")
        try board.refuse(["contact", "add", CLIBoard.mrn, "--role", "family", "--name", ""], "contact name")
        try board.refuse(["handoff", "ack", "SCI-NONE"], "SCI-NONE")
        try board.refuse(["handoff", "ack", "--from", "dr.test"], "cannot take over from themself")
    }

    @Test func theReceiverAcknowledgesAndTheNextHandoffStartsThere() throws {
        let board = try CLIBoard()
        let acked = try board.run(["handoff", "ack", "--from", "dr.wang"], author: "dr.li")
        #expect(acked.status == 0, "\(acked)")
        #expect(acked.stdout == "handoff acknowledged for 1 patient: \(CLIBoard.mrn)\n")
        #expect(try board.record().lastHandover?.summary == "交班 dr.wang → 接班 dr.li")
        let handoff = try board.run(["handoff", CLIBoard.mrn, "--width", "120"])
        #expect(handoff.status == 0)
        #expect(handoff.stdout.contains("since the handover of"))
        #expect(handoff.stdout.contains("(交班 dr.wang → 接班 dr.li)"))
        // The plain handoff command still takes its MRN arguments.
        #expect(handoff.stdout.contains("Code status: NOT RECORDED"))
    }
}
