import ConsultBoard
import Foundation
import Testing

/// The command line in Simplified Chinese: the Chinese demo ward and refusals in Chinese, with `--json` and the
/// `consult-board: error:` prefix unchanged.
@Suite struct ChineseCLITests {
    static func isChinese(_ text: String) -> Bool { text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }

    @Test func initDemoInChineseWritesTheSameWardInChineseWords() throws {
        let folder = try TemporaryFolder()
        let english = folder.path("en")
        let chinese = folder.path("zh")
        #expect(try ConsultBoardProcess.run(["init", "--demo", "--board", english]).status == 0)
        let created = try ConsultBoardProcess.run(["init", "--demo", "--lang", "zh-Hans", "--board", chinese])
        #expect(created.status == 0, "\(created)")

        func record(_ path: String) throws -> PatientRecord {
            let show = try ConsultBoardProcess.run(["show", "SCI-0001", "--json", "--board", path])
            return try BoardJSON.decoder().decode(PatientRecord.self, from: Data(show.stdout.utf8))
        }
        let en = try record(english)
        let zh = try record(chinese)
        #expect(zh.patient.name == "林美芳" && en.patient.name == "Lin Meifang")
        #expect(zh.notes.map(\.id) == en.notes.map(\.id) && zh.orders.map(\.id) == en.orders.map(\.id))
        #expect(zh.notes.allSatisfy { Self.isChinese($0.text) } && zh.consults.allSatisfy { Self.isChinese($0.question) })
        #expect(zh.orders.contains { $0.medication?.drug == "依诺肝素钠" && $0.medication?.frequency == "q12h" && $0.status == .active })
        // The same alerts fire (the terminology reads the Chinese orders): their rules and keys in --json.
        func alertKeys(_ path: String) throws -> String {
            let out = try ConsultBoardProcess.run(["alerts", "SCI-0001", "--json", "--board", path]).stdout
            return try #require(out.components(separatedBy: "\"alerts\"").last)
                .components(separatedBy: "\n").filter { $0.contains("\"key\"") }.joined(separator: "\n")
        }
        #expect(try alertKeys(english) == alertKeys(chinese))
        #expect(try alertKeys(chinese).contains("lmwh-renal-dose"))

        // The English demo is unchanged by the Chinese one.
        #expect(en.notes.first?.text.hasPrefix("Spinal ward admission note.") == true)
    }

    @Test func validateAndAuditSpeakTheReadersLanguageAndEnglishIsUnchanged() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("ward")
        #expect(try ConsultBoardProcess.run(["init", "--demo", "--board", path]).status == 0)

        let english = try ConsultBoardProcess.run(["validate", "--board", path])
        #expect(english.status == 0, "\(english)")
        #expect(english.stdout.contains("sealed, chained and replayed"))
        #expect(english.stdout.contains("this board has no ward roster"))
        let chinese = try ConsultBoardProcess.run(["validate", "--board", path], environment: ["CONSULT_BOARD_LANG": "zh-Hans"])
        #expect(chinese.status == 0, "\(chinese)")
        #expect(chinese.stdout.contains("封记、哈希链与重放均通过"))
        #expect(chinese.stdout.contains("此看板没有病区人员名单"))
        #expect(!chinese.stdout.contains("sealed"))

        // The audit's summary column: the change in the reader's words, the raw English for English readers.
        let audit = try ConsultBoardProcess.run(["audit", "SCI-0001", "--board", path], environment: ["CONSULT_BOARD_LANG": "zh-Hans"])
        #expect(audit.status == 0, "\(audit)")
        #expect(audit.stdout.contains("危急值"))
        let auditEnglish = try ConsultBoardProcess.run(["audit", "SCI-0001", "--board", path])
        #expect(auditEnglish.stdout.contains("critical value"))
    }

    @Test func refusalsAreInTheLanguageAskedForWithTheSamePrefix() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("ward")
        #expect(try ConsultBoardProcess.run(["init", "--board", path, "--ward", "W"], environment: ["CONSULT_BOARD_AUTHOR": "dr.chen"]).status == 0)

        let english = try ConsultBoardProcess.run(["show", "SCI-0999", "--board", path])
        #expect(english.status == 1)
        #expect(english.stderr == "consult-board: error: no patient with MRN 'SCI-0999' on this board (see `consult-board patients`)\n")

        let chinese = try ConsultBoardProcess.run(["show", "SCI-0999", "--board", path], environment: ["CONSULT_BOARD_LANG": "zh-Hans"])
        #expect(chinese.status == 1)
        #expect(chinese.stderr == "consult-board: error: 本看板没有病历号为“SCI-0999”的患者（见 `consult-board patients`）\n")

        let noBoard = try ConsultBoardProcess.run(["patients", "--lang", "zh-Hans", "--board", folder.path("none")])
        #expect(noBoard.status != 0 && noBoard.stderr.hasPrefix("consult-board: error: ") && Self.isChinese(noBoard.stderr), "\(noBoard)")

        let again = try ConsultBoardProcess.run(["init", "--lang", "zh-Hans", "--board", path, "--ward", "W"], environment: ["CONSULT_BOARD_AUTHOR": "dr.chen"])
        #expect(again.status == 1 && again.stderr.contains("处已有看板；未做任何更改"), "\(again)")
    }

    @Test func aFailedWriteToStandardOutputIsSaidInChinese() throws {
        let full = open("/dev/full", O_WRONLY | O_CLOEXEC)
        try #require(full >= 0, "cannot open /dev/full")
        defer { close(full) }
        var environment = ProcessInfo.processInfo.environment
        environment["CONSULT_BOARD_LANG"] = "zh-Hans"
        let child = try ChildProcess.start(
            try ConsultBoardProcess.executable.path, ["--help"], environment: environment, directory: nil, stdout: .descriptor(full))
        let outcome = child.wait()
        let stderr = String(decoding: outcome.stderr, as: UTF8.self)
        #expect(outcome.ending == .exited(1), "\(outcome.ending) \(stderr)")
        #expect(stderr.hasPrefix("consult-board: error: 无法写入标准输出："), "\(stderr)")
    }

    @Test func anAlertOnAChineseDrugNameIsPrintedInChineseUnderLANGC() throws {
        let folder = try TemporaryFolder()
        let board = folder.path("zh")
        #expect(try ConsultBoardProcess.run(["init", "--demo", "--lang", "zh-Hans", "--board", board]).status == 0)
        let chinese = ["LANG": "C", "CONSULT_BOARD_LANG": "zh-Hans", "CONSULT_BOARD_AUTHOR": "dr.li"]
        let order = try ConsultBoardProcess.run(
            ["order", "add", "SCI-0001", "--board", board, "--service", "ward", "--kind", "medication", "--text", "冲击治疗",
             "--drug", "注射用甲泼尼龙琥珀酸钠", "--dose", "500 mg", "--route", "静滴", "--frequency", "每日一次"], environment: chinese)
        #expect(order.status == 0, "\(order)")
        let alerts = try ConsultBoardProcess.run(["alerts", "SCI-0001", "--board", board], environment: chinese)
        let steroid = alerts.stdout.components(separatedBy: "\n\n").first { $0.contains("steroid-diabetes:\(order.output)") }
        let block = try #require(steroid, "no steroid-diabetes alert on \(order.output): \(alerts.stdout)")
        #expect(block.contains("冲击治疗：用药期间每天至少监测 4 次指尖血糖"), "\(block)")
        #expect(!block.contains("check capillary glucose"), "\(block)")
        #expect(block.contains("通知：内分泌科"), "\(block)")
    }
}
