import ConsultBoard
import Foundation
import Testing

/// `discharge`, `readmit`, `transfer`, `patients --discharged` and `discharge-summary` through the real binary.
@Suite struct DischargeCommandTests {
    @Test func dischargeListsWhatIsOpenThenCarriesItOverAndThePatientLeavesTheList() throws {
        let board = try CLIBoard()
        let consult = try board.add(["consult", "request", CLIBoard.mrn, "--service", "neurology", "--question", "Catheter plan?"])
        try board.refuse(["discharge", CLIBoard.mrn, "--to", "rehab"], "1 open item", consult, "Catheter plan?", "--carry-over")
        try board.refuse(["discharge", CLIBoard.mrn, "--to", "hospice"], "discharge destination", "home, rehab, other-ward, deceased, other")
        let mrn = try board.add(["discharge", CLIBoard.mrn, "--to", "rehab", "--summary", "-", "--carry-over"], stdin: "Transferred to rehab.\nCatheter plan with urology.\n")
        #expect(mrn == CLIBoard.mrn)
        let list = try board.run(["patients"])
        #expect(list.status == 0 && !list.stdout.contains(CLIBoard.mrn))
        let departed = try board.run(["patients", "--discharged"])
        #expect(departed.status == 0 && departed.stdout.contains(CLIBoard.mrn) && departed.stdout.contains("rehab"), "\(departed)")
        let handoff = try board.run(["handoff", CLIBoard.mrn])
        #expect(handoff.status != 0 && handoff.stderr.contains("left the ward"), "\(handoff)")
        let summary = try board.run(["discharge-summary", CLIBoard.mrn])
        #expect(summary.status == 0, "\(summary)")
        #expect(summary.stdout.contains("Catheter plan with urology."))
        #expect(summary.stdout.contains("\(consult) neurology consult (requested): Catheter plan?"))
        let markdown = try board.run(["discharge-summary", CLIBoard.mrn, "--format", "markdown"])
        #expect(markdown.status == 0 && markdown.stdout.hasPrefix("# Discharge summary"), "\(markdown)")
        // Still on the board: show finds it; readmit brings it back into its bed.
        #expect(try board.record().patient.departure?.destination == .rehab)
        try board.add(["readmit", CLIBoard.mrn])
        #expect(try board.run(["patients"]).stdout.contains(CLIBoard.mrn))
        try board.refuse(["readmit", CLIBoard.mrn], "already on the ward")
        try board.refuse(["discharge-summary", CLIBoard.mrn], "is on the ward")
    }

    /// The discharge summary in Chinese: its headings, how the patient left, the destination, the moves and the
    /// items carried over were English in every language (the carried items as the departure recorded them). The
    /// carried items now read as the record stood when the patient left, so a status changed afterwards does not
    /// change what the summary says was open then.
    @Test(arguments: ["text", "markdown", "html"])
    func theDischargeSummaryInChinese(format: String) throws {
        let board = try CLIBoard()
        let consult = try board.add(["consult", "request", CLIBoard.mrn, "--service", "neurology", "--question", "Catheter plan?"])
        try board.add(["discharge", CLIBoard.mrn, "--to", "rehab", "--summary", "转康复医院", "--carry-over"])
        try board.add(["consult", "set", consult, "--status", "accepted"])
        let summary = try board.run(["discharge-summary", CLIBoard.mrn, "--format", format, "--lang", "zh-Hans"])
        #expect(summary.status == 0, "\(summary)")
        for chinese in ["出院小结", "离院时未完成事项", "\(consult) 神经内科会诊（已申请）：Catheter plan?", "去向：康复", "出入院及转床记录", "转康复医院"] {
            #expect(summary.stdout.contains(chinese), "\(chinese) in \(summary.stdout)")
        }
        for english in ["Discharge summary", "DISCHARGE SUMMARY", "Carried over", "CARRIED OVER", "Movements", "MOVEMENTS", "discharged", "by dr.", "length of stay", "(requested)"] {
            #expect(!summary.stdout.contains(english), "\(english) in \(summary.stdout)")
        }
        // English as before, with the status the departure recorded.
        let english = try board.run(["discharge-summary", CLIBoard.mrn, "--format", format, "--lang", "en"])
        #expect(english.stdout.contains("\(consult) neurology consult (requested): Catheter plan?"), "\(english.stdout)")
    }

    @Test func transferMovesBedsOrBoards() throws {
        let board = try CLIBoard()
        try board.add(["admit", "--mrn", "SCI-T2", "--name", "Second", "--age", "40", "--sex", "M", "--bed", "3-02", "--diagnosis", "T4"])
        try board.refuse(["transfer", CLIBoard.mrn, "--bed", "3-02"], "taken by SCI-T2")
        try board.add(["transfer", CLIBoard.mrn, "--bed", "3-05"])
        #expect(try board.record().patient.bed == "3-05")
        try board.add(["note", "add", CLIBoard.mrn, "--service", "ward", "--text", "Before the move"])
        let other = try CLIBoard(empty: true)
        let moved = try board.run(["transfer", CLIBoard.mrn, "--to-board", other.path, "--bed", "R-1"])
        #expect(moved.status == 0 && moved.output == CLIBoard.mrn, "\(moved)")
        #expect(try board.record().patient.departure?.otherBoard == "Test ward")
        let arrived = try other.record()
        #expect(arrived.patient.bed == "R-1" && arrived.patient.isOnWard)
        #expect(arrived.notes.map(\.text) == ["Before the move"] && arrived.notes.first?.author == "dr.test")
        #expect(try other.run(["validate"]).status == 0)
        // Arriving twice is refused before anything changes here.
        try board.add(["readmit", CLIBoard.mrn, "--bed", "3-09"])
        try board.refuse(["transfer", CLIBoard.mrn, "--to-board", other.path], "already on the board")
    }
}
