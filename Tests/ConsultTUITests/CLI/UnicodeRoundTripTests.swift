import ConsultBoard
import Foundation
import Testing

/// Text goes in and comes back exactly, scalar for scalar: Chinese, emoji sequences, combining marks, and
/// multi-line notes read from standard input.
@Suite struct UnicodeRoundTripTests {
    static let samples = [
        "患者62岁女性，颈椎C4/5水平脊髓损伤；建议复查MRI。",
        "Family 👨‍👩‍👧 visited; nurse 👩🏽‍⚕️ aware 👍",
        "Cafe\u{301} re\u{301}sume\u{301}: e + combining acute, not precomposed",
        "Mixed 王建国 / Zoë / Łódź / Ελληνικά / العربية",
    ]

    @Test(arguments: samples)
    func notesKeepEveryScalar(_ text: String) throws {
        let board = try CLIBoard()
        let id = try board.add(["note", "add", CLIBoard.mrn, "--service", "ward", "--text", text])
        let stored = try #require(try board.record().notes.first { $0.id == id }?.text)
        #expect(Array(stored.unicodeScalars) == Array(text.unicodeScalars))
    }

    @Test(arguments: BoardKind.available)
    func multiLineNotesFromStandardInput(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        let text = """
            肾内科会诊意见：
              1. 停用肾毒性药物；
              2. eGFR<30时依诺肝素改为每日一次。

            Signed: dr.he 🩺
            """
        let id = try board.add(["note", "add", CLIBoard.mrn, "--service", "nephrology", "--text", "-"], stdin: text + "\n\n")
        let stored = try #require(try board.record().notes.first { $0.id == id }?.text)
        #expect(Array(stored.unicodeScalars) == Array(text.unicodeScalars))
        let shown = try board.run(["show", CLIBoard.mrn]).stdout
        #expect(shown.contains("      1. 停用肾毒性药物；"))
        #expect(shown.contains("    Signed: dr.he 🩺"))
    }

    @Test(arguments: BoardKind.available)
    func namesAndAuthorsInChinese(kind: BoardKind) throws {
        let board = try CLIBoard(empty: true, kind: kind)
        try board.add(["admit", "--mrn", "Z1", "--name", "李秀兰", "--age", "71", "--sex", "F", "--bed", "3-04",
                       "--diagnosis", "中央脊髓综合征"], author: "张医生")
        let id = try board.add(["note", "add", "Z1", "--service", "ward", "--text", "查房"], author: "张医生")
        let record = try board.record("Z1")
        #expect(record.patient.name == "李秀兰" && record.patient.diagnosis == "中央脊髓综合征")
        #expect(record.notes.first { $0.id == id }?.author == "张医生")
    }
}
