import ConsultBoard
import Foundation
import Testing
@testable import ConsultTUI

/// `--help` in Simplified Chinese: every command and argument ArgumentParser knows has Chinese words for its
/// current English (a changed English help shows up here, not as stale Chinese), every help screen shows them,
/// and the program prints them when the language is zh-Hans.
@Suite struct HelpWordsTests {
    let tree: CommandHelpTree
    let chinese: LocalisedHelp

    init() throws {
        tree = try #require(CommandHelpTree.ofProgram(), "ArgumentParser's description of the commands could not be read")
        chinese = LocalisedHelp(tree: tree, words: .help, language: .simplifiedChinese, columns: 80)
    }

    /// ArgumentParser's English help screen of the command at `path`, as the program prints it.
    static func englishHelp(_ path: [String]) throws -> String {
        let run = try ConsultBoardProcess.run(path + ["--help", "--lang", "en"], environment: ["COLUMNS": "80"])
        #expect(run.status == 0, "\(path) --help: \(run)")
        return run.stdout
    }

    @Test func everyCommandAndArgumentHasChineseWordsForItsEnglish() {
        let commands = tree.command.walk()
        #expect(commands.count > 90, "the tree has \(commands.count) commands: is it read whole?")
        for (path, command) in commands {
            let name = path.isEmpty ? "consult-board" : path.joined(separator: " ")
            if let abstract = command.abstract, !abstract.isEmpty {
                #expect(chinese.commandWords("overview", command: path, english: abstract) != nil,
                        "\(name) has no Chinese overview for \"\(abstract)\" (run scripts/help-catalogue)")
            }
            if let discussion = command.discussion, !discussion.isEmpty {
                #expect(chinese.commandWords("discussion", command: path, english: discussion) != nil,
                        "\(name) has no Chinese discussion (run scripts/help-catalogue)")
            }
            for argument in command.arguments ?? [] where argument.isShown && !argument.isBuiltIn && argument.abstract?.isEmpty == false {
                #expect(chinese.argumentWords(argument, command: path) != nil,
                        "\(name) \(argument.wordsName ?? "?") has no Chinese help for \"\(argument.abstract ?? "")\" (run scripts/help-catalogue)")
            }
        }
    }

    @Test func everyHelpScreenIsShownInChineseWithItsUsageAsTyped() throws {
        for (path, command) in tree.command.walk() {
            let english = try Self.englishHelp(path)
            let usage = try #require(LocalisedHelp.usage(in: english), "no usage in the help of \(path)")
            let shown = try #require(chinese.shown(replacing: english), "no Chinese help for \(path)")
            #expect(shown.contains("用法： " + usage), "\(path): \(shown)")
            for line in shown.components(separatedBy: "\n") where !line.hasPrefix("用法：") {
                #expect(DisplayWidth.of(line) <= 80, "\(path): a line wider than the screen: \(line)")
            }
            // The English of this command's overview and arguments is gone (replaced, not added to).
            let arguments: [CommandHelpTree.Argument] = (command.arguments ?? []).filter { $0.isShown && !$0.isBuiltIn }
            let englishTexts: [String] = [command.abstract ?? ""] + arguments.map { $0.abstract ?? "" }
            for text in englishTexts where text.count > 24 {
                #expect(!shown.contains(String(text.prefix(24))), "\(path) still shows \"\(text)\"")
            }
            if command.subcommands?.isEmpty == false {
                #expect(shown.contains("子命令："), "\(path): \(shown)")
            }
        }
    }

    @Test func theProgramPrintsHelpInTheReadersLanguage() throws {
        let zh = try ConsultBoardProcess.run(["note", "add", "--help"], environment: ["LANG": "zh_CN.UTF-8", "COLUMNS": "80"])
        #expect(zh.status == 0, "\(zh)")
        #expect(zh.stdout.hasPrefix("概述："), "\(zh.stdout)")
        #expect(zh.stdout.contains("选项：") && zh.stdout.contains("--board <path|url>") && zh.stdout.contains("显示帮助信息。"))
        #expect(!zh.stdout.contains("OVERVIEW:") && !zh.stdout.contains("Show help information."))

        let viaHelp = try ConsultBoardProcess.run(["help", "note", "add"], environment: ["CONSULT_BOARD_LANG": "zh-Hans", "COLUMNS": "80"])
        #expect(viaHelp.stdout == zh.stdout)

        let en = try ConsultBoardProcess.run(["note", "add", "--help", "--lang", "en"], environment: ["LANG": "zh_CN.UTF-8", "COLUMNS": "80"])
        #expect(en.status == 0 && en.stdout.hasPrefix("OVERVIEW:"), "\(en)")
    }

    @Test func helpWithoutWordsForTheCurrentEnglishShowsTheEnglish() throws {
        // Words kept for an older English are not shown for a changed one: the English is, until it is translated.
        let json = #"{"messages": {"help.note.add": {"en": "An older overview.", "zh-Hans": "旧的概述。"}}}"#
        let stale = LocalisedHelp(tree: tree, words: try MessageCatalogue(json: Data(json.utf8)), language: .simplifiedChinese, columns: 80)
        let english = try Self.englishHelp(["note", "add"])
        let shown = try #require(stale.shown(replacing: english))
        #expect(!shown.contains("旧的概述"))
        let overview = try #require(tree.command.subcommand("note")?.subcommand("add")?.abstract)
        #expect(shown.contains(String(overview.prefix(20))))
    }

    @Test func theCompiledHelpWordsAreTheFileInTheRepository() throws {
        let file = MessageCatalogueFile.root.appendingPathComponent("messages/help.json")
        let fromFile = try MessageCatalogue(json: Data(contentsOf: file))
        #expect(fromFile.messages == MessageCatalogue.help.messages)
        #expect(MessageCatalogue.help.messages.count > 300)
    }
}

/// Where the repository is, from this file.
enum MessageCatalogueFile {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
}
