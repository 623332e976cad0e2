import ConsultBoard
import Foundation
import Testing

/// `admit --injured-at` and `patient set --injured-at`: recorded, refused when ahead of the clock, carried by
/// `show --json`, the board export and import, and the FHIR export and import.
@Suite struct InjuryTimeCLITests {
    static let injured = Date(timeIntervalSince1970: 1_795_500_000)  // 2026-11-24T06:00:00Z

    @Test(arguments: BoardKind.available)
    func theInjuryTimeIsRecordedAtAdmissionAndLater(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        #expect(try board.record().patient.injuredAt == nil)
        try board.add(["patient", "set", CLIBoard.mrn, "--injured-at", "2026-11-24T14:00:00+08:00"])
        #expect(try board.record().patient.injuredAt == Self.injured)
        try board.add([
            "admit", "--mrn", "SCI-T2", "--name", "Second", "--age", "30", "--sex", "M", "--bed", "3-02",
            "--diagnosis", "T4 AIS A", "--injured-at", "2026-11-24T06:00:00Z",
        ])
        #expect(try board.record("SCI-T2").patient.injuredAt == Self.injured)
        let json = try board.run(["show", "SCI-T2", "--json"]).stdout
        #expect(json.contains("injuredAt") && json.contains("2026-11-24T06:00:00Z"))
    }

    @Test func anInjuryTimeAheadOfTheClockOrUnreadableIsRefused() throws {
        let board = try CLIBoard()
        let ahead = ISO8601DateFormatter().string(from: Date().addingTimeInterval(3600))
        try board.refuse(["patient", "set", CLIBoard.mrn, "--injured-at", ahead], "injury time")
        try board.refuse(["patient", "set", CLIBoard.mrn, "--injured-at", "yesterday"], "injury time")
        try board.refuse([
            "admit", "--mrn", "SCI-T2", "--name", "Second", "--age", "30", "--sex", "M", "--bed", "3-02",
            "--diagnosis", "T4 AIS A", "--injured-at", ahead,
        ], "injury time")
    }

    @Test func exportAndImportCarryTheInjuryTime() throws {
        let board = try CLIBoard()
        try board.add(["patient", "set", CLIBoard.mrn, "--injured-at", "2026-11-24T06:00:00Z"])
        for format in ["board", "fhir"] {
            let file = board.folder.path("export-\(format).json")
            let exported = try board.run(["export", "--format", format, "--output", file])
            #expect(exported.status == 0, "\(exported)")
            let copy = board.folder.path("copy-\(format)")
            let imported = try ConsultBoardProcess.run(["import", file, "--board", copy, "--format", format], environment: ["CONSULT_BOARD_AUTHOR": "dr.test"])
            #expect(imported.status == 0, "\(format): \(imported)")
            let shown = try ConsultBoardProcess.run(["show", CLIBoard.mrn, "--json", "--board", copy])
            let record = try BoardJSON.decoder().decode(PatientRecord.self, from: Data(shown.stdout.utf8))
            #expect(record.patient.injuredAt == Self.injured, "\(format)")
        }
    }
}
