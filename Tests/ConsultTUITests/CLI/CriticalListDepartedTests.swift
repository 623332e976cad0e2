import ConsultBoard
import Foundation
import Testing

/// `critical list MRN` never answers a question with silence: a discharged patient's values are listed, marked
/// discharged; an MRN not on the board is refused with one line.
@Suite struct CriticalListDepartedTests {
    @Test func aDischargedPatientsValuesAreListedAndMarked() throws {
        let board = try CLIBoard()
        let k = try board.add(["lab", "add", CLIBoard.mrn, "--test", "potassium", "--value", "6.8", "--unit", "mmol/L",
                               "--at", "2026-11-24T06:00:00Z"])
        _ = try board.add(["discharge", CLIBoard.mrn, "--to", "rehab", "--summary", "Transferred to rehab.", "--carry-over"])
        let text = try board.run(["critical", "list", CLIBoard.mrn])
        #expect(text.status == 0, "\(text)")
        #expect(text.stdout.contains(k) && text.stdout.contains("DISCHARGED"), "\(text)")
        let json = try board.run(["critical", "list", CLIBoard.mrn, "--json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(rows.first?["labID"] as? String == k)
        #expect(rows.first?["departed"] as? Bool == true)
        // The ward list is about the ward: the discharged patient is not on it.
        let ward = try board.run(["critical", "list"])
        #expect(!ward.stdout.contains(k), "\(ward)")
    }

    @Test func aDischargedPatientWithoutValuesIsSaidToHaveLeft() throws {
        let board = try CLIBoard()
        _ = try board.add(["discharge", CLIBoard.mrn, "--to", "home", "--summary", "Home.", "--carry-over"])
        let out = try board.run(["critical", "list", CLIBoard.mrn])
        #expect(out.status == 0)
        #expect(out.stdout == "No critical values (\(CLIBoard.mrn) has left the ward).\n", "\(out)")
    }

    @Test func anUnknownMRNIsRefusedWithOneLine() throws {
        let board = try CLIBoard()
        let out = try board.run(["critical", "list", "SCI-9999"])
        #expect(out.status != 0)
        #expect(out.stdout.isEmpty)
        #expect(out.stderr.contains("SCI-9999") && out.stderr.split(separator: "\n").count == 1, "\(out)")
    }
}
