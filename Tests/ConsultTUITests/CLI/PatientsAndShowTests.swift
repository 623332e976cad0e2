import ConsultBoard
import Foundation
import Testing

@Suite struct PatientsAndShowTests {
    private func admit(_ board: CLIBoard, _ mrn: String, _ name: String, bed: String, severity: String = "stable") throws {
        try board.add(["admit", "--mrn", mrn, "--name", name, "--age", "70", "--sex", "F", "--bed", bed,
                       "--diagnosis", "Central cord syndrome", "--severity", severity])
    }

    @Test(arguments: BoardKind.available)
    func thePatientTableAlignsChineseNamesByDisplayWidth(kind: BoardKind) throws {
        let board = try CLIBoard(empty: true, kind: kind)
        try admit(board, "P-10", "李秀兰", bed: "3-10", severity: "watcher")
        try admit(board, "P-2", "Daniel Okafor", bed: "3-2")
        try admit(board, "P-3", "王建国", bed: "3-03", severity: "unstable")
        let outcome = try board.run(["patients"])
        #expect(outcome.status == 0)
        let lines = outcome.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Test ward: 3 patients")
        // By bed in natural order: 3-2, 3-03, 3-10.
        #expect(lines.dropFirst(2).map { $0.split(separator: " ").dropFirst().first.map(String.init) } == ["P-2", "P-3", "P-10"])
        // The age column starts at the same display column on every row.
        let table = Array(lines.dropFirst())
        let ageColumns = table.map { line -> Int in
            let prefix = line.components(separatedBy: line.contains("AGE/SEX") ? "AGE/SEX" : "70 F").first ?? ""
            return DisplayWidth.of(prefix)
        }
        #expect(Set(ageColumns).count == 1, "\(table)")
        #expect(table[2].contains("unstable"))
    }

    @Test(arguments: BoardKind.available)
    func patientsJSONIsAnArrayOfHeaders(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        try admit(board, "P-2", "王建国", bed: "3-02")
        let outcome = try board.run(["patients", "--json"])
        #expect(outcome.status == 0)
        let patients = try BoardJSON.decoder().decode([Patient].self, from: Data(outcome.stdout.utf8))
        #expect(patients.map(\.mrn) == [CLIBoard.mrn, "P-2"])
        #expect(patients.last?.name == "王建国")
    }

    @Test(arguments: BoardKind.available)
    func anEmptyBoardListsNoPatients(kind: BoardKind) throws {
        let board = try CLIBoard(empty: true, kind: kind)
        let outcome = try board.run(["patients", "--json"])
        #expect(outcome.status == 0)
        #expect(try BoardJSON.decoder().decode([Patient].self, from: Data(outcome.stdout.utf8)).isEmpty)
    }

    @Test(arguments: BoardKind.available)
    func showJSONHoldsTheCompleteRecord(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        let mrn = CLIBoard.mrn
        let note = try board.add(["note", "add", mrn, "--service", "ward", "--text", "Admitted."])
        try board.add(["note", "addendum", note, "--text", "Family informed."])
        let consult = try board.add(["consult", "request", mrn, "--service", "neurology", "--question", "GBS?"])
        try board.add(["consult", "set", consult, "--status", "accepted"])
        try board.add(["consult", "recommend", consult, "--text", "IVIG"])
        let order = try board.add(["order", "add", mrn, "--service", "ward", "--kind", "lab", "--text", "CK"])
        try board.add(["order", "set", order, "--status", "completed"])
        try board.add(["lab", "add", mrn, "--test", "creatinine", "--value", "190", "--unit", "umol/L"])
        try board.add(["result", "add", mrn, "--kind", "csf", "--summary", "Normal", "--order", order])
        try board.add(["complication", "add", mrn, "--kind", "renal", "--summary", "AKI"])
        try board.add(["action", "add", mrn, "--text", "Repeat creatinine"])
        try board.add(["contingency", "add", mrn, "--if", "Oliguria", "--then", "Call nephrology"])
        let r = try board.record()
        #expect(r.notes.count == 1 && r.notes[0].addenda.count == 1)
        #expect(r.consults.count == 1 && r.consults[0].history.count == 2 && r.consults[0].recommendations.count == 1)
        #expect(r.orders.count == 1 && r.orders[0].history.map(\.to) == [.active, .completed])
        #expect(r.labs.count == 1 && r.results.count == 1 && r.complications.count == 1)
        #expect(r.actions.count == 1 && r.contingencies.count == 1)
    }

    @Test(arguments: BoardKind.available)
    func showTextListsEveryPartWithIdsAndSanitisesStoredText(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        let mrn = CLIBoard.mrn
        let hostile = "Red \u{1B}[31malert\u{1B}[0m and a bell\u{07}; bidi \u{202E}desrever\u{202C} done"
        let note = try board.add(["note", "add", mrn, "--service", "ward", "--text", hostile])
        let consult = try board.add(["consult", "request", mrn, "--service", "neurology", "--question", "Weakness?"])
        try board.add(["consult", "set", consult, "--status", "cancelled", "--reason", "Seen elsewhere"])
        let order = try board.add(["order", "add", mrn, "--service", "ward", "--kind", "medication", "--text", "DVT",
                                   "--drug", "Enoxaparin", "--dose", "60 mg", "--route", "SC", "--frequency", "q12h"])
        try board.add(["lab", "add", mrn, "--test", "creatinine", "--value", "250", "--unit", "umol/L", "--at", "2026-11-24T06:00:00Z"])
        let action = try board.add(["action", "add", mrn, "--text", "Check anti-Xa", "--owner", "dr.ma"])
        try board.add(["action", "done", action])
        let outcome = try board.run(["show", mrn])
        #expect(outcome.status == 0)
        let text = outcome.stdout
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
        #expect(text.contains("Red ␛[31malert␛[0m and a bell␇; bidi desrever done"))
        #expect(text.contains("\(mrn)  Test Patient  62 F  bed 3-01  STABLE"))
        for fragment in [
            "CONSULTS (1)", "\(consult)  neurology  routine  cancelled", "cancelled  by dr.test: Seen elsewhere",
            "ORDERS (1)", "\(order)  active  medication  ward  Enoxaparin 60 mg SC q12h",
            "LABS AND VITALS (1)", "creatinine (reference 41-81 umol/L (critical >=654)):", "2026-11-24 06:00  250 H ",
            "NOTES (1)", "\(note)  ", "ACTIONS (1)", "[x] \(action)  Check anti-Xa  (owner dr.ma)",
        ] {
            #expect(text.contains(fragment), "missing '\(fragment)' in:\n\(text)")
        }
    }

    @Test(arguments: BoardKind.available)
    func showRefusesAnUnknownMRN(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        try board.refuse(["show", "SCI-404"], "no patient with MRN 'SCI-404' on this board")
        try board.refuse(["show", "SCI-404", "--json"], "no patient with MRN 'SCI-404' on this board")
    }
}
