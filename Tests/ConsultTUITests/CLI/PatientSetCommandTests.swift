import ConsultBoard
import Foundation
import Testing

@Suite struct PatientSetCommandTests {
    @Test(arguments: BoardKind.available)
    func changesOnlyTheFieldsGiven(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        let before = try board.record().patient
        #expect(try board.add(["patient", "set", CLIBoard.mrn, "--severity", "unstable", "--bed", "3-12"]) == CLIBoard.mrn)
        var p = try board.record().patient
        #expect(p.severity == .unstable)
        #expect(p.bed == "3-12")
        #expect(p.weightKg == before.weightKg)
        #expect(p.diagnosis == before.diagnosis)

        try board.add(
            ["patient", "set", CLIBoard.mrn, "--weight", "61", "--diagnosis", "C4 AIS D", "--allergies", "Sulfa",
             "--summary", "-", "--problem", "AKI on CKD", "--problem", "DVT"],
            stdin: "62F with C4 AIS D\n")
        p = try board.record().patient
        #expect(p.weightKg == 61)
        #expect(p.diagnosis == "C4 AIS D")
        #expect(p.allergies == "Sulfa")
        #expect(p.summary == "62F with C4 AIS D")
        #expect(p.problems == ["AKI on CKD", "DVT"])
        #expect(p.severity == .unstable)
    }

    @Test(arguments: BoardKind.available)
    func refusesNothingToChangeAndBadValues(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        try board.refuse(["patient", "set", CLIBoard.mrn], "nothing to change", "--severity")
        try board.refuse(["patient", "set", "NOPE", "--bed", "1"], "no patient with MRN 'NOPE'")
        try board.refuse(["patient", "set", CLIBoard.mrn, "--weight", "500"], "weight 500 is not plausible")
        try board.refuse(["patient", "set", CLIBoard.mrn, "--weight", "6O"], "weight '6O' is not a number")
        try board.refuse(["patient", "set", CLIBoard.mrn, "--severity", "bad"], "valid: stable, watcher, unstable")
        try board.refuse(["patient", "set", CLIBoard.mrn, "--diagnosis", " "], "the diagnosis is empty")
    }

    @Test func movingIntoATakenBedIsRefusedUnlessConfirmed() throws {
        let board = try CLIBoard()
        try board.add(["admit", "--mrn", "SCI-T2", "--name", "李四", "--age", "40", "--sex", "M", "--bed", "3-02", "--diagnosis", "T4 AIS A"])
        // The same bed as the ward writes it (case and spaces do not make it another bed).
        try board.refuse(["patient", "set", CLIBoard.mrn, "--bed", " 3-02"], "bed ' 3-02' is taken by SCI-T2", "--allow-shared-bed")
        try board.refuse(["patient", "set", CLIBoard.mrn, "--severity", "watcher", "--allow-shared-bed"], "give the bed with --bed")
        #expect(try board.record().patient.bed == "3-01")
        // Its own bed is not "taken", and a confirmed shared bed is taken.
        try board.add(["patient", "set", CLIBoard.mrn, "--bed", "3-01"])
        try board.add(["patient", "set", CLIBoard.mrn, "--bed", "3-02", "--allow-shared-bed"])
        #expect(try board.record().patient.bed == "3-02")
        #expect(try board.record("SCI-T2").patient.bed == "3-02")
    }
}
