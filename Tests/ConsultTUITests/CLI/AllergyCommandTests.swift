import ConsultBoard
import Foundation
import Testing

/// `allergy add|set|none`: structured allergies, NKDA distinct from nothing recorded, old free text kept, and
/// orders checked against them at entry.
@Suite struct AllergyCommandTests {
    @Test(arguments: BoardKind.available)
    func structuredAllergiesAreRecordedShownAndChecked(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        #expect(try board.record().allergySummary == "not recorded")
        let allergy = try board.add(["allergy", "add", CLIBoard.mrn, "--substance", "青霉素", "--reaction", "过敏性休克", "--severity", "severe"])
        #expect(allergy.hasPrefix("AG-"))
        #expect(try board.record().allergySummary == "青霉素 (过敏性休克, severe)")
        let shown = try board.run(["show", CLIBoard.mrn])
        #expect(shown.stdout.contains("Allergies: 青霉素 (过敏性休克, severe)"))
        let order = try board.run([
            "order", "add", CLIBoard.mrn, "--service", "ward", "--kind", "medication", "--text", "UTI",
            "--drug", "阿莫西林克拉维酸钾", "--dose", "1.2g", "--route", "静滴", "--frequency", "q8h",
        ])
        #expect(order.status == 0, "\(order)")
        #expect(order.stderr.contains("urgent alert allergy-conflict:\(order.output)"))
        let handoff = try board.run(["handoff", CLIBoard.mrn])
        #expect(handoff.stdout.contains("青霉素 (过敏性休克, severe)"))

        try board.refuse(["allergy", "none", CLIBoard.mrn], "has active allergies", allergy)
        try board.add(["allergy", "set", allergy, "--status", "entered-in-error", "--reason", "wrong patient"])
        #expect(try board.record().allergies.first?.status == .enteredInError)
        try board.refuse(["allergy", "set", allergy, "--status", "inactive", "--reason", "x"], "entered in error")
        try board.add(["allergy", "none", CLIBoard.mrn])
        #expect(try board.record().allergySummary.hasPrefix("no known drug allergies (NKDA, dr.test"))
        try board.refuse(["allergy", "add", CLIBoard.mrn, "--substance", "x", "--severity", "fatal"], "mild, moderate, severe")
        try board.refuse(["allergy", "set", allergy, "--status", "inactive"], "--reason")
    }

    @Test(arguments: BoardKind.available)
    func freeTextAllergiesAreKeptShownAndChecked(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        try board.add(["patient", "set", CLIBoard.mrn, "--allergies", "Sulfonamides (rash)"])
        try board.add(["allergy", "add", CLIBoard.mrn, "--substance", "codeine", "--reaction", "hives"])
        #expect(try board.record().allergySummary == "codeine (hives); also recorded as text: Sulfonamides (rash)")
        let order = try board.run([
            "order", "add", CLIBoard.mrn, "--service", "ward", "--kind", "medication", "--text", "PJP prophylaxis",
            "--drug", "复方新诺明", "--dose", "0.96g", "--route", "PO", "--frequency", "qd",
        ])
        #expect(order.stderr.contains("allergy-conflict"), "\(order)")
    }
}
