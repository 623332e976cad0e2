import ConsultBoard
import Foundation
import Testing

/// The TUI in Simplified Chinese in a real terminal (tmux, 120x40), through the main screens and forms, with
/// `--lang zh-Hans`: each screen is in Chinese, and none shows an English label of the catalogue.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux (scripts/test installs it)"))
struct ChineseTerminalTests {
    /// When the terminal started: the rules' prose (overdue by ...) is read at every minute since.
    private let started = Date()

    /// Fails when the screen shows an English label (the ward's name, the rules' prose and stored text aside).
    private func expectChinese(_ screen: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let minutes = Int(Date().timeIntervalSince(started) / 60) + 2
        let times = (-1...minutes).map { started.addingTimeInterval(Double($0) * 60) }
        let text = ChineseScreenTests.withoutRuleProse(screen, prose: ChineseScreenTests.ruleProse(at: times))
            .replacingOccurrences(of: TestWard.ward, with: "")
        for label in ChineseScreenTests.englishLabels where ChineseScreenTests.containsWord(text, label) {
            Issue.record("the \(name) screen shows the English label '\(label)':\n\(screen)", sourceLocation: sourceLocation)
        }
    }

    @Test func throughTheMainScreensAndFormsInChinese() throws {
        let boardFolder = try TemporaryFolder()
        let board = boardFolder.path("ward")
        try TestWard.write(to: board)
        let tmux = try TmuxSession(
            ["--lang", "zh-Hans", "tui", "--board", board, "--author", "dr.li"],
            environment: ["CONSULT_BOARD_AMBIGUOUS": "narrow"], keeping: boardFolder)
        expectChinese(try tmux.waitFor(text: "6 位患者 · 按床号排序"), "board")

        // Pinyin finds 陈明 by initials.
        // Each key waits for its screen: keys sent in one burst would be read as a paste.
        try tmux.send("/")
        try tmux.waitFor(text: "· 筛选：")
        try tmux.type("chm")
        expectChinese(try tmux.waitFor(text: "1 位匹配"), "filter")
        try tmux.send("Enter")
        try tmux.waitFor(text: "显示 1 位")
        try tmux.send("Enter")
        expectChinese(try tmux.waitFor(text: "1 概览"), "overview")

        for (key, heading) in [("2", "会诊目的"), ("3", "医嘱内容"), ("4", "印象"), ("5", "采样时间"), ("6", "发生时间"), ("7", "记录时间")] {
            try tmux.send(key)
            expectChinese(try tmux.waitFor(text: heading), "tab \(key)")
        }
        // The History tab's labels are Chinese; each change's one-line summary is the journal's own (English) words.
        try tmux.send("8")
        try tmux.waitFor(text: "操作者")
        try tmux.send("7")
        try tmux.waitFor(text: "记录时间")
        // The notes, searched by pinyin.
        try tmux.send("/")
        try tmux.waitFor(text: "/ 搜索病程记录：")
        try tmux.type("xueya")
        expectChinese(try tmux.waitFor(text: "找到 1 条"), "notes search")
        try tmux.send("Escape")
        try tmux.waitFor("the search to close") { !$0.contains("找到") }

        try tmux.send("?")
        expectChinese(try tmux.waitFor(text: "按任意键关闭帮助"), "help")
        try tmux.send("x")
        try tmux.waitFor("the help to close") { !$0.contains("按任意键关闭帮助") }

        try tmux.send("n")
        expectChinese(try tmux.waitFor(text: "新病程记录"), "editor")
        try tmux.send("Escape")
        try tmux.waitFor("the editor to close") { !$0.contains("新病程记录") }

        try tmux.send("2")
        try tmux.waitFor(text: "会诊目的")
        try tmux.send("Enter")
        expectChinese(try tmux.waitFor(text: "新状态"), "consult status form")
        try tmux.send("Escape")
        try tmux.waitFor("the form to close") { !$0.contains("新状态") }

        try tmux.send("1")
        try tmux.waitFor(text: "入院时间：")
        try tmux.send("a")
        expectChinese(try tmux.waitFor(text: "添加待办事项"), "action form")
        try tmux.waitFor(text: "待办事项*")
        try tmux.type("复查膀胱残余尿")
        try tmux.send("C-s")
        try tmux.waitFor(text: "已保存：添加待办事项")

        try tmux.send("p")
        expectChinese(try tmux.waitFor(text: "[I] 病情严重程度"), "handoff preview")
        try tmux.send("Escape")
        try tmux.waitFor("the preview to close") { !$0.contains("[I] 病情严重程度") }

        try tmux.send("q")
        try tmux.waitFor("the program to exit") { _ in tmux.hasExited() }
        // The journal keeps the values, not the words: the new action is stored as typed, its change kind in English.
        let shown = try ConsultBoardProcess.run(["show", "SCI-0001", "--json", "--board", board, "--lang", "zh-Hans"])
        #expect(shown.status == 0, "\(shown)")
        #expect(shown.stdout.contains("复查膀胱残余尿"))
        #expect(shown.stdout.contains("\"severity\" : \"unstable\"") || shown.stdout.contains("\"severity\":\"unstable\""))
    }

    @Test func anUnknownLanguageIsOneClearLine() throws {
        let run = try ConsultBoardProcess.run(["--lang", "fr", "patients", "--board", "/nonexistent"])
        #expect(run.status == 64, "\(run)")
        #expect(run.stderr == "consult-board: error: --lang fr is not a language the board is shown in; use zh-Hans (Simplified Chinese) or en (English)\n")
        let variable = try ConsultBoardProcess.run(["patients", "--board", "/nonexistent"], environment: ["CONSULT_BOARD_LANG": "xx"])
        #expect(variable.status == 64 && variable.stderr.contains("CONSULT_BOARD_LANG xx"), "\(variable)")
    }
}
