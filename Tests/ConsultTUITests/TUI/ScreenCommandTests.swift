import ConsultBoard
import Foundation
import Testing

/// `consult-board screen`: the TUI's views printed as plain text, without a terminal.
@Suite struct ScreenCommandTests {
    @Test func printsTheBoardAtTheAskedSizeWithColumnsAlignedByDisplayWidth() throws {
        let folder = try TemporaryFolder()
        let board = folder.path("ward")
        try TestWard.write(to: board)
        let outcome = try ConsultBoardProcess.run(["screen", "--board", board, "--width", "80", "--height", "24", "--author", "dr.li"])
        #expect(outcome.status == 0, "\(outcome)")
        let lines = outcome.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 24)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 })
        let chen = try #require(lines.first { $0.contains("陈明") })
        let ahmed = try #require(lines.first { $0.contains("Ahmed Hassan") && $0.contains("29 M") })
        // The age column starts at the same display column for a Chinese and a Latin name.
        func column(of text: String, in line: Substring) -> Int? {
            line.range(of: text).map { DisplayWidth.of(line[..<$0.lowerBound]) }
        }
        #expect(column(of: "67 M", in: chen) == column(of: "29 M", in: ahmed))

        let patient = try ConsultBoardProcess.run(["screen", "--board", board, "--patient", "SCI-0001"])
        #expect(patient.stdout.contains("1 Overview"))
        let unknown = try ConsultBoardProcess.run(["screen", "--board", board, "--patient", "SCI-9999"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no patient with MRN 'SCI-9999'"))
    }

    /// The screen is the TUI's: its counts use the ward's settings, as the TUI's do (it used the shipped ones).
    @Test(arguments: BoardKind.available)
    func theCountsOnTheScreenFollowTheWardsSettings(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        try board.add(["lab", "add", CLIBoard.mrn, "--test", "potassium", "--value", "6.0", "--unit", "mmol/L"])
        let shipped = try board.run(["screen", "--width", "120", "--height", "30"])
        #expect(shipped.status == 0 && !shipped.stdout.contains("critical value open"), "\(shipped)")
        let ranges = #"{"version": "ward 2026-12", "ranges": [{"test": "potassium", "unit": "mmol/L", "low": 3.5, "high": 5.3, "criticalLow": 2.8, "criticalHigh": 5.8, "source": "this ward's laboratory"}]}"#
        try board.add(["ward", "set", "reference-ranges", "-"], stdin: ranges)
        let ward = try board.run(["screen", "--width", "120", "--height", "30"])
        #expect(ward.stdout.contains("1 critical value open"), "\(ward)")
    }
}
