import ConsultBoard
import Foundation
import Testing

@Suite struct ResultCommandTests {
    @Test(arguments: BoardKind.available)
    func recordsAnImagingReportLinkedToItsOrder(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        let order = try board.add([
            "order", "add", CLIBoard.mrn, "--service", "ward", "--kind", "imaging", "--text", "MRI", "--modality", "MRI",
            "--region", "cervical spine",
        ])
        let findings = "Intramedullary T2 hyperintensity at C4-5.\nC3/4 disc herniation compressing the thecal sac."
        let id = try board.add(
            ["result", "add", CLIBoard.mrn, "--kind", "MRI", "--summary", "Cord injury C4-5", "--findings", "-",
             "--region", "cervical spine", "--levels", "C3/4, C4-5", "--status", "preliminary", "--order", order],
            author: "dr.wu", stdin: findings + "\n")
        #expect(id.hasPrefix("R-"))
        let r = try #require(try board.record().results.first { $0.id == id })
        #expect(r.kind == .mri)
        #expect(r.summary == "Cord injury C4-5")
        #expect(r.findings == findings)
        #expect(r.region == "cervical spine")
        #expect(r.levels == "C3/4, C4-5")
        #expect(r.status == .preliminary)
        #expect(r.orderID == order)
        #expect(r.reportedBy == "dr.wu")
    }

    @Test(arguments: BoardKind.available)
    func theDefaultStatusIsFinal(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        let id = try board.add(["result", "add", CLIBoard.mrn, "--kind", "emg", "--summary", "Polyneuropathy"])
        let r = try #require(try board.record().results.first { $0.id == id })
        #expect(r.status == .final && r.findings.isEmpty && r.orderID == nil)
    }

    @Test(arguments: BoardKind.available)
    func refusals(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        try board.add(["admit", "--mrn", "OTHER", "--name", "B", "--age", "40", "--sex", "M", "--bed", "2", "--diagnosis", "d"])
        let othersOrder = try board.add(["order", "add", "OTHER", "--service", "ward", "--kind", "lab", "--text", "CK"])
        let note = try board.add(["note", "add", CLIBoard.mrn, "--service", "ward", "--text", "x"])
        let add = ["result", "add", CLIBoard.mrn, "--summary", "s", "--kind"]
        try board.refuse(add + ["pet"], "unknown result kind 'pet'; valid: mri, ct, xr, emg, ncs, csf, other")
        try board.refuse(add + ["ct", "--status", "draft"], "unknown result status 'draft'")
        try board.refuse(add + ["ct", "--order", othersOrder], "order \(othersOrder) belongs to another patient, not \(CLIBoard.mrn)")
        try board.refuse(add + ["ct", "--order", "O-999"], "no order with id 'O-999'")
        try board.refuse(add + ["ct", "--order", note], "no order with id '\(note)'")
        try board.refuse(["result", "add", CLIBoard.mrn, "--kind", "ct", "--summary", " "], "the result summary is empty")
        try board.refuse(["result", "add", CLIBoard.mrn, "--kind", "ct", "--summary", "-", "--findings", "-"],
                         "only one of --summary and --findings can read standard input")
        try board.refuse(["result", "set", "R-999", "--status", "final"], "no result with id 'R-999'")
    }
}
