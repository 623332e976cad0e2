import ConsultBoard
import Foundation
import Testing

/// `consult-board validate` and `validate --repair` on a damaged demo ward, read by a Chinese records officer:
/// every line in Chinese (paths, file names, ids, numbers and the commands to run as they are), and the English
/// output saying what it always said.
@Suite struct ValidateDamageInChineseCLITests {
    static let chinese = ["CONSULT_BOARD_LANG": "zh-Hans"]

    /// ASCII words left once paths, file names, options and commands in backticks are taken out.
    static func englishWords(_ output: String) -> Set<String> {
        var text = output.replacingOccurrences(of: "`[^`]*`", with: " ", options: .regularExpression)
        text = text.replacingOccurrences(of: #"[A-Za-z0-9_./*\-]*\.jsonl?[A-Za-z0-9_.*\-]*"#, with: " ", options: .regularExpression)
        text = text.replacingOccurrences(of: #"/[A-Za-z0-9_./\-]*"#, with: " ", options: .regularExpression)
        text = text.replacingOccurrences(of: #"--[a-z][a-z\-]*"#, with: " ", options: .regularExpression)  // an option
        // The program's name in the error prefix, and the demo ward's MRNs.
        return ChineseCLIOutputTests.asciiWords(text).subtracting(["consult", "board", "error", "SCI"])
    }

    /// A demo ward with one letter of journal line `line` (counted from the end when negative) changed in case.
    static func damagedDemo(_ folder: TemporaryFolder, line: Int) throws -> String {
        let path = folder.path("ward")
        let made = try ConsultBoardProcess.run(["init", "--demo", "--board", path])
        #expect(made.status == 0, "\(made)")
        let journal = URL(fileURLWithPath: path + "/journal.jsonl")
        var lines = try Data(contentsOf: journal).split(separator: 0x0A, omittingEmptySubsequences: false).map { Data($0) }
        let index = line > 0 ? line - 1 : lines.count - 1 + line
        var bytes = lines[index]
        var at = bytes.startIndex + bytes.count / 2
        while !(0x61...0x7A).contains(bytes[at]) { at += 1 }
        bytes[at] ^= 0x20
        lines[index] = bytes
        try Data(lines.joined(separator: [0x0A])).write(to: journal)
        return path
    }

    @Test func uncoveredDamageAndItsForcedRepairAreChinese() throws {
        let folder = try TemporaryFolder()
        let path = try Self.damagedDemo(folder, line: -2)

        let english = try ConsultBoardProcess.run(["validate", "--board", path])
        #expect(english.status == 1)
        #expect(english.stdout.contains(": the line does not match its hash: it was edited or corrupted after it was written; `validate --repair` sets aside line"), "\(english)")
        #expect(english.stdout.contains("good entries before"), "\(english)")
        let chinese = try ConsultBoardProcess.run(["validate", "--board", path], environment: Self.chinese)
        #expect(chinese.status == 1)
        #expect(chinese.stdout.contains("此行与其哈希值不符：写入后被编辑或已损坏；`validate --repair` 会把第"), "\(chinese)")
        #expect(Self.englishWords(chinese.stdout + chinese.stderr).isEmpty, "\(chinese)")

        // Refused: the damaged end holds acknowledged changes.
        let refused = try ConsultBoardProcess.run(["validate", "--repair", "--board", path], environment: Self.chinese)
        #expect(refused.status != 0)
        #expect(refused.stderr.hasPrefix("consult-board: error: 看板文件") && refused.stderr.contains("条已确认保存的更改"), "\(refused)")
        #expect(Self.englishWords(refused.stdout + refused.stderr).isEmpty, "\(refused)")

        let forced = try ConsultBoardProcess.run(["validate", "--repair", "--force", "--board", path], environment: Self.chinese)
        #expect(forced.status == 0, "\(forced)")
        #expect(forced.stdout.contains("修复：\n  已从 journal.jsonl 第"), "\(forced)")
        #expect(forced.stdout.contains("此前修复时隔离的行"), "\(forced)")
        #expect(Self.englishWords(forced.stdout + forced.stderr).isEmpty, "\(forced)")
    }

    @Test func coveredDamageIsSetAsideInChineseAndEnglishIsUnchanged() throws {
        let folder = try TemporaryFolder()
        let path = try Self.damagedDemo(folder, line: 100)
        let repaired = try ConsultBoardProcess.run(["validate", "--repair", "--board", path], environment: Self.chinese)
        #expect(repaired.status == 0, "\(repaired)")
        #expect(repaired.stdout.contains("已隔离 journal.jsonl 中损坏的第 100 行（记录 100，"), "\(repaired)")
        #expect(Self.englishWords(repaired.stdout + repaired.stderr).isEmpty, "\(repaired)")

        let chinese = try ConsultBoardProcess.run(["validate", "--board", path], environment: Self.chinese)
        #expect(chinese.stdout.contains("第 100 行：已损坏，已在修复时隔离（记录 100-100，"), "\(chinese)")
        #expect(Self.englishWords(chinese.stdout + chinese.stderr).isEmpty, "\(chinese)")
        let english = try ConsultBoardProcess.run(["validate", "--board", path])
        #expect(english.stdout.contains("line 100: damaged and set aside by a repair (entries 100-100, bytes kept in journal.jsonl.quarantine-"), "\(english)")
        #expect(english.stdout.contains(": lines an earlier repair set aside (kept for you to review)"), "\(english)")
    }

    @Test func aFolderWithoutABoardIsChinese() throws {
        let folder = try TemporaryFolder()
        for path in [folder.path("nowhere"), folder.path("")] {
            let run = try ConsultBoardProcess.run(["validate", "--board", path], environment: Self.chinese)
            #expect(run.status != 0)
            #expect(run.stderr.hasPrefix("consult-board: error: ") && Self.englishWords(run.stderr).isEmpty, "\(run)")
        }
    }
}
