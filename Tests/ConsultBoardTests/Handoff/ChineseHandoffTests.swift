import Foundation
import Testing
@testable import ConsultBoard

/// The Chinese handoff (交接班): chosen by the language, printed in all three formats from the
/// `handoff.zh-Hans.*` templates, and aligned at 80 display columns (a Chinese character takes two).
@Suite struct ChineseHandoffTests {
    static func chinese(_ format: HandoffFormat, width: Int = 80) throws -> String {
        try Localisation.with(.simplifiedChinese) {
            try HandoffTestSupport.render(format, board: HandoffTestSupport.demoBoard(), width: width)
        }
    }

    @Test(arguments: HandoffFormat.allCases)
    func theDemoWardInChineseMatchesGolden(format: HandoffFormat) throws {
        try Golden.check(try Self.chinese(format), against: "demo-ward.zh-Hans.\(format.fileExtension)")
    }

    @Test func theLanguageChoosesTheTemplate() {
        #expect(Localisation.with(.simplifiedChinese) { HandoffFormat.text.templateFileName } == "handoff.zh-Hans.txt.mustache")
        #expect(Localisation.with(.english) { HandoffFormat.html.templateFileName } == "handoff.html.mustache")
        for format in HandoffFormat.allCases {
            #expect(EmbeddedTemplates.files[format.templateFileName(for: .simplifiedChinese)] != nil, "\(format) has no built-in Chinese template")
        }
    }

    @Test func everyTextLineFitsEightyColumns() throws {
        for width in [80, 60] {
            let text = try Self.chinese(.text, width: width)
            for line in text.split(separator: "\n") {
                #expect(DisplayWidth.of(line) <= width, "\(DisplayWidth.of(line)) columns at width \(width): \(line)")
            }
            #expect(text.contains("[I] 病情严重程度："))
            #expect(text.contains("[S] 接班者复述"))
            #expect(!text.contains("ILLNESS SEVERITY"))
        }
    }

    @Test func theHeadingsAreChineseInEveryFormat() throws {
        let markdown = try Self.chinese(.markdown)
        #expect(markdown.contains("### A：待办事项") && !markdown.contains("Action list"))
        let html = try Self.chinese(.html)
        #expect(html.contains("<html lang=\"zh-Hans\">") && html.contains("<h2>S：情境意识与应急预案</h2>"))
        #expect(!html.contains("Illness severity"))
    }
}
