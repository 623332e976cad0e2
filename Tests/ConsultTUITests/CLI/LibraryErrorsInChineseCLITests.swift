import ConsultBoard
import Foundation
import Testing

/// The library's refusals (`HandoffError`, `ISNCSCIError` through an exam file) reach a Chinese user as one
/// Chinese line after the fixed `consult-board: error: ` prefix; in English they stay word for word.
@Suite struct LibraryErrorsInChineseCLITests {
    @Test func aBrokenHandoffTemplateIsRefusedInChinese() throws {
        let folder = try TemporaryFolder()
        let board = folder.path("ward")
        let made = try ConsultBoardProcess.run(["init", "--demo", "--lang", "zh-Hans", "--board", board])
        #expect(made.status == 0, "\(made)")
        let broken = folder.path("broken.txt.mustache")
        try Data("交接班\n{{#patients}}\n{{name}}\n{{/patient}}\n".utf8).write(to: URL(fileURLWithPath: broken))
        let run = try ConsultBoardProcess.run(["handoff", "--board", board, "--template", broken, "--lang", "zh-Hans"])
        #expect(run.status != 0)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("consult-board: error: 交接班模板 \(broken) 第 4 行"), "\(run)")
        #expect(run.stderr.split(separator: "\n").count == 1, "\(run)")
        let english = try ConsultBoardProcess.run(["handoff", "--board", board, "--template", broken, "--lang", "en"])
        #expect(english.stderr.hasPrefix("consult-board: error: handoff template \(broken), line 4"), "\(english)")
    }

    @Test func anInvalidExamValueIsRefusedInChinese() throws {
        let folder = try TemporaryFolder()
        let file = try IsncsciCommandTests.write([IsncsciCommandTests.exam(["c5RightMotor": "7"])], in: folder, name: "bad.json")
        let run = try ConsultBoardProcess.run(["isncsci", "classify", file], environment: ["CONSULT_BOARD_LANG": "zh-Hans"])
        #expect(run.status != 0)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("ISNCSCI c5RightMotor 不能填“7”；可填："), "\(run)")
        #expect(run.stderr.split(separator: "\n").count == 1, "\(run)")
        let english = try ConsultBoardProcess.run(["isncsci", "classify", file], environment: ["CONSULT_BOARD_LANG": "en"])
        #expect(english.stderr.contains("ISNCSCI c5RightMotor '7' is not allowed; allowed: "), "\(english)")
    }
}
